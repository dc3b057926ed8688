import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'contentlayer/generated'
import type { BuildContext, BuildLanguage } from '../config/build-context'
import type { PageMeta } from '../content/page-meta'
import { folderTitle } from '../content/title'
import { titleName } from '../content/paths'
import { isMdxFile, PAGE_FILE } from '../formats/page-files'
import { implicitSectionDirs, implicitSectionUrl, type SourcePage, type SourceRecord } from '../content/sources'
import type { BuildWarning } from '../diagnostics/build-warnings'
import type { IsoDate } from '../formats/dates'
import { sha256Hex } from '../formats/digest'
import { DOCUMENTS_FILE } from '../site/build-plan'
import { startWorkers, type WorkerPool } from './common/worker-pool'
import type { RenderedFields, StagedPage } from './documents/staged-page'
import { moduleFiles, shortcodesFolder } from './render/shortcode-modules'
import type { LanguageSources } from './sources-step'

/**
 * The documents step: every page of every language becomes a contentlayer `Page` document.
 * A document is made again only when what it is made of changed (its document key: the page's
 * file, its language's settings, what its links resolve against, its last-modified date and the
 * code); the others are the last build's documents as they were. The pages to make are rendered
 * (render-step.ts), staged as JSON in a folder of their own (.book/stages/<n>/), typed and
 * checked by contentlayer2 (contentlayer.ts), then every document is written once, into
 * contentlayer's generated package, where `next build` reads them (lib/site/build-plan.ts).
 * In a build from nothing a page's content is written twice (staged, then in the documents).
 */

/** One document of the build: made again from a page's file or a section folder, or kept from the last build. */
export interface DocumentEntry {
  /** contentlayer's `_id`: the staged file's path (documentId). */
  id: string
  language: BuildLanguage
  key: string
  /** The last build's document, when its key is this one's. */
  kept?: Page
  /** A content file's page, to be rendered; absent for a section folder without `_index.md`. */
  source?: SourcePage
  /** The folder of a section without `_index.md` ('' for the home page), when `source` is absent. */
  folder?: string
  lastmod?: IsoDate
}

/** Every page's document id and key, in the site's order, with the last build's documents that can be kept. */
export function planDocuments(
  context: Pick<BuildContext, 'hugo' | 'siteDir'>,
  languages: readonly LanguageSources[],
  inputs: {
    engine: string
    previous: ReadonlyMap<string, Page>
    gitDates: ReadonlyMap<string, ReadonlyMap<string, IsoDate>>
    cwd: string
  },
): DocumentEntry[] {
  const modules = moduleFiles(shortcodesFolder(context, inputs.cwd)).map(({ file }) => [
    path.basename(file),
    readFileSync(file, 'utf8'),
  ])
  return languages.flatMap(({ language, sources }) => {
    const fingerprint = sha256Hex(
      inputs.engine,
      JSON.stringify({ key: language.key, config: language.config, hugo: context.hugo ?? null, modules }),
      // What links, refs and images resolve against: every page's file and URL, the other files.
      JSON.stringify(sources.pages.map((page) => [page.filePath, page.url])),
      JSON.stringify(sources.assets),
      JSON.stringify(sources.staticFiles ?? null),
    )
    const gitDates = inputs.gitDates.get(language.key)
    const keep = (entry: Omit<DocumentEntry, 'kept'>): DocumentEntry => {
      // An MDX page renders the components it imports, which its key does not see: it is made again each time.
      if (entry.source && isMdxFile(entry.source.filePath)) return entry
      const last = inputs.previous.get(entry.id)
      return last?.documentKey === entry.key ? { ...entry, kept: last } : entry
    }
    const files = [...sources.pages]
      .sort((a, b) => compare(stagedName(a.filePath), stagedName(b.filePath)))
      .map((source) => {
        const { body, ...record } = source
        const lastmod = source.meta.lastmod ?? gitDates?.get(source.filePath) ?? source.meta.date
        return keep({
          id: documentId(language.key, source.filePath),
          language,
          key: sha256Hex(fingerprint, JSON.stringify(record), body, lastmod ?? ''),
          source,
          ...(lastmod === undefined ? {} : { lastmod }),
        })
      })
    const have = new Set(sources.pages.filter((page) => page.location.kind !== 'page').map((page) => page.location.dir))
    const folders = implicitSectionDirs(sources.pages, have).map((dir) =>
      keep({
        id: documentId(language.key, `${dir === '' ? '' : `${dir}/`}_index.md`),
        folder: dir,
        language,
        key: sha256Hex(fingerprint, 'folder', dir, language.config.title),
      }),
    )
    return [...files, ...folders]
  })
}

