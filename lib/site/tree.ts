import type { IsoDate } from '../formats/dates'
import { createPageComparator } from '../content/order'
import type { PageKind } from '../content/paths'

/** What the menu needs to know about one built page (a content file or an implicit section). */
export interface TreeEntry {
  url: string
  filePath: string
  kind: PageKind
  /** For sections: the folder the section stands for. */
  sectionDir?: string
  /** Folder of the section the entry belongs to; undefined for home. */
  parentDir: string | undefined
  linkTitle: string
  sortTitle: string
  weight: number
  date?: IsoDate
  hasContent: boolean
  hidden: boolean
  flat: boolean
  collapsible: boolean
  /** bookHref: the menu item opens this address in a new tab instead. */
  externalHref?: string
}

/** One node of the menu. Plain data: it crosses the server/client boundary as is. */
export type MenuNode = SectionNode | PageNode

export interface SectionNode {
  type: 'section'
  url: string
  title: string
  /** A section whose `_index.md` has no body is a label, not a link. */
  hasContent: boolean
  flat: boolean
  collapsible: boolean
  externalHref?: string
  children: MenuNode[]
  /**
   * Set on a page's copy of the menu (lib/content/menu-budget.ts) when a large book's
   * section is shown without its children; the browser fetches them when it is opened.
   */
  deferred?: boolean
}

export interface PageNode {
  type: 'page'
  url: string
  title: string
  externalHref?: string
}

/**
 * The menu tree under the book section, in Hugo's page order, with hugo-book's rules:
 * sections always appear; regular pages only with a body; hidden pages (bookHidden)
 * take their whole subtree with them. Returns undefined when the section does not exist.
 */
export function buildMenuTree(entries: TreeEntry[], bookSectionDir: string, language: string): SectionNode | undefined {
  const compare = createPageComparator(language)
  const childrenOf = new Map<string, TreeEntry[]>()
  for (const entry of entries) {
    if (entry.parentDir === undefined) continue
    const siblings = childrenOf.get(entry.parentDir) ?? []
    siblings.push(entry)
    childrenOf.set(entry.parentDir, siblings)
  }

  const toNode = (entry: TreeEntry): MenuNode => {
    if (entry.kind === 'page')
      return { type: 'page', url: entry.url, title: entry.linkTitle, externalHref: entry.externalHref }
    return {
      type: 'section',
      url: entry.url,
      title: entry.linkTitle,
      hasContent: entry.hasContent,
      flat: entry.flat,
      collapsible: entry.collapsible,
      externalHref: entry.externalHref,
      children: childrenNodes(entry.sectionDir ?? ''),
    }
  }

  const childrenNodes = (dir: string): MenuNode[] =>
    (childrenOf.get(dir) ?? [])
      .filter((entry) => !entry.hidden && (entry.kind !== 'page' || entry.hasContent))
      .sort(compare)
      .map(toNode)

  const root = entries.find((entry) => entry.kind !== 'page' && entry.sectionDir === bookSectionDir)
  if (!root) return undefined
  return { ...(toNode(root) as SectionNode), children: childrenNodes(bookSectionDir) }
}
