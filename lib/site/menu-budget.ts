import type { MenuNode, SectionNode } from './tree'

/*
 * hugo-book puts the whole tree in every page; at thousands of pages that is most of each
 * page's weight (and Next.js repeats it in the page's RSC payload), so past a budget
 * (SiteConfig.menuInlineLinks) a page carries the part of the tree a reader sees first and
 * the rest arrives when a section opens.
 */

/** Menu nodes in a list and all their descendants. */
export function countMenuNodes(nodes: readonly MenuNode[]): number {
  let count = 0
  for (const node of nodes) count += 1 + (node.type === 'section' ? countMenuNodes(node.children) : 0)
  return count
}

/** One page's copy of the menu, and whether it left any section's children out. */
export interface BudgetedMenu {
  nodes: MenuNode[]
  deferred: boolean
}

/**
 * One page's copy of the menu within `budget` nodes. A book within budget is returned as is
 * (hugo-book's behaviour). Otherwise the top level and every section on the page's trail
 * stay open, then other sections open breadth-first, in menu order, while their children fit;
 * bookCollapseSection sections off the trail start closed anyway and are left for later.
 * A section that does not fit keeps its row and is marked `deferred` with no children.
 */
export function menuWithinBudget(nodes: readonly MenuNode[], trail: ReadonlySet<string>, budget: number): BudgetedMenu {
  if (countMenuNodes(nodes) <= budget) return { nodes: [...nodes], deferred: false }

  const open = new Set<SectionNode>()
  let used = nodes.length
  const onTrail: SectionNode[] = []
  const collectTrail = (list: readonly MenuNode[]) => {
    for (const node of list) {
      if (node.type !== 'section' || !trail.has(node.url)) continue
      onTrail.push(node)
      collectTrail(node.children)
    }
  }
  collectTrail(nodes)
  for (const section of onTrail) {
    open.add(section)
    used += section.children.length
  }

  // Breadth-first over what is visible so far: the top level, then the children of open sections.
  let level: MenuNode[] = [...nodes]
  while (level.length > 0) {
    const next: MenuNode[] = []
    for (const node of level) {
      if (node.type !== 'section') continue
      if (!open.has(node)) {
        if (node.collapsible || node.children.length === 0 || used + node.children.length > budget) continue
        open.add(node)
        used += node.children.length
      }
      next.push(...node.children)
    }
    level = next
  }

  const prune = (list: readonly MenuNode[]): MenuNode[] =>
    list.map((node) => {
      if (node.type !== 'section' || node.children.length === 0) return node
      if (open.has(node)) return { ...node, children: prune(node.children) }
      return { ...node, children: [], deferred: true }
    })
  return { nodes: prune(nodes), deferred: true }
}

/** The children of the section at `url` anywhere in the tree, or undefined. */
export function sectionChildren(nodes: readonly MenuNode[], url: string): MenuNode[] | undefined {
  for (const node of nodes) {
    if (node.type !== 'section') continue
    if (node.url === url) return node.children
    const found = sectionChildren(node.children, url)
    if (found) return found
  }
  return undefined
}
