import { withBasePath } from '../formats/base-path'
import type { Site } from '../site/site'
import { hashedFile, type HashedFile } from '../site/static-file'
import { SEARCH_INDEX_ROUTE, type SearchIndexPointer } from './index-pointer'
import type { SearchablePage } from './records'
import { buildSearchIndex, exportSearchIndex } from './search-index'
import { pagesToRecords } from './records'

/** The exported search index: `/search-index/index.<hash>.json`, named by the pointer the search box is given (index-pointer.ts). */
export type SearchIndexFile = HashedFile

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

const files = new WeakMap<Site, Promise<SearchIndexFile>>()

/** The pointer's text: the index file's public URL. */
export function searchIndexPointer(site: Site, file: SearchIndexFile): string {
  const pointer: SearchIndexPointer = { index: withBasePath(site.config.basePath, file.url) }
  return JSON.stringify(pointer)
}

/** Built once per site (per build worker) by the route that writes it and the pointer. */
export function searchIndexFile(site: Site): Promise<SearchIndexFile> {
  let file = files.get(site)
  if (!file) {
    file = exportSearchIndex(buildSearchIndex(pagesToRecords(searchablePages(site)))).then((json) => hashedFile(SEARCH_INDEX_ROUTE, 'index', 'json', json))
    files.set(site, file)
  }
  return file
}