/**
 * contentlayer's `_id` of a content file's (or section folder's) document, and its staged file:
 * `<language>/<hash of the content path>.json`. Not the content path itself: contentlayer takes
 * a document's name for a POSIX path (a `\` in a file name stopped it), and `.json` added to a
 * name already at the file system's 255-byte limit could not be written.
 */
function documentId(languageKey: string, contentPath: string): string {
  return `${languageKey}/${sha256Hex(contentPath).slice(0, 24)}.json`
}

/** The name contentlayer's document of a file had before this build (`.markdown` staged as `.md`): the site's order. */
function stagedName(filePath: string): string {
  return filePath.replace(PAGE_FILE, '.md')
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The last build's documents by id (none when there was no build, or it cannot be read). */
export function previousDocuments(cwd: string): Map<string, Page> {
  const file = path.join(cwd, DOCUMENTS_FILE)
  if (!existsSync(file)) return new Map()
  try {
    return new Map((JSON.parse(readFileSync(file, 'utf8')) as Page[]).map((page) => [page._id, page]))
  } catch {
    return new Map()
  }
}

export interface DocumentsStepResult {
  documents: Page[]
  /** Documents made by this build; the others were kept from the last one. */
  made: number
  /** Every page's warnings, kept documents' too, in the site's order. */
  warnings: BuildWarning[]
}

/**
 * Stages the documents to make (`rendered`: a content file's render, by entry id), has
 * contentlayer type them, and writes every document, kept and made, once.
 */
export async function documentsStep(
  entries: readonly DocumentEntry[],
  rendered: ReadonlyMap<string, { rendered: RenderedFields; warnings: BuildWarning[] }>,
  options: { cwd: string; typists?: Typists | undefined },
): Promise<DocumentsStepResult> {
  const toMake = entries.filter((entry) => !entry.kept)
  const made = new Map((await typeStaged(toMake, rendered, options)).map((page) => [page._id, page]))
  const documents = entries.map((entry) => {
    const document = entry.kept ?? made.get(entry.id)
    if (!document) throw new Error(`contentlayer2 made no document of ${entry.source?.displayPath ?? entry.id}`)
    return document
  })
  await writeGenerated(documents, options.cwd)
  return { documents, made: toMake.length, warnings: documents.flatMap((page) => page.warnings) }
}

/** Documents a contentlayer worker is given, past the first: enough that starting another pays. */
const DOCUMENTS_PER_WORKER = 200

/** A folder of staged documents, typed by one contentlayer worker (contentlayer-worker.ts). */
export type Typists = WorkerPool<string, Page[]>

/**
 * The contentlayer workers for `documents` documents to make, started before the render step so
 * that they load contentlayer2 (a second or two) while the pages render: one, and one more per
 * DOCUMENTS_PER_WORKER documents, up to `cores`. None with one core: the documents are typed in
 * this process then.
 */
export function startTypists(documents: number, cores: number): Typists | undefined {
  if (documents === 0 || cores < 2) return undefined
  const count = Math.max(1, Math.min(cores, Math.floor(documents / DOCUMENTS_PER_WORKER)))
  return startWorkers<string, Page[]>(new URL('./documents/contentlayer-worker.ts', import.meta.url), {}, count)
}

/**
 * Stages the entries and has contentlayer type them: contentlayer checks every field of every
 * nested value, a few milliseconds a document. With typists, each types a share staged in a
 * folder of its own (`.book/stages/<n>/`); without, this process types them all.
 */
async function typeStaged(
  toMake: readonly DocumentEntry[],
  rendered: ReadonlyMap<string, { rendered: RenderedFields; warnings: BuildWarning[] }>,
  options: { cwd: string; typists?: Typists | undefined },
): Promise<Page[]> {
  if (toMake.length === 0) return []
  const stages = path.join(options.cwd, '.book', 'stages')
  const shares = options.typists?.size ?? 1
  const folders = Array.from({ length: shares }, (_, index) => path.join(stages, String(index)))
  rmSync(stages, { recursive: true, force: true })
  toMake.forEach((entry, index) => {
    const file = path.join(folders[index % shares]!, ...entry.id.split('/'))
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify(stagedPage(entry, rendered.get(entry.id))))
  })
  try {
    if (options.typists) return (await options.typists.run(folders)).flat()
    // Loaded when there is something to type: contentlayer2 and Effect-TS take a second or two to load.
    const { makeDocuments } = await import('./documents/contentlayer')
    return await makeDocuments(folders[0]!)
  } finally {
    rmSync(stages, { recursive: true, force: true })
  }
}

