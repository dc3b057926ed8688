import type { MenuNode, SectionNode } from './tree'

export interface NavLink {
  url: string
  title: string
}

/**
 * The menu nodes from the top of the tree down to the page at `url` (inclusive),
 * or [] when the page is not in the menu. Sections on this trail are shown open.
 */
export function menuTrail(root: SectionNode, url: string): MenuNode[] {
  const walk = (nodes: MenuNode[], trail: MenuNode[]): MenuNode[] | undefined => {
    for (const node of nodes) {
      if (node.url === url && !node.externalHref) return [...trail, node]
      if (node.type === 'section') {
        const found = walk(node.children, [...trail, node])
        if (found) return found
      }
    }
    return undefined
  }
  return walk(root.children, []) ?? []
}

/**
 * The pages a reader can step through, in menu order (hugo-book's prev-next cache):
 * every page and every section with a body, depth first; external links and labels skipped.
 */
export function readingOrder(root: SectionNode): NavLink[] {
  const links: NavLink[] = []
  const walk = (nodes: MenuNode[]) => {
    for (const node of nodes) {
      const readable = !node.externalHref && (node.type === 'page' || node.hasContent)
      if (readable) links.push({ url: node.url, title: node.title })
      if (node.type === 'section') walk(node.children)
    }
  }
  walk(root.children)
  return links
}

/**
 * Previous and next page for `url` in reading order. The home page, which is not in
 * the menu, leads to the first page of the book.
 */
export function previousAndNext(order: NavLink[], url: string): { previous?: NavLink; next?: NavLink } {
  if (url === '/') return { next: order[0] }
  const index = order.findIndex((link) => link.url === url)
  if (index === -1) return {}
  return { previous: order[index - 1], next: order[index + 1] }
}
