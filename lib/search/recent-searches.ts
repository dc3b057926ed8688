/**
 * The reader's recent searches, shown in the empty search dialog (as DocSearch does): newest
 * first, at most five, kept in localStorage. The dialog calls a query searched when the reader
 * paused on its results, pressed Enter or opened a result (SearchCombobox); a query that found
 * nothing is never offered again (it would find nothing again). Pure over a storage so it can
 * be tested; the browser passes localStorage.
 */
export const RECENT_SEARCHES_KEY = 'search-recent'
export const MAX_RECENT_SEARCHES = 5

type StringStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The stored queries; anything unreadable (private mode, hand-edited storage) reads as none. */
export function readRecentSearches(storage: StringStorage): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(RECENT_SEARCHES_KEY) ?? '[]')
    if (!Array.isArray(parsed)) return []
    return parsed
      .filter((query): query is string => typeof query === 'string' && query.trim() !== '')
      .slice(0, MAX_RECENT_SEARCHES)
  } catch {
    return []
  }
}

/** One spelling per query: trimmed, single spaces. */
const tidy = (query: string) => query.trim().replace(/\s+/g, ' ')
/** Queries that differ only in case or spacing are one entry. */
const sameKey = (query: string) => tidy(query).toLowerCase()

/**
 * Puts `query` first. The same query in another case or spacing is one entry, kept in its
 * newest spelling. `continuing` is the query this dialog session stored last: when the new
 * query begins with it, the reader paused mid-word and typed on (`Antigr` → `Antigravity`),
 * so the new query takes its place instead of listing both. Returns the new list (also when
 * storage refuses to keep it).
 */
export function addRecentSearch(storage: StringStorage, query: string, continuing?: string): string[] {
  const trimmed = tidy(query)
  const current = readRecentSearches(storage)
  if (trimmed === '') return current
  const key = sameKey(trimmed)
  const replaced = continuing !== undefined && key.startsWith(sameKey(continuing)) ? sameKey(continuing) : undefined
  const next = [trimmed, ...current.filter((other) => ![key, replaced].includes(sameKey(other)))].slice(
    0,
    MAX_RECENT_SEARCHES,
  )
  try {
    storage.setItem(RECENT_SEARCHES_KEY, JSON.stringify(next))
  } catch {
    // Storage full or forbidden: the list lasts for this page only.
  }
  return next
}

export function clearRecentSearches(storage: StringStorage): void {
  try {
    storage.removeItem(RECENT_SEARCHES_KEY)
  } catch {
    // Forbidden storage held nothing to clear.
  }
}
