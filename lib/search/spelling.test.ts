import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allowedEdits, closestWords, editDistance } from './spelling'
import type { VocabularyFile } from './search-format'

const vocabulary =
  (words: [string, number][]) =>
  async (length: number): Promise<VocabularyFile> =>
    words.filter(([word]) => Array.from(word).length === length)

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('antigravty', 'antigravity', 2)).toBe(1) // a letter missing
    expect(editDistance('sanfilipo', 'sanfilippo', 2)).toBe(1)
    expect(editDistance('karpahty', 'karpathy', 2)).toBe(1) // two letters swapped
    expect(editDistance('gemini', 'gemina', 2)).toBe(1)
    expect(editDistance('claude', 'claude', 2)).toBe(0)
    expect(editDistance('kitten', 'sitting', 5)).toBe(3)
  })

  it('stops early past the allowed edits', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 1)).toBe(2)
    expect(editDistance('short', 'muchlongerword', 2)).toBe(3)
  })

  it('is symmetric and zero only for equal words (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b, 30)).toBe(editDistance(b, a, 30))
        expect(editDistance(a, b, 30) === 0).toBe(a === b)
      }),
    )
  })
})

describe('closestWords', () => {
  const book = vocabulary([
    ['antigravity', 3],
    ['sanfilippo', 1],
    ['gemini', 9],
    ['gemma', 4],
    ['germane', 1],
    ['model', 40],
    ['models', 12],
  ])

  it('allows 1 edit for 5–8 letters, 2 beyond, none for shorter words', () => {
    expect([4, 5, 8, 9, 15].map(allowedEdits)).toEqual([0, 1, 1, 2, 2])
  })

  it('finds the book’s closest words, the most common first', async () => {
    expect(await closestWords('antigravty', book)).toEqual(['antigravity'])
    expect(await closestWords('antgravty', book)).toEqual(['antigravity']) // 2 edits: allowed for 9 letters
    expect(await closestWords('modle', book)).toEqual(['model'])
    expect(await closestWords('modela', book)).toEqual(['model', 'models']) // both 1 edit away: 40 sections before 12
  })

  it('leaves short words, words with digits and non-Latin words alone', async () => {
    expect(await closestWords('gema', book)).toEqual([]) // 4 letters
    expect(await closestWords('gemini3', book)).toEqual([])
    expect(await closestWords('鹈鹕鹈鹕鹈', book)).toEqual([])
  })

  it('finds nothing when no word is close enough', async () => {
    expect(await closestWords('qwxzvbnm', book)).toEqual([])
    expect(await closestWords('antigrav', book)).toEqual([]) // 3 letters short of antigravity: not a typo
  })
})
