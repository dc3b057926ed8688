/**
 * Where a content file lands, by Hugo's rules: `a/_index.md` is the section `/a/`,
 * `a/b.md` the page `/a/b/`, `a/c/index.md` the leaf bundle `/a/c/`. Paths are
 * lower-cased and spaces become hyphens (Hugo's default); Chinese is kept as is.
 */

export type PageKind = 'home' | 'section' | 'page'

export interface ContentLocation {
  /** Path relative to the content folder, with `/` separators: `docs/llm/_index.md`. */
  filePath: string
  kind: PageKind
  /** True for `index.md`: a leaf bundle whose folder holds its images. */
  isBundle: boolean
  /** Folder the page stands for (sections, bundles) or lives in (pages): `docs/llm`. */
  dir: string
  /** The name the title falls back to: file name without extension, or the folder name. */
  baseName: string
}

export function locateContentFile(filePath: string): ContentLocation {
  const parts = filePath.split('/')
  const fileName = parts.pop()!
  const dir = parts.join('/')
  const stem = fileName.replace(/\.(md|markdown)$/i, '')
  if (stem === '_index') {
    return { filePath, kind: dir === '' ? 'home' : 'section', isBundle: false, dir, baseName: parts.at(-1) ?? '' }
  }
  if (stem === 'index') {
    return { filePath, kind: dir === '' ? 'home' : 'page', isBundle: dir !== '', dir, baseName: parts.at(-1) ?? '' }
  }
  return { filePath, kind: 'page', isBundle: false, dir, baseName: stem }
}

/** The URL path segments of a content file (without slug/url overrides). */
function naturalSegments(location: ContentLocation): string[] {
  const dirSegments = location.dir === '' ? [] : location.dir.split('/')
  if (location.kind !== 'page' || location.isBundle) return dirSegments
  return [...dirSegments, location.baseName]
}

/**
 * The page's URL: `/docs/llm/year-in-llms-2025/`. As Hugo 0.111 does: front-matter `url`
 * replaces it whole (sections' too); `slug` replaces the last segment of a page or a leaf
 * bundle (`slug: a/b` two segments) and is ignored on a section's or the home page's
 * `_index.md`. Unlike Hugo, a `url` is lower-cased and its spaces become hyphens, as every other path here.
 */
export function pageUrl(location: ContentLocation, overrides: { slug?: string; url?: string } = {}): string {
  if (overrides.url) return normalizeUrlPath(overrides.url)
  const segments = naturalSegments(location)
  const slug = location.kind === 'page' ? overrides.slug : undefined
  if (slug && segments.length > 0) segments.splice(segments.length - 1, 1, ...slug.split('/'))
  return segmentsToUrl(segments.map(sanitizeSegment).filter((segment) => segment !== ''))
}

export function segmentsToUrl(segments: string[]): string {
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`
}

/** `/docs/llm/` → ['docs', 'llm']. */
export function urlToSegments(url: string): string[] {
  return url.split('/').filter((segment) => segment !== '')
}

function normalizeUrlPath(url: string): string {
  const segments = urlToSegments(url.trim()).map(sanitizeSegment).filter((segment) => segment !== '')
  return segmentsToUrl(segments)
}

/**
 * Hugo's path sanitising: lower case, spaces to hyphens, and only letters, marks,
 * digits and `._~-@+` kept (so 中文 stays, `?` and `#` go).
 */
export function sanitizeSegment(segment: string): string {
  return segment
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}._~\-@+%]/gu, '')
}

/**
 * Decodes a route parameter segment: Next.js hands Chinese segments back
 * percent-encoded. Malformed escapes are left as they are.
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
