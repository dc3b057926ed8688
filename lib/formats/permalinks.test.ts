import { describe, expect, it } from 'vitest'
import { expandPermalink, permalinkProblem, type PermalinkPage } from './permalinks'

const page = (fields: Partial<PermalinkPage> = {}): PermalinkPage => ({
  section: 'posts',
  baseName: 'hello-world',
  sectionDir: 'posts',
  ...fields,
})

// Each expectation is what Hugo 0.111 wrote for the same page and pattern (before its path sanitising).
describe('Hugo’s permalink attributes', () => {
  it('takes the date in the offset it was written with', () => {
    const dated = page({ date: '2023-03-05T23:30:00-05:00' })
    expect(expandPermalink('/:section/:year/:month/:day/', dated)).toBe('/posts/2023/03/05/')
    expect(expandPermalink('/:monthname/:yearday/:weekday/:weekdayname/', dated)).toBe('/March/64/0/Sunday/')
  })

  it('uses Go’s zero time for a page without a date: year 1, January 1st, a Monday', () => {
    expect(expandPermalink('/:year/:month/:day/:monthname/:yearday/:weekday/:weekdayname/', page())).toBe(
      '/1/01/01/January/1/1/Monday/',
    )
  })

  it('falls back from slug to title, and from slugorfilename to the file (a bundle’s folder) name', () => {
    expect(expandPermalink('/:slug/', page({ title: 'Hello World Title' }))).toBe('/Hello World Title/')
    expect(expandPermalink('/:slug/:title/', page({ slug: 'the-slug', title: 'T' }))).toBe('/the-slug/T/')
    expect(expandPermalink('/:filename/:slugorfilename/', page())).toBe('/hello-world/hello-world/')
    expect(expandPermalink('/:slugorfilename/', page({ slug: 's' }))).toBe('/s/')
  })

  it('gives :section the top-level section and :sections the page’s section path, with Hugo’s slices', () => {
    const deep = page({ sectionDir: 'posts/sub/deeper' })
    expect(expandPermalink('/:section/:sections/', deep)).toBe('/posts/posts/sub/deeper/')
    expect(expandPermalink('/:sections[1:]/', deep)).toBe('/sub/deeper/')
    expect(expandPermalink('/:sections[last]/', deep)).toBe('/deeper/')
    expect(expandPermalink('/:sections[:last]/', deep)).toBe('/posts/sub/')
    expect(expandPermalink('/:sections[0]/', deep)).toBe('/posts/')
    expect(expandPermalink('/p/:sections[1:]/x/', page())).toBe('/p//x/')
  })
})

describe('patterns Hugo 0.111 refuses ("permalink ill-formed")', () => {
  it('names the unknown attribute, :contentbasename included (it came in Hugo 0.144)', () => {
    expect(permalinkProblem('/:section/:contentbasename/')).toMatch(/:contentbasename is not a permalink attribute/)
    expect(permalinkProblem('/:sectoin/')).toMatch(/:sectoin/)
  })

  it('refuses an empty segment before the end, and a slice on anything but :sections', () => {
    expect(permalinkProblem('/a//:slug/')).toMatch(/empty path segment/)
    expect(permalinkProblem('/:slug[1:]/')).toMatch(/only :sections takes a slice/)
    expect(permalinkProblem('')).toMatch(/empty/)
  })

  it('accepts the patterns real sites use', () => {
    expect(permalinkProblem('/:section/:year/:month/:day/:slug/')).toBeUndefined()
    expect(permalinkProblem('/blog/:year/:title')).toBeUndefined()
    expect(permalinkProblem('/:sections[1:]/:slug/')).toBeUndefined()
  })
})
