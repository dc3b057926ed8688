import type { SearchIndexPointer } from './index-pointer'
import { openSearchIndex, type SearchIndex } from './search-index'

export { searchBook } from './query'
export type { BookSearch, PageResult, Segment } from './query'

let loading: { url: string; index: Promise<SearchIndex> } | undefined

/** A file of the index, failing on an HTTP error (a 404 page is no index). */
async function text(address: string, init?: RequestInit): Promise<string> {
  const response = await fetch(address, init)
  if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${address}`)
  return response.text()
}

/**
 * The search index for this visit: its manifest fetched on first use, then the files each
 * query needs, kept until the page is reloaded. A failed load is forgotten, so a retry
 * fetches again.
 */
export function loadSearchIndex(url: string): Promise<SearchIndex> {
  if (loading?.url === url) return loading.index
  // `url` is the pointer (lib/search/index-file.ts): asked afresh, it names the manifest; the
  // manifest and its files (`index.<hash>.<name>`) are cached for ever.
  const index = text(url, { cache: 'no-cache' }).then(async (pointer) => {
    const manifest = (JSON.parse(pointer) as SearchIndexPointer).index
    const stem = manifest.replace(/json$/, '')
    return openSearchIndex(await text(manifest), (name) => text(stem + name))
  })
  index.catch(() => {
    if (loading?.index === index) loading = undefined
  })
  loading = { url, index }
  return index
}
