import type { SearchIndexPointer } from './index-pointer'
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
  // `url` is the pointer (lib/search/index-file.ts): asked afresh, it names the index file, which is cached for ever.
  const text = (address: string, init?: RequestInit) =>
    fetch(address, init).then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${address}`)
      return response.text()
    })
  const index = text(url, { cache: 'no-cache' })
    .then((pointer) => text((JSON.parse(pointer) as SearchIndexPointer).index))
    .then(importSearchIndex)
  index.catch(() => {
    if (loading?.index === index) loading = undefined
  })
  loading = { url, index }
  return index
}
