import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { MAX_SEGMENT_BYTES, overlongSegment } from './url-limits'
import { climbingUrl, reservedUrlOwner, type ReservedUrlOptions } from './reserved-urls'
import { markdownPathClashes } from './markdown-paths'
import { publishedFiles } from './published-files'
import type { BuildWarning } from '../diagnostics/build-warnings'
import { ContentError, isContentError } from '../diagnostics/content-error'
import { dateTime } from '../formats/dates'
import type { ContentLimits } from '../config/site-config'
import { blankFrontMatter, lineOfField, normalizeSource, parseSplitSource, splitFrontMatter } from '../formats/front-matter'
import { frontMatterSizeError, nestingError, pageSizeError } from './content-limits'
import { hugoParams, PAGE_DATE_KEYS, type HugoParams } from '../formats/hugo-params'
import { readPageMeta, type PageMeta } from './page-meta'
import { isMdxFile, PAGE_FILE } from '../formats/page-files'
import { locateContentFile, pageUrl, type ContentLocation, type UrlRules } from './paths'
import { decodeUtf8 } from './utf8'

/**
 * The source step: every file of the content folder read and parsed once, by Hugo's rules,
 * into one record each. Everything after it (the Markdown chain, the site model, the build's
 * checks) takes these records as arguments; nothing reads a content file again.
 */

/** A Markdown file that becomes a page. */
export interface SourcePage {
  /** Path in the content folder, `/`-separated: `docs/llm/_index.md`. */
  filePath: string
  /** How messages name the file: `content/docs/llm/_index.md`. */
  displayPath: string
  location: ContentLocation
  meta: PageMeta
  /** Hugo's .Params: the whole front matter, keys lower-cased, dates as Go prints them (the param shortcode reads it). */
  params?: HugoParams
  url: string
  /** Folder of the section this file belongs to ('' = home); null for the home page itself. */
  parentDir: string | null
  /** The Markdown with its front matter blanked (same line numbers), LF line endings, no BOM. */
  body: string
}

/** A source page without its body: what the render step's workers are told of every page. */
export type SourceRecord = Omit<SourcePage, 'body'>

/** Why a Markdown file makes no page: each is a rule an author can look up. */
export type ExclusionReason = 'draft' | 'future' | 'expired' | 'headless' | 'render-never'

export interface ExcludedFile {
  filePath: string
  reason: ExclusionReason
}

export interface ContentSources {
  /** The content folder (absolute). */
  contentDir: string
  pages: SourcePage[]
  excluded: ExcludedFile[]
  /** Markdown files found (pages + excluded + files with errors). */
  markdownFiles: number
  /** Other files (images, attachments), content paths: the export copies them beside the pages. */
  assets: string[]
  /** Symbolic links to files and folders inside the content folder that were followed, and those to a folder above them, which were not (each would loop). */
  links?: { followed: number; loops: string[] }
  /** Files of the Hugo site's static folders (`images/logo.png`), published at the site root; when they were asked for. */
  staticFiles?: string[]
  /** Problems that stop the build, each naming file and line; all of them at once. */
  errors: ContentError[]
  /** What the build goes on with but the author should fix (a front-matter key written twice). */
  warnings: BuildWarning[]
}

export interface ReadSourcesOptions {
  /** How messages name files: relative to this folder when inside it. */
  cwd?: string
  /** "Now" for future and expired pages (tests pin it). */
  now?: Date
  /** The Hugo site's static folders (BuildContext.hugo.staticDirs): their files are listed in `staticFiles` for the lookup. */
  staticDirs?: readonly string[]
  /** Hugo's disablePathToLower and [permalinks] (SiteConfig.urls); Hugo's defaults when not given. */
  urls?: UrlRules
  /** What a page may be (size, front matter, nesting); the defaults when not given. */
  limits?: ContentLimits
  /** Where the language's pages are in the site, for the URLs its own files take (lib/content/reserved-urls.ts); at the top when not given. */
  place?: ReservedUrlOptions
}

/** Where a page's URL comes from, for messages: the front-matter field and its line, or the file's path (line 1). */
interface UrlOrigin {
  field?: 'url' | 'slug'
  line: number
}

const MARKDOWN = PAGE_FILE
const SKIPPED_FOLDERS = new Set(['node_modules', '.git'])

