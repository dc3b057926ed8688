import type { Blockquote, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { MarkdownWords } from '../i18n/words'

const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/i

/**
 * Remark plugin for GitHub alerts, `> [!NOTE]` … (hugo-book renders them as hints): the
 * blockquote gets the hint's classes and a title line naming its kind in the book's language.
 */
export function remarkGithubAlerts({ words }: { words: MarkdownWords }) {
  return (tree: Root) => {
    visit(tree, 'blockquote', (quote: Blockquote) => {
      const first = quote.children[0]
      if (first?.type !== 'paragraph') return
      const text = first.children[0]
      if (text?.type !== 'text') return
      const match = ALERT.exec(text.value)
      if (!match) return
      const kind = match[1]!.toLowerCase() as keyof MarkdownWords['alerts']
      text.value = text.value.slice(match[0].length)
      if (text.value === '') first.children.shift()
      if (first.children[0]?.type === 'break') first.children.shift()
      if (first.children.length === 0) quote.children.shift()
      quote.data = { ...quote.data, hProperties: { className: ['book-hint', kind] } }
      quote.children.unshift({
        type: 'paragraph',
        data: { hProperties: { className: ['book-hint-title'] } },
        children: [{ type: 'text', value: words.alerts[kind] }],
      })
    })
  }
}
