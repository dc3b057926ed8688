import { importSearchIndex, type SearchIndex } from './search-index'

export { searchBook } from './query'
export type { PageResult, Segment } from './query'

let loading: { url: string; index: Promise<SearchIndex> } | undefined

/**
 * The search index for this visit: fetched and imported on first use, then reused by
 * every search until the page is reloaded. A failed load is forgotten, so a retry fetches again.
 */
export function loadSearchIndex(url: string): Promise<SearchIndex> {
  if (loading?.url === url) return loading.index
  const index = fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`)
      return response.text()
    })
    .then(importSearchIndex)
  index.catch(() => {
    if (loading?.index === index) loading = undefined
  })
  loading = { url, index }
  return index
}
