import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EXACT_TOKENS, flexsearchEncoding, lookupTokens, splitTerms, tokenize } from './encoder'

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  // Lone surrogates and controls, which no parser should hand us but a paste might.
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        '推理',
        'gpt-oss-120b',
        'ＲＬＶＲ',
        'Claude',
        ' ',
        '-',
        '.',
        '_',
        '\u200b',
        '\u00ad',
        'é',
        'e\u0301',
        '한국어',
        'カタカナー',
      ),
      { maxLength: 20 },
    )
    .map((parts) => parts.join('')),
)

describe('search encoder, on arbitrary text (fast-check)', () => {
  it('never throws, and gives the same tokens every time', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text)
        expect(tokenize(text)).toEqual(tokens)
        // A leading U+0000 marks a list of exact tokens (the query side); content never starts with it.
        if (!text.startsWith(EXACT_TOKENS)) expect(flexsearchEncoding.encode(text)).toEqual(tokens)
        else expect(flexsearchEncoding.encode(text)).toEqual(text.slice(1).split(EXACT_TOKENS))
      }),
      { numRuns: 1000 },
    )
  })

  it('makes tokens that are non-empty, distinct, lower case, without spaces or half characters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text)
        expect(new Set(tokens).size).toBe(tokens.length)
        for (const token of tokens) {
          expect(token).not.toBe('')
          expect(token).not.toMatch(/\s/u)
          expect(token.toLowerCase()).toBe(token)
          expect(token.isWellFormed()).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('a text can be found by any of its own words: every lookup token of a term is an index token', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const indexed = new Set(tokenize(text))
        for (const term of splitTerms(text))
          for (const token of lookupTokens(term)) expect(indexed.has(token)).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })
})
