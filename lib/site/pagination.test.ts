import { describe, expect, it } from 'vitest'
import { paginate, pagerNumber, pagerUrl, pagerWindow } from './pagination'

describe('paginate', () => {
  const posts = Array.from({ length: 23 }, (_, index) => `post-${index + 1}`)

  it('cuts 23 items into pagers of 10, 10 and 3 at Hugo’s URLs', () => {
    const pagers = paginate(posts, '/posts/')
    expect(pagers.map((pager) => pager.items.length)).toEqual([10, 10, 3])
    expect(pagers.map((pager) => pager.url)).toEqual(['/posts/', '/posts/page/2/', '/posts/page/3/'])
    expect(pagers[2]!.items).toEqual(['post-21', 'post-22', 'post-23'])
    expect(pagers.every((pager) => pager.count === 3 && pager.totalItems === 23)).toBe(true)
  })

  it('links each pager to the one before and after it', () => {
    const [first, second, third] = paginate(posts, '/posts/')
    expect([first!.previous, first!.next]).toEqual([undefined, '/posts/page/2/'])
    expect([second!.previous, second!.next]).toEqual(['/posts/', '/posts/page/3/'])
    expect([third!.previous, third!.next]).toEqual(['/posts/page/2/', undefined])
  })

  it('keeps one empty pager for an empty list, and exactly one for a full one', () => {
    expect(paginate([], '/posts/')).toEqual([{ number: 1, count: 1, items: [], totalItems: 0, url: '/posts/' }])
    expect(paginate(posts.slice(0, 10), '/tags/ai/')).toHaveLength(1)
    expect(paginate(posts.slice(0, 11), '/tags/ai/').map((pager) => pager.url)).toEqual([
      '/tags/ai/',
      '/tags/ai/page/2/',
    ])
  })

  it('takes another pager size', () => {
    expect(paginate(posts, '/posts/', 5).map((pager) => pager.items.length)).toEqual([5, 5, 5, 5, 3])
    expect(() => paginate(posts, '/posts/', 0)).toThrow(RangeError)
  })
})

describe('pager URLs', () => {
  it('puts pager 1 at the list itself', () => {
    expect(pagerUrl('/categories/ai-发展/', 1)).toBe('/categories/ai-发展/')
    expect(pagerUrl('/categories/ai-发展/', 4)).toBe('/categories/ai-发展/page/4/')
  })

  it('reads the pager number from the segments after the list URL', () => {
    expect(pagerNumber([])).toBe(1)
    expect(pagerNumber(['page', '2'])).toBe(2)
    expect(pagerNumber(['page', '12'])).toBe(12)
    // Hugo makes /page/1/ an alias of the list; here it is not a pager.
    expect(pagerNumber(['page', '1'])).toBeUndefined()
    expect(pagerNumber(['page', '02'])).toBeUndefined()
    expect(pagerNumber(['page'])).toBeUndefined()
    expect(pagerNumber(['page', 'two'])).toBeUndefined()
    expect(pagerNumber(['other', '2'])).toBeUndefined()
  })

  it('shows two page numbers either side of the current one', () => {
    expect(pagerWindow(1, 3)).toEqual([1, 2, 3])
    expect(pagerWindow(5, 9)).toEqual([3, 4, 5, 6, 7])
    expect(pagerWindow(9, 9)).toEqual([7, 8, 9])
    expect(pagerWindow(1, 1)).toEqual([1])
  })
})
