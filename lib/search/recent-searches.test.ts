import { describe, expect, it } from 'vitest'
import {
  addRecentSearch,
  clearRecentSearches,
  MAX_RECENT_SEARCHES,
  readRecentSearches,
  RECENT_SEARCHES_KEY,
} from './recent-searches'

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

describe('recent searches', () => {
  it('keeps the newest first, at most five', () => {
    const storage = memoryStorage()
    for (const query of ['a', 'b', 'c', 'd', 'e', 'f']) addRecentSearch(storage, query)
    expect(readRecentSearches(storage)).toEqual(['f', 'e', 'd', 'c', 'b'])
    expect(MAX_RECENT_SEARCHES).toBe(5)
  })

  it('moves a repeated query to the front in its newest spelling, whatever its case or spacing', () => {
    const storage = memoryStorage()
    addRecentSearch(storage, 'deepseek')
    addRecentSearch(storage, '鹈鹕')
    expect(addRecentSearch(storage, '  DeepSeek ')).toEqual(['DeepSeek', '鹈鹕'])
    expect(addRecentSearch(storage, 'vibe   coding')).toEqual(['vibe coding', 'DeepSeek', '鹈鹕'])
  })

  it('lets a query typed on from the one this dialog session stored take its place, and only that', () => {
    const storage = memoryStorage()
    addRecentSearch(storage, 'RLVR')
    // Paused on “Antigr”, typed on to “Antigravity”, then to “Antigravity IDE”: one entry, the last.
    addRecentSearch(storage, 'Antigr')
    expect(addRecentSearch(storage, 'Antigravity', 'Antigr')).toEqual(['Antigravity', 'RLVR'])
    expect(addRecentSearch(storage, 'antigravity  IDE', 'Antigravity')).toEqual(['antigravity IDE', 'RLVR'])
    addRecentSearch(storage, '鹈')
    expect(addRecentSearch(storage, '鹈鹕', '鹈')).toEqual(['鹈鹕', 'antigravity IDE', 'RLVR'])
    // Shortened (a wider search), another query, or going on from an earlier session's query: both are kept.
    expect(addRecentSearch(storage, '鹈', '鹈鹕')).toEqual(['鹈', '鹈鹕', 'antigravity IDE', 'RLVR'])
    expect(addRecentSearch(storage, '推理', '鹈')).toEqual(['推理', '鹈', '鹈鹕', 'antigravity IDE', 'RLVR'])
    expect(addRecentSearch(storage, '推理模型')).toEqual(['推理模型', '推理', '鹈', '鹈鹕', 'antigravity IDE'])
  })

  it('ignores a blank query', () => {
    const storage = memoryStorage()
    expect(addRecentSearch(storage, '   ')).toEqual([])
    expect(storage.getItem(RECENT_SEARCHES_KEY)).toBeNull()
  })

  it('reads unreadable storage as no searches', () => {
    expect(readRecentSearches(memoryStorage({ [RECENT_SEARCHES_KEY]: '{not json' }))).toEqual([])
    expect(readRecentSearches(memoryStorage({ [RECENT_SEARCHES_KEY]: '{"a":1}' }))).toEqual([])
    expect(readRecentSearches(memoryStorage({ [RECENT_SEARCHES_KEY]: '["ok", 3, "", null]' }))).toEqual(['ok'])
  })

  it('still returns the list when storage refuses to keep it', () => {
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    expect(addRecentSearch(refusing, 'RLVR')).toEqual(['RLVR'])
  })

  it('clears', () => {
    const storage = memoryStorage()
    addRecentSearch(storage, 'RLVR')
    clearRecentSearches(storage)
    expect(readRecentSearches(storage)).toEqual([])
  })
})
