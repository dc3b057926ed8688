import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { MarkdownWords } from '../i18n/words'

/**
 * Rehype plugin: a table scrolls inside its own box on narrow screens instead of
 * widening the page. The box is focusable so keyboard users can scroll it too.
 */
export function rehypeTableScroll({ words }: { words: MarkdownWords }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: words.table },
        children: [node],
      }
      parent.children[index] = wrapper
      return 'skip'
    })
  }
}