/** Reads the content folder. Never throws for bad content: problems are in `errors`. */
export function readContentSources(contentDir: string, options: ReadSourcesOptions = {}): ContentSources {
  const cwd = options.cwd ?? process.cwd()
  const now = (options.now ?? new Date()).getTime()
  const { markdown, assets, links } = listFiles(contentDir)
  const fileSet = new Set(markdown)
  const pages: SourcePage[] = []
  const excluded: ExcludedFile[] = []
  const errors: ContentError[] = [
    ...links.broken.map(
      (link) =>
        new ContentError({
          file: displayPath(contentDir, link, cwd),
          message: `is a symbolic link to ${readlinkSync(path.join(contentDir, link))}, which does not exist`,
          hint: 'restore the file or folder it points to, or remove the link',
        }),
    ),
    ...links.outside.map(
      ({ link, target }) =>
        new ContentError({
          file: displayPath(contentDir, link, cwd),
          message: `is a symbolic link to ${target}, outside the content folder: the build follows links only inside it`,
          hint: 'move or copy what it points to into the content folder, or remove the link',
        }),
    ),
  ]
  const warnings: BuildWarning[] = []
  // Where each page's URL comes from (its url or slug field), for the messages of URLs taken twice.
  const urlOrigins = new Map<string, UrlOrigin>()

  for (const filePath of markdown) {
    const shown = displayPath(contentDir, filePath, cwd)
    try {
      const bytes = readFileSync(path.join(contentDir, filePath))
      // The size limits before any parser reads the file: past one, a parser would run for minutes or overflow.
      const tooLarge = pageSizeError(bytes, shown, options.limits)
      if (tooLarge) throw tooLarge
      const text = normalizeSource(decodeUtf8(bytes, shown))
      const split = splitFrontMatter(text, shown)
      const body = blankFrontMatter(text, split)
      const largeFrontMatter = frontMatterSizeError(split, shown, options.limits)
      if (largeFrontMatter) throw largeFrontMatter
      const source = parseSplitSource(split, shown)
      warnings.push(...source.warnings)
      const meta = readPageMeta(source, shown)
      const location = locateContentFile(filePath)
      const reason = exclusionOf(meta, location, now)
      if (reason) {
        excluded.push({ filePath, reason })
        continue
      }
      // Only pages that are rendered: a draft may nest as it likes until it is published.
      const tooDeep = nestingError(body, shown, options.limits)
      if (tooDeep) throw tooDeep
      const parentDir = parentSectionDir(location, fileSet)
      const overrides = { slug: meta.slug, url: meta.url, title: meta.title, date: meta.date, sectionDir: parentDir }
      pages.push({
        filePath,
        displayPath: shown,
        location,
        meta,
        params: hugoParams(source.data, PAGE_DATE_KEYS),
        url: pageUrl(location, overrides, options.urls),
        parentDir,
        body,
      })
      const urlLine = meta.url ? lineOfField(source, 'url') : undefined
      const slugLine = !meta.url && meta.slug && location.kind === 'page' ? lineOfField(source, 'slug') : undefined
      urlOrigins.set(
        filePath,
        urlLine ? { field: 'url', line: urlLine } : slugLine ? { field: 'slug', line: slugLine } : { line: 1 },
      )
    } catch (error) {
      if (isContentError(error)) errors.push(error)
      else throw error
    }
  }
  const markdownPaths = markdownClashes(contentDir, pages, assets, cwd)
  // A page already named for taking a Markdown file's place is not named twice.
  const named = new Set(markdownPaths.map((error) => error.file))
  const unnamed = pages.filter((page) => !named.has(page.displayPath))
  errors.push(...takenUrls(unnamed, urlOrigins, options.place ?? { atSiteRoot: true }))
  errors.push(...takenFolderUrls(contentDir, pages, options.place ?? { atSiteRoot: true }, cwd))
  errors.push(...duplicateUrls(contentDir, pages, urlOrigins, cwd))
  errors.push(...markdownPaths)
  const staticFiles = options.staticDirs ? listStaticFiles(options.staticDirs) : undefined
  return {
    contentDir,
    pages,
    excluded,
    markdownFiles: markdown.length,
    assets,
    links: { followed: links.followed, loops: links.loops },
    ...(staticFiles ? { staticFiles } : {}),
    errors,
    warnings,
  }
}

