import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import type { BuildContext } from '../config/build-context'
import type { ContentSources } from '../content/sources'
import type { BuildWarning } from '../diagnostics/build-warnings'
import { sha256Hex } from '../formats/digest'
import { moduleFiles, shortcodesFolder } from '../site/shortcode-folder'
import type { SourceRecord } from '../site/page-record'
import type { SitePage } from '../site/site'
import { writeWhole } from './output-files'

/**
 * The cache of rendered Markdown, kept between builds: one file per page render, named by a
 * hash of everything the render depends on, so a rebuild after editing one page renders that
 * page only. A page's render depends on
 *   - its body and its record (front matter, URL, place), hashed per page (renderKey), and
 *   - the build's render fingerprint (renderFingerprint): the engine (this project's code and the
 *     installed packages), the settings, the site's shortcode modules, and the other pages'
 *     files and URLs that links and refs resolve against.
 * Any change to the second renders every page again: coarse, never stale.
 */
export const RENDER_CACHE_DIR = path.join('.book', 'cache', 'render')

export interface RenderedEntry {
  page: SitePage
  /** The warnings the render reported (a broken link, a missing image): reported again by every build that uses the entry. */
  warnings: BuildWarning[]
}

/**
 * What the code of a build is: every folder and file whose change may change a render or an
 * exported page (test files aside). It names the render cache's entries and Next's build id, so
 * a route, a component or a style sheet edited makes every page render and export again.
 */
const ENGINE_SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'contentlayer.config.ts',
  'site.config.ts',
  'next.config.ts',
  'tsconfig.json',
  'package.json',
]
/** The installed packages, as npm recorded them (package-lock.json when node_modules has no record). */
const INSTALLED = [path.join('node_modules', '.package-lock.json'), 'package-lock.json']

/** A hash of the code that builds: this project's sources (ENGINE_SOURCES) and the exact installed packages. */
export function engineVersion(cwd: string = process.cwd()): string {
  const files = ENGINE_SOURCES.flatMap((entry) => codeFiles(path.join(cwd, entry)))
  const installed = INSTALLED.map((file) => path.join(cwd, file)).find((file) => existsSync(file))
  return sha256Hex(
    ...files.flatMap((file) => [path.relative(cwd, file), readFileSync(file)]),
    installed ? readFileSync(installed) : 'no lock file',
  )
}

function codeFiles(entry: string): string[] {
  const stat = statSync(entry, { throwIfNoEntry: false })
  if (!stat) return []
  if (!stat.isDirectory()) return [entry]
  return readdirSync(entry, { withFileTypes: true, recursive: true })
    .filter((dirent) => dirent.isFile() && !/\.test\.tsx?$/.test(dirent.name))
    .map((dirent) => path.join(dirent.parentPath, dirent.name))
    .sort()
}

export interface FingerprintInputs {
  engine: string
  /** The build's settings (SiteConfig and the Hugo site's paths): any setting may reach the Markdown chain. */
  settings: unknown
  /** The site's shortcode modules: file name and text. */
  shortcodeModules: readonly { file: string; text: string }[]
  /** What links, refs and images resolve against: every page's file and URL, the content folder's other files, the static files. */
  pages: readonly { filePath: string; url: string }[]
  assets: readonly string[]
  staticFiles?: readonly string[]
}

export function renderFingerprint(inputs: FingerprintInputs): string {
  return sha256Hex(
    inputs.engine,
    JSON.stringify(inputs.settings),
    JSON.stringify(inputs.shortcodeModules),
    JSON.stringify(inputs.pages.map((page) => [page.filePath, page.url])),
    JSON.stringify(inputs.assets),
    JSON.stringify(inputs.staticFiles ?? null),
  )
}

/** The cache key of one page's render. */
export function renderKey(fingerprint: string, record: SourceRecord, body: string): string {
  return sha256Hex(fingerprint, JSON.stringify(record), body)
}

const entryFile = (dir: string, key: string, part: 'page' | 'warnings' = 'page') =>
  path.join(dir, key.slice(0, 2), part === 'page' ? `${key}.json` : `${key}.warnings.json`)

export function readRendered(dir: string, key: string): RenderedEntry | undefined {
  const file = entryFile(dir, key)
  if (!existsSync(file)) return undefined
  try {
    return { page: JSON.parse(readFileSync(file, 'utf8')) as SitePage, warnings: readRenderedWarnings(dir, key) }
  } catch {
    return undefined // a file cut short (a build killed while writing it): render again
  }
}

/** The warnings of a cached render alone, without reading its page (kept apart, and only when there are any). */
export function readRenderedWarnings(dir: string, key: string): BuildWarning[] {
  const file = entryFile(dir, key, 'warnings')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildWarning[]) : []
}

export function hasRendered(dir: string, key: string): boolean {
  return existsSync(entryFile(dir, key))
}

/** Written whole or not at all: temporary files renamed into place, the page last (its presence marks the entry). */
export function writeRendered(dir: string, key: string, entry: RenderedEntry): void {
  mkdirSync(path.dirname(entryFile(dir, key)), { recursive: true })
  if (entry.warnings.length > 0) writeWhole(entryFile(dir, key, 'warnings'), JSON.stringify(entry.warnings))
  else rmSync(entryFile(dir, key, 'warnings'), { force: true })
  writeWhole(entryFile(dir, key), JSON.stringify(entry.page))
}

/** Deletes the entries this build did not use (renders of old versions of pages); returns how many. */
export function pruneRendered(dir: string, used: ReadonlySet<string>): number {
  if (!existsSync(dir)) return 0
  let removed = 0
  for (const dirent of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!dirent.isFile()) continue
    const key = dirent.name.replace(/(?:\.warnings)?\.json$/, '')
    if (used.has(key)) continue
    rmSync(path.join(dirent.parentPath, dirent.name), { force: true })
    if (dirent.name === `${key}.json`) removed++
  }
  return removed
}

/** The fingerprint of this build's renders (see renderFingerprint), read from the context and the sources. */
export function fingerprintFor(
  context: Pick<BuildContext, 'config' | 'contentDir' | 'hugo' | 'siteDir'>,
  sources: Pick<ContentSources, 'pages' | 'assets' | 'staticFiles'>,
  options: { engine?: string; cwd?: string } = {},
): string {
  const cwd = options.cwd ?? process.cwd()
  return renderFingerprint({
    engine: options.engine ?? engineVersion(cwd),
    settings: { config: context.config, hugo: context.hugo ?? null },
    shortcodeModules: moduleFiles(shortcodesFolder(context, cwd)).map(({ file }) => ({
      file: path.basename(file),
      text: readFileSync(file, 'utf8'),
    })),
    pages: sources.pages,
    assets: sources.assets,
    ...(sources.staticFiles ? { staticFiles: sources.staticFiles } : {}),
  })
}
