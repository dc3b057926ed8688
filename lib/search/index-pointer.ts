/**
 * Every page links to the search index through a small file of a fixed name, which names the
 * current index file (`index.<hash>.json`). A page need not change when only the index does,
 * so rebuilding after an edit re-renders the edited page alone, not every page that links to
 * the index. The pointer is asked afresh on each visit (Cache-Control: no-cache, as every
 * file without a hash in its name); the index it names is cached for ever.
 */
export interface SearchIndexPointer {
  /** Public URL of the index file. */
  index: string
}

export const SEARCH_INDEX_ROUTE = '/search-index/'
export const SEARCH_INDEX_POINTER_NAME = 'current.json'
/** Site URL of the pointer. */
export const SEARCH_INDEX_POINTER = `${SEARCH_INDEX_ROUTE}${SEARCH_INDEX_POINTER_NAME}`