/** Hugo's rules for files that make no page (buildDrafts, buildFuture and buildExpired are off by default). */
function exclusionOf(meta: PageMeta, location: ContentLocation, now: number): ExclusionReason | undefined {
  if (meta.draft) return 'draft'
  if (meta.headless && location.isBundle) return 'headless'
  if (meta.renderNever) return 'render-never'
  if (meta.publishDate && dateTime(meta.publishDate) > now) return 'future'
  if (meta.expiryDate && dateTime(meta.expiryDate) <= now) return 'expired'
  return undefined
}

const REASON_WORDS: Record<ExclusionReason, [one: string, many: string]> = {
  draft: ['draft', 'drafts'],
  future: ['dated in the future', 'dated in the future'],
  expired: ['expired', 'expired'],
  headless: ['headless bundle', 'headless bundles'],
  'render-never': ['with _build.render: never', 'with _build.render: never'],
}

/** `48 pages from 51 files (2 drafts, 1 headless bundle)`: every Markdown file accounted for. */
export function sourcesSummary(sources: ContentSources): string {
  const counts = new Map<ExclusionReason, number>()
  for (const { reason } of sources.excluded) counts.set(reason, (counts.get(reason) ?? 0) + 1)
  const reasons = (Object.keys(REASON_WORDS) as ExclusionReason[])
    .filter((reason) => counts.has(reason))
    .map((reason) => `${counts.get(reason)} ${REASON_WORDS[reason][counts.get(reason) === 1 ? 0 : 1]}`)
  if (sources.errors.length > 0) reasons.push(`${sources.errors.length} with errors`)
  const files = sources.markdownFiles
  const pages = sources.pages.length
  const { followed = 0, loops = [] } = sources.links ?? {}
  const links = [
    ...(followed > 0 ? [`${followed} symbolic link${followed === 1 ? '' : 's'} followed`] : []),
    ...(loops.length > 0 ? [`${loops.length} not followed, to a folder above ${loops.length === 1 ? 'it' : 'them'}: ${loops.join(', ')}`] : []),
  ]
  return `${pages} page${pages === 1 ? '' : 's'} from ${files} Markdown file${files === 1 ? '' : 's'}${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}${links.length > 0 ? `; ${links.join('; ')}` : ''}`
}

/** The symbolic links of a content folder, by what the listing did with them. */
interface ContentLinks {
  /** Links to a file or folder inside the content folder, read as if they were it. */
  followed: number
  /** Links to a folder above them, which would read it again and again (a loop): not followed, counted. */
  loops: string[]
  /** Links to nothing. */
  broken: string[]
  /** Links that lead out of the content folder, with where they lead. */
  outside: Array<{ link: string; target: string }>
}

/**
 * Markdown files and other files under the content folder, as sorted `/`-separated paths.
 * Symbolic links to files and folders inside the content folder are followed, as Hugo 0.111
 * follows them (a folder linked from two places is read in both, as Hugo builds both); a link
 * to a folder above it is not, which would loop (Hugo 0.111 drops the whole folder holding it
 * with a warning). Unlike Hugo, which follows links anywhere, a link out of the content folder
 * is not followed but stops the build: what the build publishes is what the content folder holds,
 * never a file elsewhere on the machine that a link happens to reach.
 */
function listFiles(contentDir: string): { markdown: string[]; assets: string[]; links: ContentLinks } {
  const markdown: string[] = []
  const assets: string[] = []
  const links: ContentLinks = { followed: 0, loops: [], broken: [], outside: [] }
  const root = realpathSync(contentDir)
  const inside = (real: string) => real === root || real.startsWith(`${root}${path.sep}`)
  const walk = (relativeDir: string, above: ReadonlySet<string>) => {
    for (const entry of readdirSync(path.join(contentDir, relativeDir), { withFileTypes: true })) {
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`
      const absolute = path.join(contentDir, relative)
      let kind: 'folder' | 'file' | 'other' = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other'
      let real = absolute
      if (entry.isSymbolicLink()) {
        const target = statSync(absolute, { throwIfNoEntry: false })
        if (target === undefined) {
          links.broken.push(relative)
          continue
        }
        real = realpathSync(absolute)
        if (!inside(real)) {
          links.outside.push({ link: relative, target: real })
          continue
        }
        kind = target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other'
        if (kind === 'folder' && above.has(real)) {
          links.loops.push(relative)
          continue
        }
        if (kind !== 'other') links.followed++
      }
      if (kind === 'folder' && !SKIPPED_FOLDERS.has(entry.name)) walk(relative, new Set([...above, realpathSync(real)]))
      else if (kind === 'file' && MARKDOWN.test(entry.name)) markdown.push(relative)
      else if (kind === 'file' && !entry.name.startsWith('.')) assets.push(relative)
    }
  }
  walk('', new Set([root]))
  links.broken.sort()
  links.loops.sort()
  return { markdown: markdown.sort(), assets: assets.sort(), links }
}

/** The files of the static folders that exist, as `/`-separated paths from each folder (a name in two listed once). */
function listStaticFiles(staticDirs: readonly string[]): string[] {
  const files = new Set<string>()
  const walk = (root: string, relativeDir: string) => {
    for (const entry of readdirSync(path.join(root, relativeDir), { withFileTypes: true })) {
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`
      if (entry.isDirectory()) walk(root, relative)
      else if (entry.isFile()) files.add(relative)
    }
  }
  for (const dir of staticDirs) if (existsSync(dir) && statSync(dir).isDirectory()) walk(dir, '')
  return [...files].sort()
}

