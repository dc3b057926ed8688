import type { Heading } from '../markdown/page-data'

export interface TocItem {
  id: string
  text: string
  level: number
  children: TocItem[]
}

/**
 * The page's headings between `startLevel` and `endLevel`, nested by level: an h3 goes
 * under the h2 before it; one with no h2 before it stays at the top.
 */
export function buildTocTree(headings: Heading[], startLevel: number, endLevel: number): TocItem[] {
  const root: TocItem[] = []
  const stack: TocItem[] = []
  for (const heading of headings) {
    if (heading.level < startLevel || heading.level > endLevel || heading.id === '') continue
    const item: TocItem = { id: heading.id, text: heading.text, level: heading.level, children: [] }
    while (stack.length > 0 && stack.at(-1)!.level >= item.level) stack.pop()
    const parent = stack.at(-1)
    if (parent) parent.children.push(item)
    else root.push(item)
    stack.push(item)
  }
  return root
}
