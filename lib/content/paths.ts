import { PAGE_FILE } from '../formats/page-files'
import { decodeUriComponentSafe } from '../formats/text'
/**
 * Where a content file lands, by Hugo's rules: `a/_index.md` is the section `/a/`,
 * `a/b.md` the page `/a/b/`, `a/c/index.md` the leaf bundle `/a/c/`. Paths are
 * lower-cased (unless Hugo's disablePathToLower) and spaces become hyphens; Chinese is kept
 * as is. Hugo's [permalinks] patterns: permalinks.ts.
 */
import type { IsoDate } from '../formats/dates'
import { expandPermalink } from '../formats/permalinks'

export type PageKind = 'home' | 'section' | 'page'

export interface ContentLocation {
  /** Path relative to the content folder, with `/` separators: `docs/llm/_index.md`. */
  filePath: string
  kind: PageKind
  /** True for `index.md`: a leaf bundle whose folder holds its images. */
  isBundle: boolean
  /** Folder the page stands for (sections, bundles) or lives in (pages): `docs/llm`. */
  dir: string
  /** File name without extension, or the folder's name for sections and bundles (`:filename` in permalinks). */
  baseName: string
}

export function locateContentFile(filePath: string): ContentLocation {
  const parts = filePath.split('/')
  const fileName = parts.pop()!
  const dir = parts.join('/')
  const stem = fileName.replace(PAGE_FILE, '')
  if (stem === '_index') {
    return { filePath, kind: dir === '' ? 'home' : 'section', isBundle: false, dir, baseName: parts.at(-1) ?? '' }
  }
  if (stem === 'index') {
    return { filePath, kind: dir === '' ? 'home' : 'page', isBundle: dir !== '', dir, baseName: parts.at(-1) ?? '' }
  }
  return { filePath, kind: 'page', isBundle: false, dir, baseName: stem }
}

/**
 * The name hugo-book's docs/title partial falls back to when a page has no title: a section's
 * folder name, a page's file name — `index` for a bundle (`.File.BaseFileName`), so an untitled
 * `guide/index.md` is "Index" in the menu, as on the Hugo site (its URL keeps the folder's name).
 */
export function titleName(location: ContentLocation): string {
  return location.isBundle ? 'index' : location.baseName
}

/** The site's URL settings (Hugo's disablePathToLower and [permalinks]); Hugo's defaults when not given. */
export interface UrlRules {
  /** Hugo's disablePathToLower: paths keep the case of their folders, files, slugs and terms. */
  keepCase?: boolean
  /** Hugo's [permalinks]: a top-level section's folder name → the pattern for its regular pages (`/:section/:year/:slug/`). */
  permalinks?: Readonly<Record<string, string>>
}

/** What a page's URL may depend on besides its file: front matter, and for a permalink pattern its title, date and section. */
export interface UrlOverrides {
  slug?: string
  url?: string
  title?: string
  date?: IsoDate
  /** The folder of the page's section (`posts/sub`), for `:sections`; the file's folder when not given. */
  sectionDir?: string | null
}

/** The URL path segments of a content file (without slug/url overrides). */
function naturalSegments(location: ContentLocation): string[] {
  const dirSegments = location.dir === '' ? [] : location.dir.split('/')
  if (location.kind !== 'page' || location.isBundle) return dirSegments
  return [...dirSegments, location.baseName]
}

/**
 * The page's URL: `/docs/llm/year-in-llms-2025/`. As Hugo 0.111 does: front-matter `url`
 * replaces it whole (sections' too); a [permalinks] pattern for the page's top-level section
 * replaces a regular page's (or leaf bundle's) path, never a section's; `slug` replaces the
 * last segment of a page or a leaf bundle (`slug: a/b` two segments) and is ignored on a
 * section's or the home page's `_index.md`. Unlike Hugo, a `url` is lower-cased (unless
 * disablePathToLower) and its spaces become hyphens, as every other path here.
 */
export function pageUrl(location: ContentLocation, overrides: UrlOverrides = {}, rules: UrlRules = {}): string {
  const keepCase = rules.keepCase ?? false
  if (overrides.url) return normalizeUrlPath(overrides.url, keepCase)
  const pattern = location.kind === 'page' ? permalinkPattern(location, rules) : undefined
  if (pattern !== undefined) {
    const page = { section: location.dir.split('/')[0]!, baseName: location.baseName, sectionDir: overrides.sectionDir ?? location.dir }
    const expanded = expandPermalink(pattern, { ...page, slug: overrides.slug, title: overrides.title, date: overrides.date })
    return normalizeUrlPath(expanded, keepCase)
  }
  const segments = naturalSegments(location)
  const slug = location.kind === 'page' ? overrides.slug : undefined
  if (slug && segments.length > 0) segments.splice(segments.length - 1, 1, ...slug.split('/'))
  return segmentsToUrl(segments.map((segment) => sanitizePathSegment(segment, keepCase)).filter((segment) => segment !== ''))
}

/**
 * The pattern of the page's top-level section. Hugo lower-cases the keys of [permalinks] and
 * compares them with the folder name as written, so `Posts = …` is used by `content/posts/`
 * and never by `content/Posts/` (checked with Hugo 0.111).
 */
function permalinkPattern(location: ContentLocation, rules: UrlRules): string | undefined {
  if (!rules.permalinks) return undefined
  const section = location.dir.split('/')[0]!
  if (section === '') return undefined
  return Object.hasOwn(rules.permalinks, section) ? rules.permalinks[section] : undefined
}

export function segmentsToUrl(segments: string[]): string {
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`
}

/** `/docs/llm/` → ['docs', 'llm']. */
export function urlToSegments(url: string): string[] {
  return url.split('/').filter((segment) => segment !== '')
}

/** A `url` as written (or a permalink pattern's result): percent-escapes are read as the characters they stand for (`%E4%B8%AD` is 中). */
function normalizeUrlPath(url: string, keepCase: boolean): string {
  const segments = urlToSegments(url.trim())
    .map((segment) => decodeUriComponentSafe(segment))
    .map((segment) => sanitizePathSegment(segment, keepCase))
    .filter((segment) => segment !== '')
  return segmentsToUrl(segments)
}

/**
 * Hugo's path sanitising: lower case, spaces to hyphens, and only letters, marks, digits and
 * `._~-@+` kept (so 中文 stays, `?` and `#` go). Unlike Hugo, `%` always goes: Hugo keeps it
 * before two hex digits (`a%20b.md` is the folder `a%20b/`), and its links to such a page,
 * which a browser and a server read as `a b`, lead nowhere; `100%.md` is `/100/` in both.
 */
export function sanitizeSegment(segment: string): string {
  return sanitizePathSegment(segment, false)
}

/** sanitizeSegment, keeping the case when `keepCase` (Hugo's disablePathToLower). */
function sanitizePathSegment(segment: string, keepCase: boolean): string {
  const normalized = segment.normalize('NFC')
  return (keepCase ? normalized : normalized.toLowerCase())
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}._~\-@+]/gu, '')
}

/**
 * Decodes a route parameter segment: Next.js hands Chinese segments back
 * percent-encoded. Malformed escapes are left as they are.
 */
export function decodeSegment(segment: string): string {
  return decodeUriComponentSafe(segment)
}
