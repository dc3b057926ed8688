import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { reportWarning } from '../diagnostics/build-warnings'
import { sourceOf } from './source'

const HEADING = /^h[1-6]$/

/**
 * Rehype plugin (after rehype-slug): a heading whose id an earlier element already has
 * (`## A {#same}` twice, or `## same` after `{#same}`) gets the next free `id-1`, `id-2`,
 * as Hugo does for generated ids, and a warning with its line. Hugo keeps duplicate
 * explicit ids; here both headings stay reachable from the ToC and by link.
 */
export function rehypeUniqueIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Set<string>()
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id']
      if (typeof id !== 'string' || id === '') return
      if (!seen.has(id) || !HEADING.test(node.tagName)) {
        seen.add(id)
        return
      }
      let suffix = 1
      while (seen.has(`${id}-${suffix}`)) suffix++
      const unique = `${id}-${suffix}`
      node.properties['id'] = unique
      seen.add(unique)
      reportWarning({
        file: sourceOf(file).displayPath,
        line: node.position?.start.line,
        message: `heading id "${id}" is used twice on this page; this one became "${unique}"`,
        hint: `give the heading an id of its own, e.g. {#${id}-2}`,
      })
    })
  }
}
