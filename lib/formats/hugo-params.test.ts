import { parse as parseToml } from 'smol-toml'
import { describe, expect, it } from 'vitest'
import { goPrint, goTimeString, hugoParams, isGoEmpty, lookupParam, PAGE_DATE_KEYS } from './hugo-params'

// Expectations are what Hugo 0.111's {{< param >}} printed for the same front matter and [params].
describe('Hugo params', () => {
  it('prints dates as Go prints a time: UTC when no zone is written, else the offset as written', () => {
    expect(goTimeString('2023-01-02')).toBe('2023-01-02 00:00:00 +0000 UTC')
    expect(goTimeString('2023-01-02T10:00:00+08:00')).toBe('2023-01-02 10:00:00 +0800 +0800')
    expect(goTimeString('2023-01-02T10:00:00.500Z')).toBe('2023-01-02 10:00:00.5 +0000 UTC')
    expect(goTimeString('tomorrow')).toBeUndefined()
  })

  it('lower-cases keys at every level; TOML dates and the page’s date keys become Go’s text, other text stays', () => {
    const toml = parseToml('Date = 2023-01-02T10:00:00+08:00\nlastmod = 2023-02-03\n[Nested]\nK = 1')
    expect(hugoParams(toml, PAGE_DATE_KEYS)).toEqual({
      date: '2023-01-02 10:00:00 +0800 +0800',
      lastmod: '2023-02-03 00:00:00 +0000 UTC',
      nested: { k: 1 },
    })
    expect(hugoParams({ date: '2023-01-02', dt: '2023-01-02' }, PAGE_DATE_KEYS)).toEqual({
      date: '2023-01-02 00:00:00 +0000 UTC',
      dt: '2023-01-02',
    })
  })

  it('finds a key in the page’s params, then the site’s; a dotted key through tables, each set in turn', () => {
    const page = hugoParams({ color: 'red', nested: { deep: 'page' }, 'a.b': 'exact' })
    const site = hugoParams({ color: 'blue', author: 'Ada', nested: { deep: 'site', only: 'site only' } })
    expect(lookupParam('Color', page, site)).toBe('red')
    expect(lookupParam('author', page, site)).toBe('Ada')
    expect(lookupParam('nested.deep', page, site)).toBe('page')
    expect(lookupParam('nested.only', page, site)).toBe('site only')
    expect(lookupParam('a.b', page, site)).toBe('exact')
    expect(lookupParam('nested.deep.deeper', page, site)).toBeUndefined()
    expect(lookupParam('nope', page, site)).toBeUndefined()
  })

  it('prints values as Go’s fmt does, and takes false, 0 and empty values for none, as Hugo’s with does', () => {
    expect(goPrint(['a', 'b'])).toBe('[a b]')
    expect(goPrint({ inner: { k: 'v' }, deep: 'page deep' })).toBe('map[deep:page deep inner:map[k:v]]')
    expect(goPrint(1.5)).toBe('1.5')
    expect(goPrint(true)).toBe('true')
    for (const empty of [false, 0, '', [], {}, undefined, null]) expect(isGoEmpty(empty)).toBe(true)
    for (const value of [true, 1, 'x', ['a'], { a: 1 }]) expect(isGoEmpty(value)).toBe(false)
  })
})