/**
 * The section a file belongs to, as a folder path ('' is the home page): the nearest
 * enclosing folder that has an `_index.md`, or a top-level folder (Hugo makes those
 * sections even without one). Null for the home page itself.
 */
function parentSectionDir(location: ContentLocation, files: ReadonlySet<string>): string | null {
  if (location.kind === 'home') return null
  const own = location.dir.split('/').filter((part) => part !== '')
  // A section's parent starts above its own folder; a page (or bundle) looks from its folder up.
  let candidate = location.kind === 'section' || location.isBundle ? own.slice(0, -1) : own
  while (candidate.length > 0) {
    const dir = candidate.join('/')
    if (candidate.length === 1 || ['md', 'markdown', 'mdx'].some((ext) => files.has(`${dir}/_index.${ext}`))) return dir
    candidate = candidate.slice(0, -1)
  }
  return ''
}

/**
 * Folders Hugo makes sections although they have no `_index.md`: the home page and every
 * top-level folder (and the folders between a section file and the top). `have` are the
 * folders that have one. The source step checks their URLs; the site model makes their pages.
 */
export function implicitSectionDirs(pages: readonly { parentDir: string | null }[], have: ReadonlySet<string>): string[] {
  const missing = new Set<string>()
  const add = (dir: string | null) => {
    if (dir === null || have.has(dir) || missing.has(dir)) return
    missing.add(dir)
    add(dir === '' ? null : dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '')
  }
  for (const page of pages) add(page.parentDir)
  add('')
  return [...missing].sort()
}

/**
 * The URL of a folder that is a section without an `_index.md`: the same rule as its pages'
 * URLs, always lower-cased (Hugo 0.111 lower-cases such a section's URL even with
 * disablePathToLower: `content/Docs/` without `_index.md` is `/docs/`, its pages `/Docs/…`).
 */
export function implicitSectionUrl(dir: string): string {
  return pageUrl(locateContentFile(dir === '' ? '_index.md' : `${dir}/_index.md`))
}

/**
 * Pages whose URL the site's own files take (the 404 page, the taxonomy lists, the sitemap…) or
 * that climb folders with `..`: each stops the build, naming the page's file and the field its
 * URL comes from, and what takes it (lib/content/reserved-urls.ts).
 */
function takenUrls(pages: readonly SourcePage[], origins: ReadonlyMap<string, UrlOrigin>, place: ReservedUrlOptions): ContentError[] {
  const errors: ContentError[] = []
  for (const page of pages) {
    const origin = origins.get(page.filePath) ?? { line: 1 }
    const from = origin.field ? `its ${origin.field}` : 'its path'
    const climbing = climbingUrl(page.url)
    if (climbing) {
      errors.push(
        new ContentError({
          file: page.displayPath,
          line: origin.line,
          message: `the URL ${page.url} (from ${from}) has a ".." or "." segment, which would move the page out of its place (Hugo would publish it at ${climbing.cleaned}, over whatever is there)`,
          hint: `write the URL the page should have without "." and ".." segments${origin.field ? ` in its ${origin.field}` : ''}`,
        }),
      )
      continue
    }
    const overlong = overlongSegment(page.url, isMdxFile(page.filePath))
    if (overlong) {
      errors.push(
        new ContentError({
          file: page.displayPath,
          line: origin.line,
          message: `its URL ${page.url} (from ${from}) has a segment of ${overlong.bytes} bytes, "${overlong.segment}": the build names files after it, and file systems allow ${MAX_SEGMENT_BYTES} bytes with the endings it adds${isMdxFile(page.filePath) ? ' (an MDX page’s route spells each Chinese character in 9 bytes)' : ''}`,
          hint: `shorten that ${origin.field ?? 'file or folder name'} to ${MAX_SEGMENT_BYTES} bytes or less (a Chinese character takes ${isMdxFile(page.filePath) ? 9 : 3})${origin.field ? '' : ', or give the page a shorter slug in its front matter'}`,
        }),
      )
      continue
    }
    const owner = reservedUrlOwner(page.url, page.location, place)
    if (owner === undefined) continue
    errors.push(
      new ContentError({
        file: page.displayPath,
        line: origin.line,
        message: `takes the URL ${page.url} (from ${from}), where the site publishes ${owner}`,
        hint: origin.field
          ? `give the page another ${origin.field} in its front matter`
          : 'rename or move the file, or give the page a url in its front matter',
      }),
    )
  }
  return errors
}

