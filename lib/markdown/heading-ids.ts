import type { Element, Root as HastRoot } from 'hast'
import { toText } from 'hast-util-to-text'
import type { Heading, Root as MdastRoot } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { parsedText } from './parsed-text'
import { readableText } from './readable-text'
import { hugoPlaceholder, PLACEHOLDER, PLACEHOLDER_TRACE } from './shortcodes/expand'

/** Hugo's markup.goldmark.parser.autoHeadingIDType. */
export type HeadingIdType = 'github' | 'github-ascii' | 'blackfriday'

/** Carries a heading's source text from the Markdown tree to the HTML tree, where ids are given. */
export const SOURCE_PROPERTY = 'dataHeadingSource'
/** The source value of a heading whose id Hugo makes from its rendered text (it holds a `{{% %}}` shortcode). */
const FROM_RENDERED_TEXT = '\uFDD0rendered\uFDD1'
const HEADING = /^h[1-6]$/
const WHITESPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g

/** Go's unicode.ToLower: one rune to one rune (JavaScript lower-cases `İ` to two). */
function lowerRune(char: string): string {
  const lower = char.toLowerCase()
  return [...lower].length === 1 ? lower : String.fromCodePoint(lower.codePointAt(0)!)
}

/**
 * The id Hugo's goldmark makes from a heading's text (markup/goldmark/autoid.go), before the
 * `-1`, `-2` that make it unique: `github` keeps letters, decimal digits and `_` (lower-cased),
 * turns spaces and `-` into `-` and drops the rest; `github-ascii` also drops accents and any
 * other non-ASCII; `blackfriday` joins runs of letters and numbers with single hyphens.
 */
export function sanitizeAnchorName(text: string, type: HeadingIdType = 'github'): string {
  if (type === 'blackfriday') {
    let out = ''
    let dash = false
    for (const char of text) {
      if (/[\p{L}\p{N}]/u.test(char)) {
        if (dash && out !== '') out += '-'
        dash = false
        out += lowerRune(char)
      } else dash = true
    }
    return out
  }
  const ascii = type === 'github-ascii'
  const source = (
    ascii
      ? text
          .normalize('NFD')
          .replace(/\p{Mn}/gu, '')
          .normalize('NFC')
      : text
  ).replace(WHITESPACE, '')
  let out = ''
  for (const char of source) {
    if (ascii && char.codePointAt(0)! > 0x7f) continue
    if (char === '-' || char === ' ') out += '-'
    else if (char === '_' || /[\p{L}\p{Nd}]/u.test(char)) out += lowerRune(char)
  }
  return out
}

/** One page's ids, as goldmark's id factory hands them out: an empty one is `heading`, a taken one gets `-1`, `-2`… */
export class HeadingIdFactory {
  private readonly taken = new Set<string>()
  constructor(private readonly type: HeadingIdType = 'github') {}

  generate(text: string): string {
    const base = sanitizeAnchorName(text, this.type) || 'heading'
    let id = base
    for (let suffix = 1; this.taken.has(id); suffix++) id = `${base}-${suffix}`
    this.taken.add(id)
    return id
  }

  /** An id the author wrote (`{#custom}`): later generated ids avoid it; it is kept even when taken. */
  put(id: string): void {
    this.taken.add(id)
  }
}

/**
 * Remark plugin: notes the text goldmark makes a heading's id from — the source of its last
 * line, as written (`[a](b.md)` is `ab.md`, `` `x` `` is `x`), without the `{…}` attributes.
 * Runs after remarkHeadingAttributes; the ids are given on the HTML tree (rehypeHeadingIds),
 * once shortcodes' Markdown has joined the page.
 */
export function remarkHeadingIdSource() {
  return (tree: MdastRoot, file: VFile) => {
    const source = parsedText(file)
    visit(tree, 'heading', (heading: Heading) => {
      const properties = heading.data?.hProperties ?? {}
      if (properties['id'] !== undefined) return
      const first = heading.children[0]
      const last = heading.children.at(-1)
      let text = ''
      if (first?.position && last?.position) {
        const raw = source.slice(first.position.start.offset, last.position.end.offset)
        text = raw.slice(raw.lastIndexOf('\n') + 1) // a setext heading's id is made from its last line
        const attributes = heading.data?.headingAttributes
        if (attributes) text = text.slice(0, text.length - attributes.length)
        text = withHugoPlaceholders(text, file)
      }
      heading.data = { ...heading.data, hProperties: { ...properties, [SOURCE_PROPERTY]: text } }
    })
  }
}

/**
 * A heading's text as goldmark sees it in Hugo, where a shortcode in it is Hugo's placeholder
 * (`## Sum {{< katex >}}x{{< /katex >}}` has the id `sum-hahahugoshortcodes0hbhb`): links into
 * the Hugo site keep working. In a shortcode's own Markdown, Hugo has rendered nested shortcodes
 * already: they are left out.
 */
function withHugoPlaceholders(text: string, file: VFile): string {
  const data = file.data.shortcodes
  if (!data || !PLACEHOLDER_TRACE.test(text)) return text
  const onPage = data.source === String(file.value ?? '')
  // `{{% %}}` is rendered before Markdown in Hugo: the id is made from what it wrote.
  const markdownShortcode = [...text.matchAll(PLACEHOLDER)].some(
    ([, kind, index]) => kind === 'S' && data.expansion.shortcodes[Number(index)]?.markdown === true,
  )
  if (markdownShortcode) return FROM_RENDERED_TEXT
  return text.replace(PLACEHOLDER, (_whole, kind: string, index: string) => {
    if (kind === 'M') return data.expansion.math[Number(index)]?.tex ?? ''
    const ordinal = data.expansion.ordinals[Number(index)]
    return onPage && ordinal !== undefined ? hugoPlaceholder(ordinal) : ''
  })
}

/**
 * Rehype plugin: every heading's id as Hugo gives it, counted across the whole page (its
 * opening `#` title too) in document order. Headings written as raw HTML (`<h2>`) have none
 * in Hugo; here they get one after all the others, so that they change none of Hugo's ids.
 */
export function rehypeHeadingIds(options: { type?: HeadingIdType } = {}) {
  return (tree: HastRoot) => {
    const ids = new HeadingIdFactory(options.type)
    const rawHtml: Element[] = []
    visit(tree, 'element', (node: Element) => {
      // A figure's title (Hugo's figure shortcode writes an h4 in its caption) is no section of the text: Hugo gives it no id.
      if (node.tagName === 'figcaption') return SKIP
      if (!HEADING.test(node.tagName)) return
      const written = node.properties[SOURCE_PROPERTY]
      const source = written === FROM_RENDERED_TEXT ? readableText(node) : written
      delete node.properties[SOURCE_PROPERTY]
      const id = node.properties['id']
      if (typeof id === 'string' && id !== '') ids.put(id)
      else if (typeof source === 'string') node.properties['id'] = ids.generate(source)
      else rawHtml.push(node)
    })
    for (const node of rawHtml) node.properties['id'] = ids.generate(toText(node))
  }
}

declare module 'mdast' {
  interface HeadingData {
    /** The `{…}` goldmark attributes as written at the end of the heading, with the space before them. */
    headingAttributes?: string
  }
}
