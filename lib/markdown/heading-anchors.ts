import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { MarkdownWords } from '../i18n/words'
import { readableText } from './readable-text'

const LINKED_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * Rehype plugin: every h2–h6 with an id gets a `#` link to itself, shown on hover and
 * keyboard focus (CSS). Its label names the heading, so a list of links stays readable.
 */
export function rehypeHeadingAnchors({ words }: { words: MarkdownWords }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined) return 'skip' // its label is not a section of the text
      if (!LINKED_HEADINGS.has(node.tagName)) return
      const id = node.properties['id']
      if (typeof id !== 'string' || id === '' || node.properties['dataAnchor'] === 'false') return
      const text = readableText(node).replace(/\s+/g, ' ').trim()
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: words.headingAnchorLabel(text) },
        children: [{ type: 'text', value: '#' }],
      })
      return 'skip'
    })
  }
}
