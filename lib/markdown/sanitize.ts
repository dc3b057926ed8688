import { randomUUID } from 'node:crypto'
import type { Element, Properties, Root } from 'hast'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/**
 * Raw HTML written by authors is sanitised with an allow-list (GitHub's, plus classes), while
 * everything our own chain made — Markdown's elements, shortcodes, KaTeX — is left exactly as
 * it was. The two are told apart before rehype-raw parses the author's HTML: at that point every
 * element in the tree is ours and every author tag is still a string. Ours are marked with an
 * unguessable attribute, parsed, and hidden from the sanitiser as bare marked <div>s; the
 * sanitiser cleans the rest, and the marks are then swapped back for our tags and attributes.
 * So the schema is only about what an author may write, not about what our shortcodes emit.
 */

/** What authors may write in raw HTML: GitHub's allow-list, plus `class` anywhere. */
const AUTHOR_HTML_SCHEMA = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'dataTrust'],
  },
  // Hugo's `<!--more-->` summary divider is read from the tree later; a comment cannot run anything.
  allowComments: true,
  // Dropped with their content, rather than showing the script or style sheet as text.
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'iframe',
    'object',
    'embed',
    'title',
    'textarea',
    'select',
    'xmp',
    'noembed',
    'noframes',
  ],
}

declare module 'vfile' {
  interface DataMap {
    trustMark: string
  }
}

const MARK = 'dataTrust'

/** Before rehype-raw: marks every element (all made by our chain) as trusted. */
export function rehypeMarkTrusted() {
  return (tree: Root, file: VFile) => {
    const nonce = randomUUID()
    file.data.trustMark = nonce
    let count = 0
    visit(tree, 'element', (node: Element) => {
      node.properties[MARK] = `${nonce}:${count++}`
    })
  }
}

/** After rehype-raw: sanitises the elements without a mark (the author's), restores ours. */
export function rehypeSanitizeAuthorHtml() {
  const sanitize = rehypeSanitize(AUTHOR_HTML_SCHEMA)
  return (tree: Root, file: VFile) => {
    const nonce = file.data.trustMark
    const trusted = new Map<string, { tagName: string; properties: Properties }>()
    if (nonce) {
      visit(tree, 'element', (node: Element) => {
        const mark = node.properties[MARK]
        if (typeof mark !== 'string' || !mark.startsWith(`${nonce}:`) || trusted.has(mark)) return
        trusted.set(mark, { tagName: node.tagName, properties: node.properties })
        node.tagName = 'div'
        node.properties = { [MARK]: mark }
      })
    }
    const clean = sanitize(tree) as Root
    visit(clean, 'element', (node: Element) => {
      const mark = node.properties[MARK]
      if (mark === undefined) return
      const original = typeof mark === 'string' ? trusted.get(mark) : undefined
      trusted.delete(typeof mark === 'string' ? mark : '')
      if (original) {
        node.tagName = original.tagName
        node.properties = original.properties
      }
      delete node.properties[MARK]
    })
    return clean
  }
}
