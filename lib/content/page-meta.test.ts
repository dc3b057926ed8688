import { describe, expect, it } from 'vitest'
import { parseSource } from '../formats/front-matter'
import { readPageMeta } from './page-meta'
import { contentErrorOf } from '../../test/support/content'

const meta = (text: string) => readPageMeta(parseSource(text, 'a.md'), 'a.md')
const errorOf = (text: string) => contentErrorOf(() => meta(text))

describe('readPageMeta', () => {
  it('gives Hugo defaults when the front matter is absent', () => {
    expect(meta('just a body')).toEqual({
      title: undefined,
      linkTitle: undefined,
      weight: 0,
      date: undefined,
      lastmod: undefined,
      description: undefined,
      summary: undefined,
      draft: false,
      categories: [],
      tags: [],
      source: undefined,
      slug: undefined,
      url: undefined,
      bookCollapseSection: false,
      bookFlatSection: false,
      bookHidden: false,
      bookHref: undefined,
      toc: undefined,
      bookSearchExclude: false,
      menus: [],
      publishDate: undefined,
      expiryDate: undefined,
      headless: false,
      renderNever: false,
    })
  })

  it('reads the hugo-book fields, with keys in any case, and ignores unknown keys', () => {
    const result = meta('---\nTitle: 标题\nlinktitle: 短标题\nWEIGHT: 3\nBookFlatSection: true\nbookcollapsesection: true\nbookHidden: "true"\nbookHref: https://example.org\nbookSearchExclude: true\nunknownKey: { nested: 1 }\n---\n')
    expect(result).toMatchObject({
      title: '标题',
      linkTitle: '短标题',
      weight: 3,
      bookFlatSection: true,
      bookCollapseSection: true,
      bookHidden: true,
      bookHref: 'https://example.org',
      bookSearchExclude: true,
    })
  })

  it('takes theme params nested under params:', () => {
    expect(meta('---\nparams:\n  bookHidden: true\n---\n').bookHidden).toBe(true)
  })

  it('reads the date from its Hugo aliases, in Hugo’s order', () => {
    expect(meta('---\npubDate: 2025-12-31\n---\n').date).toBe('2025-12-31T00:00:00+00:00')
    expect(meta('---\npubdate: 2025-12-30\n---\n').date).toBe('2025-12-30T00:00:00+00:00')
    expect(meta('---\npublishDate: 2025-01-02T08:00:00+08:00\n---\n').date).toBe('2025-01-02T08:00:00+08:00')
    expect(meta('---\npublished: 2024-05-06\n---\n').date).toBe('2024-05-06T00:00:00+00:00')
    expect(meta('---\ndate: 2025-01-01\npubDate: 2025-12-31\n---\n').date).toBe('2025-01-01T00:00:00+00:00')
    expect(meta('---\nlastmod: 2025-03-03\n---\n')).toMatchObject({ date: '2025-03-03T00:00:00+00:00', lastmod: '2025-03-03T00:00:00+00:00' })
  })

  it('reads TOML datetimes with their offset', () => {
    expect(meta('+++\ndate = 2025-12-22T04:08:38+08:00\n+++\n').date).toBe('2025-12-22T04:08:38+08:00')
  })

  it('accepts bookToc and toc for the table of contents', () => {
    expect(meta('---\nbookToc: false\n---\n').toc).toBe(false)
    expect(meta('---\ntoc: true\n---\n').toc).toBe(true)
  })

  it('turns a single category into a list and numbers into text', () => {
    expect(meta('---\ncategories: AI\ntags: [2025, 大模型]\ntitle: 2025\n---\n')).toMatchObject({ categories: ['AI'], tags: ['2025', '大模型'], title: '2025' })
  })

  it('accepts numeric weights written as text, and negative weights', () => {
    expect(meta('---\nweight: "7"\n---\n').weight).toBe(7)
    expect(meta('---\nweight: -2\n---\n').weight).toBe(-2)
  })

  it('rejects a weight that is not a number, naming the field and its line', () => {
    const error = errorOf('---\ntitle: x\nweight: "abc"\n---\n')
    expect(error.line).toBe(3)
    expect(error.message).toBe('weight: expected a whole number, found "abc"')
    expect(error.hint).toMatch(/weight: 10/)
  })

  it('rejects a date it cannot read, naming the field and its line', () => {
    const error = errorOf('---\ntitle: x\ndate: 31/12/2025\n---\n')
    expect(error.line).toBe(3)
    expect(error.message).toBe('date: cannot read "31/12/2025" as a date')
    expect(error.hint).toMatch(/YYYY-MM-DD/)
    expect(errorOf('---\npubDate: 2025-02-30\n---\n').message).toMatch(/^pubdate: cannot read "2025-02-30"/)
  })

  it('rejects a flag that is neither true nor false', () => {
    expect(errorOf('---\nbookHidden: maybe\n---\n').message).toMatch(/^bookhidden: expected true or false/)
  })
})