/** A folder Hugo makes a section without an `_index.md` (`content/404/`) at a URL the site's own files take. */
function takenFolderUrls(contentDir: string, pages: readonly SourcePage[], place: ReservedUrlOptions, cwd: string): ContentError[] {
  const sectionDirs = new Set(pages.filter((page) => page.location.kind !== 'page').map((page) => page.location.dir))
  return implicitSectionDirs(pages, sectionDirs).flatMap((dir) => {
    const url = implicitSectionUrl(dir)
    const owner = reservedUrlOwner(url, locateContentFile(dir === '' ? '_index.md' : `${dir}/_index.md`), place)
    return owner === undefined
      ? []
      : [
          new ContentError({
            file: `${displayPath(contentDir, dir, cwd)}/ (a folder)`,
            message: `is a section at the URL ${url}, where the site publishes ${owner}`,
            hint: 'rename the folder',
          }),
        ]
  })
}

function duplicateUrls(contentDir: string, pages: readonly SourcePage[], origins: ReadonlyMap<string, UrlOrigin>, cwd: string): ContentError[] {
  const claims = new Map<string, Array<{ file: string; line?: number }>>()
  const claim = (url: string, file: string, line?: number) => claims.set(url, [...(claims.get(url) ?? []), { file, line }])
  for (const page of pages) claim(page.url, page.displayPath, origins.get(page.filePath)?.line)
  const sectionDirs = new Set(pages.filter((page) => page.location.kind !== 'page').map((page) => page.location.dir))
  for (const dir of implicitSectionDirs(pages, sectionDirs)) claim(implicitSectionUrl(dir), `${dir === '' ? displayPath(contentDir, '', cwd) : displayPath(contentDir, dir, cwd)}/ (a folder)`)
  const errors: ContentError[] = []
  for (const [url, claimants] of claims) {
    if (claimants.length < 2) continue
    const [first, ...others] = claimants
    errors.push(
      new ContentError({
        file: first!.file,
        line: first!.line,
        message: `has the same URL ${url} as ${others.map(({ file, line }) => (line === undefined ? file : `${file}:${line}`)).join(', ')}`,
        hint: 'rename or move one of them, or give one a different slug or url in its front matter',
      }),
    )
  }
  return errors
}

/** A page or file of the content folder where the build writes a page's Markdown or llms.txt (lib/content/markdown-paths.ts). */
function markdownClashes(contentDir: string, pages: readonly SourcePage[], assets: readonly string[], cwd: string): ContentError[] {
  const sectionDirs = new Set(pages.filter((page) => page.location.kind !== 'page').map((page) => page.location.dir))
  const claimants = [
    ...pages.map((page) => ({ file: page.displayPath, url: page.url })),
    ...implicitSectionDirs(pages, sectionDirs).map((dir) => ({ file: `${displayPath(contentDir, dir, cwd)}/ (a folder)`, url: implicitSectionUrl(dir) })),
  ]
  const published = new Map([...publishedFiles(pages, assets)].map(([asset, target]) => [displayPath(contentDir, asset, cwd), target]))
  return markdownPathClashes(claimants, published)
}

/** How errors name a content file: relative to the working folder when inside it (`content/docs/a.md`). */
export function displayPath(contentDir: string, filePath: string, cwd: string = process.cwd()): string {
  const absolute = path.join(contentDir, filePath)
  const relative = path.relative(cwd, absolute)
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/') || '.'
}
