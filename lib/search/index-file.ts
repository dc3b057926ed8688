import { withBasePath } from '../formats/base-path'
import { sha256Hex } from '../formats/digest'
import type { Site } from '../site/site'
import { SEARCH_INDEX_ROUTE, type SearchIndexPointer } from './index-pointer'
import type { SearchablePage } from './records'
import { buildSearchIndex, exportSearchIndex } from './search-index'
import { pagesToRecords } from './records'

/**
 * The exported search index, `/search-index/index.<hash>.json`, named by the pointer the search
 * box is given (index-pointer.ts). Its name hashes what it is made of (the searchable records
 * and the version of the code that indexes them) rather than the index itself, so naming it
 * costs no index: only the route that writes the file builds one (seconds for a large book).
 */
export interface SearchIndexFile {
  /** e.g. `index.3ccabc63dbb0.json` */
  name: string
  /** Site URL of the file. */
  url: string
  /** The index, built on first call. */
  body: () => Promise<string>
}

/**
 * What the search indexes: every built page with a body (hidden and section pages too),
 * except bookSearchExclude ones; drafts are not built at all. Their URLs are public ones
 * (under the base path): the results are links.
 */
export function searchablePages(site: Site): SearchablePage[] {
  return site.pages
    .filter((page) => page.hasContent && !page.meta.bookSearchExclude)
    .map((page) => ({ url: withBasePath(site.config.basePath, page.url), title: page.title, breadcrumb: site.breadcrumbs(page).map((crumb) => crumb.title), sections: page.sections }))
}

const files = new WeakMap<Site, SearchIndexFile>()

/** The pointer's text: the index file's public URL. */
export function searchIndexPointer(site: Site, file: SearchIndexFile): string {
  const pointer: SearchIndexPointer = { index: withBasePath(site.config.basePath, file.url) }
  return JSON.stringify(pointer)
}

/** Made once per site (per build worker). `codeVersion`: the build id, which changes with the indexing code. */
export function searchIndexFile(site: Site, codeVersion = ''): SearchIndexFile {
  let file = files.get(site)
  if (!file) {
    const records = pagesToRecords(searchablePages(site))
    const name = `index.${sha256Hex(codeVersion, JSON.stringify(records)).slice(0, 12)}.json`
    let body: Promise<string> | undefined
    file = { name, url: `${SEARCH_INDEX_ROUTE}${name}`, body: () => (body ??= exportSearchIndex(buildSearchIndex(records))) }
    files.set(site, file)
  }
  return file
}
