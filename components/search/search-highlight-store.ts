/**
 * Hand-over from a chosen search result to the page it opens: which terms to mark there, and
 * the query as the reader typed it (the terms are the book's words: lower-cased, simplified,
 * spelled right), which the bar over the marks shows. Kept in sessionStorage for one arrival
 * only, so the marks are gone on the next navigation.
 */
const STORAGE_KEY = 'search-highlight'
export const HIGHLIGHT_EVENT = 'book:search-highlight'

interface StoredHighlight {
  url: string
  terms: string[]
  query: string
}

export interface SearchHighlightFor {
  terms: string[]
  /** What the reader typed; the terms joined when it was not stored. */
  query: string
}

export function rememberSearchHighlight(url: string, terms: string[], query: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ url, terms, query: query.trim() } satisfies StoredHighlight))
  } catch {
    return
  }
  // A result on the page being read: that page is not re-rendered, tell it directly.
  window.dispatchEvent(new Event(HIGHLIGHT_EVENT))
}

/** The terms to mark on the page at `pathname`, taken (and forgotten) if they are for it. */
export function takeSearchHighlight(pathname: string): SearchHighlightFor | undefined {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY)
    if (!stored) return undefined
    const highlight = JSON.parse(stored) as Partial<StoredHighlight>
    if (highlight.url !== pathname || !Array.isArray(highlight.terms)) return undefined
    sessionStorage.removeItem(STORAGE_KEY)
    const terms = highlight.terms.filter((term) => typeof term === 'string')
    const query = typeof highlight.query === 'string' && highlight.query !== '' ? highlight.query : terms.join(' ')
    return { terms, query }
  } catch {
    return undefined
  }
}
