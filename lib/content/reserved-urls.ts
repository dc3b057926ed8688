import type { ContentLocation } from './paths'
import { pageUrl, urlToSegments } from './paths'

/**
 * Addresses the site's own files and routes take, which no content page may have. A page there
 * would be overwritten by the file (or overwrite it), or make `next build` fail late with a
 * message that names no file; the source step stops the build instead, naming the page's file
 * and what takes its URL (lib/content/sources.ts).
 *
 * Hugo 0.111 checks none of this: a page at `url: /tags/`, `/tags/x/`, `/404.html` or
 * `/sitemap.xml` is silently replaced by the list, the 404 page or the sitemap, and a `..` in a
 * `url` or `slug` is cleaned away (`/a/../b/` is `/b/`, `slug: ..` lands on the section). Here
 * each stops the build: a page that vanishes, or one that lands elsewhere, is never what the
 * author meant.
 */

/** The route whose export becomes each language's 404.html (app/[lang]/not-found-page/, moved by lib/build/files-step.ts). */
export const NOT_FOUND_ROUTE_URL = '/not-found-page/'

/** Hugo's two default taxonomies (lib/site/taxonomies.ts's TAXONOMIES): their lists and term pages live under these folders. */
const TAXONOMY_FOLDERS = ['categories', 'tags']

/** Files the build writes at the top of each language (its folder in a site of several). */
const LANGUAGE_FILES: ReadonlyMap<string, string> = new Map([
  ['404', 'the site’s 404 page (404/index.html)'],
  ['404.html', 'the site’s 404 page (404.html)'],
  ['not-found-page', 'the book’s own 404 page (app/[lang]/not-found-page/)'],
  ['sitemap.xml', 'the sitemap (sitemap.xml)'],
])

/** Files and folders at the top of the whole site, whatever the language. */
const SITE_FILES: ReadonlyMap<string, string> = new Map([
  ['robots.txt', 'robots.txt'],
  ['serve.json', 'the headers file of npm start (serve.json)'],
  ['_headers', 'the headers file of Netlify and Cloudflare Pages (_headers)'],
  ['nginx-headers.conf', 'the headers file for nginx (nginx-headers.conf)'],
  ['_next', 'Next.js’s scripts and styles (/_next/)'],
])

/** Folders whose files the build writes (a page may be the folder itself, `/menu/`, but nothing inside it). */
const FILE_FOLDERS: ReadonlyMap<string, string> = new Map([
  ['search-index', 'the search index’s files (/search-index/)'],
  ['menu', 'the menu’s file (/menu/)'],
  ['vendor', 'the KaTeX and mermaid files (/vendor/)'],
])

/** Names the build gives files inside a page's folder: a page URL cannot make a folder of that name. */
const FOLDER_FILES: ReadonlyMap<string, string> = new Map([
  ['index.html', 'the HTML'],
  ['index.txt', 'the Next.js payload'],
  ['index.xml', 'the RSS feed'],
  ['index.html.md', 'the Markdown'],
])

export interface ReservedUrlOptions {
  /** The language's pages are at the top of the site (the default language, unless it lives in a folder). */
  atSiteRoot: boolean
  /** The languages' folders at the top of the site (a site of several: `en`, `zh`), where no page of the root language may be. */
  languageFolders?: readonly string[]
}

/**
 * What the site publishes at a page's URL (language-relative, `/tags/`), described for a message,
 * or undefined when the URL is the page's to take. `location` is the page's file: a taxonomy's
 * or term's own `_index.md` (`content/tags/_index.md`, `content/tags/go/_index.md`) gives that
 * list its title and text, as in Hugo, and keeps its place.
 */
export function reservedUrlOwner(url: string, location: ContentLocation, options: ReservedUrlOptions): string | undefined {
  const segments = urlToSegments(url)
  const [first] = segments
  if (first === undefined) return undefined
  for (const [index, segment] of segments.entries()) {
    const file = FOLDER_FILES.get(segment)
    if (file !== undefined) return `${file} of the page at ${pathOf(segments.slice(0, index))} (${segment})`
  }
  if (TAXONOMY_FOLDERS.includes(first) && !isTaxonomyPage(url, location, segments.length))
    return segments.length === 1
      ? `the list of all ${first} (/${first}/)`
      : `the ${first}’ pages (/${first}/<${first === 'tags' ? 'tag' : 'category'}>/, each listing its pages)`
  const ownFolder = FILE_FOLDERS.get(first)
  if (ownFolder !== undefined && segments.length > 1) return ownFolder
  if (segments.length === 1 && LANGUAGE_FILES.has(first)) return LANGUAGE_FILES.get(first)
  if (options.atSiteRoot) {
    const siteFile = SITE_FILES.get(first)
    if (siteFile !== undefined && (segments.length === 1 || first === '_next')) return siteFile
    if (options.languageFolders?.includes(first)) return `the folder of the language ${first} (/${first}/)`
  }
  return undefined
}

/** The taxonomy's own `_index.md` at its place (`/tags/`), or a term's (`/tags/go/`). */
function isTaxonomyPage(url: string, location: ContentLocation, depth: number): boolean {
  return location.kind === 'section' && depth <= 2 && pageUrl(location) === url
}

function pathOf(segments: readonly string[]): string {
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`
}

/**
 * A `.` or `..` segment in a page's URL, from a `url` or `slug` in its front matter (or a
 * permalink pattern): where Hugo would publish the page instead (`/a/../b/` → `/b/`), or
 * undefined when the URL has none.
 */
export function climbingUrl(url: string): { cleaned: string } | undefined {
  const segments = urlToSegments(url)
  if (!segments.some((segment) => segment === '.' || segment === '..')) return undefined
  const cleaned: string[] = []
  for (const segment of segments) {
    if (segment === '..') cleaned.pop()
    else if (segment !== '.') cleaned.push(segment)
  }
  return { cleaned: pathOf(cleaned) }
}
