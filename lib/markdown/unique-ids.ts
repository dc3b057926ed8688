import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { sourceOf } from './source'

const HEADING = /^h[1-6]$/

/**
 * Rehype plugin (after rehypeHeadingIds): a heading whose id an earlier element already has
 * (`## A {#same}` twice, or raw HTML with that id) gets a warning with its line and an id
 * no element of the page has (`same-2` when Hugo's `same-1` is another heading's). Hugo
 * keeps the duplicate; here both headings stay reachable from the ToC and by link, and
 * every id Hugo gives stays as it is.
 */
export function rehypeUniqueIds() {
  return (tree: Root, file: VFile) => {
    const all = new Set<string>()
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id']
      if (typeof id === 'string' && id !== '') all.add(id)
    })
    const seen = new Set<string>()
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id']
      if (typeof id !== 'string' || id === '') return
      if (!seen.has(id) || !HEADING.test(node.tagName)) {
        seen.add(id)
        return
      }
      let suffix = 1
      while (all.has(`${id}-${suffix}`)) suffix++
      const unique = `${id}-${suffix}`
      node.properties['id'] = unique
      all.add(unique)
      seen.add(unique)
      sourceOf(file).warnings.push({
        file: sourceOf(file).displayPath,
        line: node.position?.start.line,
        message: `heading id "${id}" is used twice on this page; this one became "${unique}"`,
        hint: `give the heading an id of its own, e.g. {#${unique}}`,
      })
    })
  }
}
