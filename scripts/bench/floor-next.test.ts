import { describe, expect, it } from 'vitest'
import { countMenuLinks, floorMenu, floorPages } from './floor-next'

const page = (url: string, html = `<p>${url}</p>`) =>
  ({ url, html }) as unknown as Parameters<typeof floorPages>[0][number]

describe('countMenuLinks', () => {
  it('counts the links of our menu (class menu-link, alone or among others) and no other link', () => {
    const html =
      '<nav><a href="/a/" class="menu-link">A</a><a class="menu-link active" href="/b/">B</a><a href="/c/" class="x menu-link">C</a></nav><a href="/d/" class="menu-link-extra">D</a><a href="/e/">E</a>'
    expect(countMenuLinks(html)).toBe(3)
    expect(countMenuLinks('<p>no menu</p>')).toBe(0)
  })
})

describe('floorPages', () => {
  it('keeps one page per URL, in URL order, with the article HTML our build rendered', () => {
    expect(floorPages([page('/docs/b/'), page('/'), page('/docs/a/', '<h2>A</h2>')])).toEqual([
      { url: '/', html: '<p>/</p>' },
      { url: '/docs/a/', html: '<h2>A</h2>' },
      { url: '/docs/b/', html: '<p>/docs/b/</p>' },
    ])
  })
})

describe('floorMenu', () => {
  const pages = ['/', '/docs/', '/docs/s01/', '/docs/s01/p01/', '/docs/s01/p02/', '/docs/s02/', '/docs/s02/p01/'].map(
    (url) => ({ url, title: url }),
  )
  const links = (items: ReturnType<typeof floorMenu>): number =>
    items.reduce((sum, item) => sum + 1 + links(item.children), 0)

  it('has exactly as many links as asked, nested under their parent URL, the home page left out', () => {
    const menu = floorMenu(pages, 5)
    expect(links(menu)).toBe(5)
    expect(menu.map((item) => item.url)).toEqual(['/docs/'])
    expect(menu[0]!.children.map((item) => [item.url, item.children.map((child) => child.url)])).toEqual([
      ['/docs/s01/', ['/docs/s01/p01/', '/docs/s01/p02/']],
      ['/docs/s02/', []],
    ])
  })

  it('stops with a clear error when the book has fewer pages than our menu has links', () => {
    expect(() => floorMenu(pages, 7)).toThrow('needs 7 links but the book has 6 pages')
  })
})
