import { describe, expect, it } from 'vitest'
import { fill, fillCount } from './fill'
import { dictionaryLanguages, wordsFor } from './index'
import type { PluralTemplates } from './words'

describe('wordsFor', () => {
  it.each([
    // [site language, dictionary used]
    ['en', 'en'],
    ['zh-CN', 'zh-CN'],
    ['ZH-tw', 'zh-TW'], // case-insensitive
    ['DE', 'de'],
    ['pt_BR', 'pt'], // underscores, as some configs write them
    ['pt-BR', 'pt'], // primary subtag
    ['en-US', 'en'],
    ['es-419', 'es'],
    ['fr-CA', 'fr'],
    ['ja-JP', 'ja'],
    ['jp', 'ja'], // hugo-book's jp.yaml
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'], // the script decides before the region
    ['cn', 'zh-CN'], // hugo-book's cn.yaml; real Hugo sites write languageCode = "cn"
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-CN', 'zh-TW'],
    [' ko ', 'ko'],
  ])('%s → %s', (language, expected) => {
    expect(wordsFor(language)).toMatchObject({ language: expected, fallback: false })
  })

  it.each(['it', 'nl-BE', '', 'x'])('%j has no dictionary: English, marked as a fallback', (language) => {
    const found = wordsFor(language)
    expect(found).toMatchObject({ language: 'en', fallback: true })
    expect(found.words.ui.previous).toBe('Previous')
  })

  it('gives each language its own words', () => {
    expect(wordsFor('zh-CN').words.ui.next).toBe('下一页')
    expect(wordsFor('zh-TW').words.ui.next).toBe('下一頁')
    expect(wordsFor('en-GB').words.ui.next).toBe('Next')
    expect(dictionaryLanguages).toEqual(['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'de', 'fr', 'es', 'pt', 'ru'])
  })

  it('keeps the default Chinese book’s words', () => {
    const { markdown, lists, ui } = wordsFor('zh-CN').words
    expect(markdown.footnotesLabel).toBe('脚注')
    expect(markdown.footnoteBackLabel(0, 1)).toBe('返回正文第 1 处引用')
    expect(markdown.footnoteBackLabel(2, 3)).toBe('返回正文第 3 处引用（3）')
    expect(markdown.headingAnchorLabel('安装')).toBe('链接到“安装”')
    expect(ui.labelValue(ui.themeLabel, ui.themeNames.dark)).toBe('配色：深色')
    expect(lists.termTitle('标签', 'Go')).toBe('标签：Go')
  })
})

/** Arguments for every function-valued word, and what the result must contain (case aside). */
const SAMPLES: Record<string, [args: unknown[], contains: string[]][]> = {
  'ui.readingTime': [[[7], ['7']]],
  'ui.sourceHost': [[['example.org'], ['example.org']]],
  'ui.labelValue': [
    [
      ['Xlabel', 'Xvalue'],
      ['Xlabel', 'Xvalue'],
    ],
  ],
  'lists.termTitle': [
    [
      ['Xtaxonomy', 'Xterm'],
      ['Xtaxonomy', 'Xterm'],
    ],
  ],
  'lists.pageNumber': [[[3], ['3']]],
  'lists.pageCount': [0, 1, 2, 5, 21, 112].map((count): [unknown[], string[]] => [[count], [String(count)]]),
  'lists.noTerms': [[['Xtaxonomy'], ['Xtaxonomy']]],
  'lists.termDescription': [
    [
      ['Xtaxonomy', 'Xterm', 3],
      ['Xtaxonomy', 'Xterm', '3'],
    ],
  ],
  'lists.taxonomyDescription': [
    [
      ['Xtaxonomy', 12],
      ['Xtaxonomy', '12'],
    ],
  ],
  'lists.titleWithPage': [
    [
      ['Xtitle', 2],
      ['Xtitle', '2'],
    ],
  ],
  'markdown.footnoteBackLabel': [
    [
      [4, 7],
      ['5', '7'],
    ],
    [[0, 1], ['1']],
  ],
  'markdown.headingAnchorLabel': [[['Xheading'], ['Xheading']]],
  'markdown.tabName': [[[2], ['2']]],
}

/** A counted template's plural forms (words.ts PluralTemplates): one word, whose forms differ by language. */
const isPlural = (value: object): value is PluralTemplates => typeof (value as { other?: unknown }).other === 'string'

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object' || isPlural(value)) return [[path, value]]
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key))
}

const places = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe.each(dictionaryLanguages)('the %s dictionary', (language) => {
  const words = wordsFor(language).words
  const reference = new Map(leaves(wordsFor('en').words))

  it('has every word English has, and no other', () => {
    expect(leaves(words).map(([path]) => path)).toEqual([...reference.keys()])
  })

  it.each(leaves(words))(
    '%s is a non-empty string, a function of its arguments, or the plural forms of its language',
    (path, word) => {
      if (typeof word === 'string') {
        expect(word.trim()).not.toBe('')
        // A template keeps the places the component fills in.
        expect(places(word)).toEqual(places(reference.get(path) as string))
        return
      }
      if (typeof word === 'object' && word !== null) {
        // Every plural form the language has (and no other), each keeping the reference's places.
        const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories
        expect(Object.keys(word).sort()).toEqual([...forms].sort())
        const referencePlaces = places((reference.get(path) as PluralTemplates).other)
        for (const template of Object.values(word) as string[]) expect(places(template)).toEqual(referencePlaces)
        return
      }
      expect(typeof word).toBe('function')
      const samples = SAMPLES[path]
      expect(samples, `add sample arguments for ${path} to SAMPLES`).toBeDefined()
      for (const [args, contains] of samples!) {
        const result = (word as (...args: unknown[]) => unknown)(...args)
        expect(typeof result).toBe('string')
        expect((result as string).trim()).not.toBe('')
        for (const part of contains) expect((result as string).toLowerCase()).toContain(part.toLowerCase())
      }
    },
  )
})

describe('fill', () => {
  it('fills the places it has values for and leaves the others', () => {
    expect(fill('Nothing found for “{query}”', { query: 'a $& b' })).toBe('Nothing found for “a $& b”')
    expect(fill('{a} and {b}', { a: '1' })).toBe('1 and {b}')
  })
})

describe('fillCount', () => {
  it('says a count in the plural form the language uses for it', () => {
    const count = (language: string, counts: number[]) =>
      counts.map((n) => fillCount(wordsFor(language).words.ui.search.resultCount, n, language))
    expect(count('en', [1, 2, 21])).toEqual(['1 result', '2 results', '21 results'])
    expect(count('ru', [1, 3, 5, 11, 21, 22])).toEqual([
      '1 результат',
      '3 результата',
      '5 результатов',
      '11 результатов',
      '21 результат',
      '22 результата',
    ])
    expect(count('fr', [1, 2, 1000000])).toEqual(['1 résultat', '2 résultats', '1000000 de résultats'])
    expect(count('zh-CN', [1, 5])).toEqual(['找到 1 个结果', '找到 5 个结果'])
  })

  it('falls back to the other form when a form is missing', () => {
    expect(fillCount({ other: '{count} hits' }, 1, 'en')).toBe('1 hits')
  })
})
