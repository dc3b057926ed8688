import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIXTURE_BOOK, openTestIndex } from '../../test/support/search-fixture'
import { highlightTerms, queryTerms, searchBook } from './query'

const index = await openTestIndex(FIXTURE_BOOK)
const anyQuery = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    '.*+?^${}()|[]\\',
    '推理 Claude Code',
    '\u0000推理',
    '%E4%',
  ),
  fc
    .array(fc.constantFrom('推理', '开源', 'Claude', 'Code', 'DeepSeek', ' ', '-', '<b>', '\u0000'), { maxLength: 30 })
    .map((parts) => parts.join('')),
)

describe('search queries, arbitrary (fast-check)', () => {
  it('are read into at most 10 distinct terms, and searching never throws', async () => {
    await fc.assert(
      fc.asyncProperty(anyQuery, async (query) => {
        const terms = queryTerms(query)
        expect(terms.length).toBeLessThanOrEqual(10)
        expect(new Set(terms.map((term) => term.text)).size).toBe(terms.length)
        expect(highlightTerms(query)).toEqual(terms.map((term) => term.text))
        const results = (await searchBook(index, query)).pages
        expect(results.length).toBeLessThanOrEqual(10)
        // Results are pages of the book, whatever was typed.
        for (const result of results) expect(FIXTURE_BOOK.some((page) => page.url === result.url)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
