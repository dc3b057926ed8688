import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldHan, hanFoldSubset, hasHan, parseHanFoldTable, serializeHanFoldTable } from './han-fold'
import { fullHanFoldTable } from './han-fold-full'
import { OPENCC_TS_CHARACTERS } from './data/opencc-ts-characters'

const table = fullHanFoldTable()
const fold = (text: string) => foldHan(text, table)
const codePoints = (text: string) => Array.from(text).length

describe('foldHan with the full table', () => {
  it('folds traditional words to their simplified form', () => {
    expect(fold('鵜鶘')).toBe('鹈鹕')
    expect(fold('開源權重')).toBe('开源权重')
    expect(fold('思維鏈監控')).toBe('思维链监控')
  })

  it('folds both spellings of Taiwan to one', () => {
    expect(fold('臺灣')).toBe('台湾')
    expect(fold('台灣')).toBe('台湾')
  })

  it('folds Taiwan and Hong Kong variants the way their standard form folds', () => {
    expect(fold('裏')).toBe('里')
    expect(fold('裡')).toBe('里')
    expect(fold('衞生')).toBe(fold('衛生'))
    expect(fold('屋簷')).toBe('屋檐')
  })

  it('keeps 著, which simplified Chinese writes too (著作), apart from 着', () => {
    expect(fold('著作')).toBe('著作')
    expect(fold('穿着')).toBe('穿着')
  })

  it('returns simplified, Latin and mixed text without Chinese to fold as the same string', () => {
    for (const text of ['开源权重的思维链监控', 'Claude Code, gpt-oss-120b', '', 'ＲＬＶＲ 使用RLVR训练。'])
      expect(fold(text)).toBe(text)
  })

  it('folds only the characters it has, in Latin and punctuation around them', () => {
    expect(fold('使用RLVR訓練（開源）')).toBe('使用RLVR训练（开源）')
  })

  it('folds astral characters and characters that cross the BMP boundary, by code point', () => {
    const [bmpToAstral] = [...table].filter(([from, to]) => from.length === 1 && to.length === 2)
    const [astralFrom] = [...table].filter(([from]) => from.length === 2)
    expect(bmpToAstral).toBeDefined()
    expect(astralFrom).toBeDefined()
    const text = `a${bmpToAstral![0]}b${astralFrom![0]}c`
    const folded = fold(text)
    expect(folded).toBe(`a${bmpToAstral![1]}b${astralFrom![1]}c`)
    // UTF-16 length changes (the reason callers map offsets by code point); code points do not.
    expect(folded.length).not.toBe(text.length)
    expect(codePoints(folded)).toBe(codePoints(text))
  })

  it('is the same as replacing each code point on its own, keeps the length in code points, and folds once for good (random text)', () => {
    const keys = [...table.keys()]
    const values = [...table.values()]
    const piece = fc.oneof(
      fc.constantFrom(...keys),
      fc.constantFrom(...values),
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.constantFrom('\uD842', '\uDFB7', 'a', '，'),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        const folded = fold(text)
        expect(folded).toBe(
          Array.from(text)
            .map((char) => table.get(char) ?? char)
            .join(''),
        )
        expect(codePoints(folded)).toBe(codePoints(text))
        expect(fold(folded)).toBe(folded)
      }),
    )
  })

  it('does not split a lone surrogate from the Han character after it', () => {
    expect(fold('\uD842開')).toBe('\uD842开')
    expect(fold('開\uDFB7')).toBe('开\uDFB7')
  })
})

describe('the full table', () => {
  it('has more than 2,000 entries, none mapping a character to itself or to another key', () => {
    expect(table.size).toBeGreaterThan(2000)
    for (const [from, to] of table) {
      expect(to).not.toBe(from)
      expect(table.has(to)).toBe(false)
    }
  })

  it('reads back from its pairs string as written (serialize ∘ parse is the identity)', () => {
    expect(serializeHanFoldTable(parseHanFoldTable(OPENCC_TS_CHARACTERS))).toBe(OPENCC_TS_CHARACTERS)
  })

  it('is parsed once', () => {
    expect(fullHanFoldTable()).toBe(table)
  })
})

describe('hanFoldSubset', () => {
  it('keeps only the entries whose simplified side is one of the given characters', () => {
    const subset = hanFoldSubset(table, '开源台')
    expect(subset.get('開')).toBe('开')
    expect(subset.get('臺')).toBe('台')
    expect(subset.get('檯')).toBe('台')
    expect(subset.get('颱')).toBe('台')
    expect(subset.has('權')).toBe(false)
    for (const simplified of subset.values()) expect('开源台').toContain(simplified)
    expect(subset.size).toBe([...table.values()].filter((to) => '开源台'.includes(to)).length)
  })

  it('folds a query the way the full table does for every character the book has', () => {
    const book = fold('開源權重與思維鏈監控')
    const subset = hanFoldSubset(table, book)
    expect(foldHan('開源權重', subset)).toBe('开源权重')
    // 鵜 folds to a character the book lacks: left as is, it cannot match either way.
    expect(foldHan('鵜', subset)).toBe('鵜')
  })

  it('takes an iterable of characters (a set)', () => {
    expect(hanFoldSubset(table, new Set(['鹈'])).get('鵜')).toBe('鹈')
    expect(hanFoldSubset(table, []).size).toBe(0)
  })
})

describe('the pairs string', () => {
  it('serializes sorted by the traditional code point, astral characters after the BMP', () => {
    const table = new Map([
      ['𠌥', '开'],
      ['開', '开'],
      ['來', '来'],
    ])
    expect(serializeHanFoldTable(table)).toBe('來来開开𠌥开')
    expect(parseHanFoldTable('來来開开𠌥开')).toEqual(new Map(table))
  })

  it('rejects a string cut in the middle of a pair', () => {
    expect(() => parseHanFoldTable('開开來')).toThrow(/3 characters is not a whole number of pairs/)
  })

  it('rejects a character mapped to itself, a repeated character, and non-Han characters, naming the pair', () => {
    expect(() => parseHanFoldTable('開开來來')).toThrow(/pair 2 "來來" maps a character to itself/)
    expect(() => parseHanFoldTable('開开開關')).toThrow(/pair 2 "開關" repeats "開"/)
    expect(() => parseHanFoldTable('開开a来')).toThrow(/pair 2 "a来" is not two Han characters/)
  })

  it('refuses to write an entry that is not one character to one', () => {
    expect(() => serializeHanFoldTable(new Map([['開源', '开源']]))).toThrow(
      /"開源" → "开源" is not one character to one character/,
    )
  })
})

describe('hasHan', () => {
  it('tells text with Chinese characters from text without', () => {
    expect(hasHan('使用RLVR')).toBe(true)
    expect(hasHan('𠌥')).toBe(true)
    expect(hasHan('RLVR，。')).toBe(false)
    expect(hasHan('カタカナ 한국어')).toBe(false)
  })
})
