import { nameToEmoji } from 'gemoji'
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { SOURCE_PROPERTY } from './heading-ids'

/**
 * Hugo's emoji shortcodes: `:` then letters, digits, `_`, `+` or `-`, then `:` (its page lexer's
 * rule). A name nobody knows stays as written, and scanning goes on after its closing colon.
 */
const SHORTCODE = /:([\p{L}\p{Nd}_+-]+):/gu

/** `:smile:` → 😄 with GitHub's names (gemoji); other text as it was. */
function replaceEmoji(text: string): string {
  if (!text.includes(':')) return text
  return text.replace(SHORTCODE, (whole, name: string) =>
    Object.hasOwn(nameToEmoji, name) ? nameToEmoji[name]! : whole,
  )
}

/**
 * Remark plugin: Hugo's enableEmoji. Hugo replaces the shortcodes in the page's source before
 * Markdown, so they become emoji everywhere but in a shortcode's own parameters — in code and raw
 * HTML too, and heading ids are made from the emoji (`# Done :tada:` is `done-`). Runs after
 * the typographer, which matches text to the source, and after the heading ids' source is noted.
 */
export function remarkEmoji() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'html')
        node.value = replaceEmoji(node.value)
      else if (node.type === 'image' && node.alt) node.alt = replaceEmoji(node.alt)
      else if (node.type === 'heading') {
        const properties = node.data?.hProperties
        const source = properties?.[SOURCE_PROPERTY]
        if (properties && typeof source === 'string') properties[SOURCE_PROPERTY] = replaceEmoji(source)
      }
    })
  }
}
