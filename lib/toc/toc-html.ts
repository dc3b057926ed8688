import type { TocItem } from './toc-tree'

const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' }
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPED[char]!)

/**
 * The ToC's entries as HTML, the `<li>`s of its top list, each with its nested list, as React
 * would write them: given to React as one prerendered string (lib/formats/prerendered-html.ts),
 * so that a long ToC is not a second time in the payload the page hydrates from. Texts and ids
 * are escaped: a heading cannot become markup.
 */
export function tocItemsHtml(items: readonly TocItem[]): string {
  return items
    .map(
      (item) =>
        `<li><a href="#${escape(item.id)}" data-toc-id="${escape(item.id)}">${escape(item.text)}</a>${item.children.length > 0 ? `<ul>${tocItemsHtml(item.children)}</ul>` : ''}</li>`,
    )
    .join('')
}
