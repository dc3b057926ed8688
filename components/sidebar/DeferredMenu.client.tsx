'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { sectionChildren } from '@/lib/site/menu-budget'
import type { MenuNode } from '@/lib/site/tree'
import { MenuTree, type MenuWords } from './MenuTree'

/** One fetch of the menu file per page load, shared by every deferred section; retried after a failure. */
const trees = new Map<string, Promise<MenuNode[]>>()
function loadTree(url: string): Promise<MenuNode[]> {
  let tree = trees.get(url)
  if (!tree) {
    tree = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
      return response.json() as Promise<MenuNode[]>
    })
    tree.catch(() => trees.delete(url))
    trees.set(url, tree)
  }
  return tree
}

interface OpenedSection {
  /** The page whose menu holds the box: a new page draws its own menu, and its own boxes. */
  page: string
  box: HTMLElement
  nodes: MenuNode[]
}

/**
 * The children of the sections this page's menu left out (lib/site/menu-budget.ts), drawn with
 * the same MenuTree into the section's empty `.menu-deferred` box when the reader opens it.
 * One island for the whole menu, listening to its checkboxes: an island per section put its
 * props in every page's payload once per left-out section. Without JavaScript the chevron is
 * hidden and the section's title links to the section page, which lists its children.
 */
export function DeferredMenu({ treeUrl, words, basePath }: { treeUrl: string; words: MenuWords; basePath: string }) {
  const page = usePathname()
  const [opened, setOpened] = useState<OpenedSection[]>([])
  useEffect(() => {
    const menu = document.getElementById('book-menu')
    if (!menu) return
    let active = true
    const open = (toggle: EventTarget | null) => {
      if (
        !(toggle instanceof HTMLInputElement) ||
        !toggle.checked ||
        !toggle.classList.contains('menu-toggle-deferred')
      )
        return
      const box = toggle.nextElementSibling
      if (!(box instanceof HTMLElement) || !box.classList.contains('menu-deferred')) return
      loadTree(treeUrl).then(
        (tree) => {
          if (!active) return
          const nodes = sectionChildren(tree, box.dataset['section'] ?? '') ?? []
          // Boxes of menus no longer in the page (earlier pages of a visit) are let go.
          setOpened((list) =>
            list.some((entry) => entry.box === box)
              ? list
              : [...list.filter((entry) => entry.box.isConnected), { page, box, nodes }],
          )
        },
        // The chevron stays; opening the section again retries.
        () => undefined,
      )
    }
    for (const toggle of menu.querySelectorAll('input.menu-toggle-deferred:checked')) open(toggle)
    const onChange = (event: Event) => open(event.target)
    menu.addEventListener('change', onChange)
    return () => {
      active = false
      menu.removeEventListener('change', onChange)
    }
  }, [treeUrl, page])
  return opened
    .filter((entry) => entry.page === page && entry.box.isConnected)
    .map((entry) =>
      createPortal(
        <MenuTree nodes={entry.nodes} context={{ currentUrl: undefined, openUrls: new Set(), words, basePath }} />,
        entry.box,
        entry.box.dataset['section'],
      ),
    )
}
