/**
 * The reader's recent searches, shown in the empty search dialog (as VitePress and DocSearch
 * do): the queries that opened a result, newest first, at most five, kept in localStorage.
 * Pure over a storage so it can be tested; the browser passes localStorage.
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

/**
 * Puts `query` first. The same query in another case or spacing is one entry, kept in its
 * newest spelling. Returns the new list (also when storage refuses to keep it).
 */
export function addRecentSearch(storage: StringStorage, query: string): string[] {
  const trimmed = query.trim().replace(/\s+/g, ' ')
  const current = readRecentSearches(storage)
  if (trimmed === '') return current
  const key = trimmed.toLowerCase()
  const next = [trimmed, ...current.filter((other) => other.trim().replace(/\s+/g, ' ').toLowerCase() !== key)].slice(
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
