import { describe, expect, it } from 'vitest'
import { countMenuNodes, menuWithinBudget, sectionChildren } from './menu-budget'
import type { MenuNode, SectionNode } from './tree'

const page = (url: string): MenuNode => ({ type: 'page', url, title: url })
const section = (url: string, children: MenuNode[], extra: Partial<SectionNode> = {}): SectionNode => ({
  type: 'section',
  url,
  title: url,
  hasContent: true,
  flat: false,
  collapsible: false,
  children,
  ...extra,
})
const pages = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => page(`${prefix}${index}/`))

/** URLs of the nodes a page's HTML carries, and of those marked deferred. */
function shown(nodes: MenuNode[] | { nodes: MenuNode[] }): { urls: string[]; deferred: string[] } {
  const urls: string[] = []
  const deferred: string[] = []
  const walk = (list: MenuNode[]) => {
    for (const node of list) {
      urls.push(node.url)
      if (node.type === 'section') {
        if (node.deferred) deferred.push(node.url)
        walk(node.children)
      }
    }
  }
  walk(Array.isArray(nodes) ? nodes : nodes.nodes)
  return { urls, deferred }
}

// /a/ (5 pages, with /a/x/ of 5 more), /b/ (5 pages), /c/ (collapsible, 5 pages): 24 nodes.
const book: MenuNode[] = [
  section('/a/', [...pages('/a/', 5), section('/a/x/', pages('/a/x/', 5))]),
  section('/b/', pages('/b/', 5)),
  section('/c/', pages('/c/', 5), { collapsible: true }),
]

describe('menuWithinBudget', () => {
  it('keeps a book within budget whole, as hugo-book does', () => {
    expect(countMenuNodes(book)).toBe(24)
    const whole = menuWithinBudget(book, new Set(), 24)
    expect(shown(whole)).toEqual(shown(book))
    expect(whole.deferred).toBe(false)
  })

  it('keeps the top level and the trail open, and fills the rest breadth-first while it fits', () => {
    const menu = menuWithinBudget(book, new Set(['/b/']), 14)
    // 3 top-level + /b/'s 5 (trail) = 8; /a/'s 6 children fit (14); /a/x/ does not; /c/ is collapsible.
    expect(menu.deferred).toBe(true)
    expect(shown(menu).deferred).toEqual(['/a/x/', '/c/'])
    expect(shown(menu).urls).toHaveLength(14)
  })

  it('opens every section on the trail, however deep, even past the budget', () => {
    const menu = menuWithinBudget(book, new Set(['/a/', '/a/x/']), 3)
    expect(shown(menu).urls).toContain('/a/x/4/')
    expect(shown(menu).deferred).toEqual(['/b/', '/c/'])
  })

  it('does not change the tree it is given', () => {
    const before = JSON.stringify(book)
    menuWithinBudget(book, new Set(), 3)
    expect(JSON.stringify(book)).toBe(before)
  })

  it('grows with depth and the trail, not with the size of the book', () => {
    const wide = (count: number) =>
      Array.from({ length: count }, (_, index) =>
        section(
          `/s${index}/`,
          Array.from({ length: 10 }, (_, inner) => section(`/s${index}/${inner}/`, pages(`/s${index}/${inner}/`, 10))),
        ),
      )
    const small = menuWithinBudget(wide(2), new Set(['/s0/', '/s0/0/']), 150)
    const large = menuWithinBudget(wide(30), new Set(['/s0/', '/s0/0/']), 150)
    expect(countMenuNodes(wide(30))).toBe(3330)
    expect(countMenuNodes(large.nodes)).toBeLessThanOrEqual(150)
    expect(countMenuNodes(small.nodes)).toBeLessThanOrEqual(150)
  })
})

describe('sectionChildren', () => {
  it('finds a nested section’s children, and nothing for a page or an unknown URL', () => {
    expect(sectionChildren(book, '/a/x/')?.map((node) => node.url)).toEqual(pages('/a/x/', 5).map((node) => node.url))
    expect(sectionChildren(book, '/a/0/')).toBeUndefined()
    expect(sectionChildren(book, '/nowhere/')).toBeUndefined()
  })
})
