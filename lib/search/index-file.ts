import { createHash } from 'node:crypto'
import type { Site } from '../content/site'
import type { SearchablePage } from './records'
import { buildSearchIndex, exportSearchIndex } from './search-index'
import { pagesToRecords } from './records'

/** The exported search index as a static file whose name carries a hash of its content. */
export interface SearchIndexFile {
  /** `index.<hash>.json` */
  name: string
  /** Site URL of the file, given to the search box. */
  url: string
  json: string
}

export const SEARCH_INDEX_ROUTE = '/search-index/'

/**
 * What the search indexes: every built page with a body (hidden and section pages too),
 * except bookSearchExclude ones; drafts are not built at all.
 */
export function searchablePages(site: Site): SearchablePage[] {
  return site.pages
    .filter((page) => page.hasContent && !page.meta.bookSearchExclude)
    .map((page) => ({ url: page.url, title: page.title, breadcrumb: site.breadcrumbs(page).map((crumb) => crumb.title), sections: page.sections }))
}

const files = new WeakMap<Site, Promise<SearchIndexFile>>()

/** Built once per site (per build worker): the route writes it, every page links to it. */
export function searchIndexFile(site: Site): Promise<SearchIndexFile> {
  let file = files.get(site)
  if (!file) {
    file = exportSearchIndex(buildSearchIndex(pagesToRecords(searchablePages(site)))).then((json) => {
      const name = `index.${createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`
      return { name, url: `${SEARCH_INDEX_ROUTE}${name}`, json }
    })
    files.set(site, file)
  }
  return file
}
