'use client'

import { useEffect, useState } from 'react'
import { sectionChildren } from '@/lib/site/menu-budget'
import type { MenuNode } from '@/lib/site/tree'
import { MenuTree, type DeferredListProps } from './MenuTree'

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

/**
 * The children of a section this page's HTML left out (lib/content/menu-budget.ts), drawn
 * with the same MenuTree when the reader opens the section. Without JavaScript the section's
 * chevron is hidden and its title links to the section page, which lists its children.
 */
export function DeferredMenuList({ treeUrl, sectionUrl, toggleId, words, basePath }: DeferredListProps) {
  const [children, setChildren] = useState<MenuNode[]>()
  useEffect(() => {
    const toggle = document.getElementById(toggleId)
    if (!(toggle instanceof HTMLInputElement)) return
    let active = true
    const load = () => {
      if (!toggle.checked) return
      loadTree(treeUrl).then(
        (tree) => active && setChildren(sectionChildren(tree, sectionUrl) ?? []),
        // The chevron stays; opening it again retries.
        () => undefined,
      )
    }
    load()
    toggle.addEventListener('change', load)
    return () => {
      active = false
      toggle.removeEventListener('change', load)
    }
  }, [treeUrl, sectionUrl, toggleId])
  if (!children) return null
  return <MenuTree nodes={children} context={{ currentUrl: undefined, openUrls: new Set(), words, basePath }} />
}
