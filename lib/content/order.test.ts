import { describe, expect, it } from 'vitest'
import { createPageComparator, type Orderable } from './order'

const page = (filePath: string, fields: Partial<Orderable> = {}): Orderable => ({ weight: 0, sortTitle: '', filePath, ...fields })
const order = (pages: Orderable[], language = 'zh-CN') => [...pages].sort(createPageComparator(language)).map((p) => p.filePath)

describe('Hugo page order', () => {
  it('puts weighted pages first by weight, then dated pages newest first, then by title', () => {
    // Expected order worked out by hand from Hugo's DefaultPageSort.
    const pages = [
      page('no-weight-zeta.md', { sortTitle: 'Zeta' }),
      page('w2.md', { weight: 2, sortTitle: 'Two' }),
      page('dated-jan.md', { date: '2025-01-01T00:00:00+00:00', sortTitle: 'Jan' }),
      page('no-title.md'),
      page('w1-old.md', { weight: 1, date: '2024-01-01T00:00:00+00:00', sortTitle: 'Old' }),
      page('dated-jun.md', { date: '2025-06-01T00:00:00+00:00', sortTitle: 'Jun' }),
      page('no-weight-alpha.md', { sortTitle: 'alpha' }),
      page('w1-new.md', { weight: 1, date: '2025-01-01T00:00:00+00:00', sortTitle: 'New' }),
      page('negative.md', { weight: -5, sortTitle: 'Neg' }),
    ]
    expect(order(pages)).toEqual([
      'negative.md',
      'w1-new.md',
      'w1-old.md',
      'w2.md',
      'dated-jun.md',
      'dated-jan.md',
      'no-title.md',
      'no-weight-alpha.md',
      'no-weight-zeta.md',
    ])
  })

  it('sorts a page without a front-matter title first among equals (its title sorts as "")', () => {
    expect(order([page('b.md', { sortTitle: 'A' }), page('a-untitled.md')])).toEqual(['a-untitled.md', 'b.md'])
  })

  it('compares Chinese titles in pinyin order for zh (CLDR puts Han before Latin there)', () => {
    expect(order([page('1.md', { sortTitle: '中文' }), page('2.md', { sortTitle: '阿里' }), page('3.md', { sortTitle: 'Beta' })])).toEqual(['2.md', '1.md', '3.md'])
    expect(order([page('1.md', { sortTitle: 'beta' }), page('2.md', { sortTitle: 'Alpha' })], 'en')).toEqual(['2.md', '1.md'])
  })

  it('compares dates to the second, with the same instant in two offsets equal', () => {
    const pages = [
      page('b.md', { date: '2025-01-01T08:00:00+08:00', sortTitle: 'B' }),
      page('a.md', { date: '2025-01-01T00:00:00+00:00', sortTitle: 'A' }),
    ]
    expect(order(pages)).toEqual(['a.md', 'b.md'])
  })

  it('falls back to the file path, case-insensitively', () => {
    expect(order([page('docs/b.md'), page('docs/A.md'), page('docs/a.md')])).toEqual(['docs/A.md', 'docs/a.md', 'docs/b.md'])
  })
})
