/**
 * Hand-over from a chosen search result to the page it opens: which terms to mark there.
 * Kept in sessionStorage for one arrival only, so the marks are gone on the next navigation.
 */
const STORAGE_KEY = 'search-highlight'
export const HIGHLIGHT_EVENT = 'book:search-highlight'

export interface SearchHighlight {
  url: string
  terms: string[]
}

export function rememberSearchHighlight(url: string, terms: string[]): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ url, terms } satisfies SearchHighlight))
  } catch {
    return
  }
  // A result on the page being read: that page is not re-rendered, tell it directly.
  window.dispatchEvent(new Event(HIGHLIGHT_EVENT))
}

/** The terms to mark on the page at `pathname`, taken (and forgotten) if they are for it. */
export function takeSearchHighlight(pathname: string): string[] | undefined {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY)
    if (!stored) return undefined
    const highlight = JSON.parse(stored) as SearchHighlight
    if (highlight.url !== pathname || !Array.isArray(highlight.terms)) return undefined
    sessionStorage.removeItem(STORAGE_KEY)
    return highlight.terms.filter((term) => typeof term === 'string')
  } catch {
    return undefined
  }
}