/** The staged document of an entry: its file's record and render, or a section folder's. */
function stagedPage(
  entry: DocumentEntry,
  made: { rendered: RenderedFields; warnings: BuildWarning[] } | undefined,
): StagedPage {
  const { language, source } = entry
  const common = {
    language: language.key,
    documentKey: entry.key,
    ...(entry.lastmod === undefined ? {} : { lastmod: entry.lastmod }),
  }
  if (!source) return { ...folderPage(entry.folder ?? '', language.config.title), ...common }
  if (!made) throw new Error(`${source.displayPath} was not rendered`)
  return { ...fromSource(source), ...made.rendered, warnings: made.warnings.map(warningFields), ...common }
}

function fromSource(
  source: SourceRecord,
): Omit<StagedPage, keyof RenderedFields | 'language' | 'documentKey' | 'lastmod' | 'warnings'> {
  const { location } = source
  return {
    url: source.url,
    filePath: source.filePath,
    kind: location.kind,
    ...(location.kind === 'page' ? {} : { sectionDir: location.dir }),
    ...(source.parentDir === null ? {} : { parentDir: source.parentDir }),
    baseName: titleName(location),
    meta: source.meta,
  }
}

/** A folder Hugo makes a section although it has no `_index.md` (the home page, a top-level folder): the site's title at home, Hugo's title of the folder's name elsewhere (`guide` → "Guides"). */
function folderPage(dir: string, siteTitle: string): Omit<StagedPage, 'language' | 'documentKey' | 'lastmod'> {
  const segments = dir === '' ? [] : dir.split('/')
  return {
    url: implicitSectionUrl(dir),
    kind: dir === '' ? 'home' : 'section',
    sectionDir: dir,
    ...(dir === '' ? {} : { parentDir: segments.slice(0, -1).join('/') }),
    baseName: segments.at(-1) ?? '',
    meta: { ...EMPTY_META, ...titleOf(dir === '' ? siteTitle : folderTitle(dir)) },
    html: '',
    headings: [],
    sections: [],
    lead: '',
    opening: '',
    readingMinutes: 0,
    usesMath: false,
    usesMermaid: false,
    usesCodeBlocks: false,
    warnings: [],
  }
}

function titleOf(title: string | undefined): Partial<PageMeta> {
  return title === undefined ? {} : { title }
}

const EMPTY_META: PageMeta = {
  weight: 0,
  draft: false,
  categories: [],
  tags: [],
  bookCollapseSection: false,
  bookFlatSection: false,
  bookHidden: false,
  bookSearchExclude: false,
  menus: [],
  headless: false,
  renderNever: false,
}

function warningFields(warning: BuildWarning): StagedPage['warnings'][number] {
  return {
    file: warning.file,
    ...(warning.line === undefined ? {} : { line: warning.line }),
    message: warning.message,
    ...(warning.hint === undefined ? {} : { hint: warning.hint }),
  }
}

/** contentlayer's generated package: its types, and every document in one file (Next reads it from disk; nothing imports it). */
async function writeGenerated(documents: readonly Page[], cwd: string): Promise<void> {
  await writeGeneratedTypes(cwd)
  const file = path.join(cwd, DOCUMENTS_FILE)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(documents))
}

/** Where the generated types' first line says what they were made from. */
const TYPES_FILE = path.join('.contentlayer', 'generated', 'types.d.ts')

/**
 * The types of `contentlayer/generated` (`npm run typecheck` writes them too, before any build).
 * They are made from contentlayer.config.ts by the installed contentlayer2 alone: written again
 * only when one of the two changed (contentlayer takes a second or two to load).
 */
export async function writeGeneratedTypes(cwd: string): Promise<void> {
  const made = `// made from ${sha256Hex(readFileSync(CONFIG_FILE), contentlayerVersion())}`
  const current = path.join(cwd, TYPES_FILE)
  if (existsSync(current) && readFileSync(current, 'utf8').startsWith(`${made}\n`)) return
  const { GENERATED_DIR, generatedTypeFiles } = await import('./documents/contentlayer')
  const dir = path.join(cwd, GENERATED_DIR)
  mkdirSync(dir, { recursive: true })
  for (const [name, text] of await generatedTypeFiles(cwd)) {
    writeFileSync(path.join(dir, name), name === 'types.d.ts' ? `${made}\n${text}` : text)
  }
}

/** The document types, beside this project's package.json. */
const CONFIG_FILE = fileURLToPath(new URL('../../contentlayer.config.ts', import.meta.url))

function contentlayerVersion(): string {
  const file = createRequire(import.meta.url).resolve('contentlayer2/package.json')
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}
