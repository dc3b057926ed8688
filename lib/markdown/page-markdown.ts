import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { defaultHandlers, toMdast, type Handle, type State } from 'hast-util-to-mdast'
import { toText } from 'hast-util-to-text'
import type {
  BlockContent,
  Code,
  DefinitionContent,
  FootnoteDefinition,
  Html,
  ListItem,
  Nodes as MdastNodes,
  Paragraph,
  PhrasingContent,
  Root as MdastRoot,
  RootContent,
} from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import { cjkFriendlyToMarkdown } from 'mdast-util-to-markdown-cjk-friendly'
import { visit } from 'unist-util-visit'
import { IMAGE_LINK_CLASS } from './image-links'

/**
 * A page as Markdown, for readers who paste it into an assistant and for `llms.txt`: made from
 * the page's rendered HTML (what a reader sees, MDX components and the site's own shortcodes
 * included), so every shortcode is read once, by the renderer, and comes out as Markdown:
 *   - hugo-book's hint (and a GitHub alert) → a quote opening with its kind, `> [!WARNING]`;
 *   - tabs → each tab's name in bold, then its content; details → its summary in bold, then its body;
 *   - columns and steps → their contents in order; button → a link; mermaid → a ```mermaid fence;
 *   - KaTeX → `$…$` and `$$…$$` (its TeX source); section → a list of the section's pages;
 *   - a code block → a fence with its language; footnotes → `[^1]`;
 *   - anything else (the site's own shortcodes, an MDX page's own components) → its HTML as Markdown.
 * Heading anchors, heading ids (`{#id}`), comments (`<!--more-->`) and what is hidden from
 * screen readers go; every link and image address is made absolute from the page's address.
 */

export interface PageMarkdownInput {
  title: string
  /** Front matter's description: a quoted line under the title. */
  description?: string
  /** The page's body as HTML, without the heading shown as its title. */
  html: string
  /** The page's absolute address (`https://host/sub/docs/a/`): relative links resolve against it. */
  address: string
  /** A section without text of its own shows its pages (components/page/SectionList.tsx): they are listed, each with its summary. */
  children?: readonly { title: string; address: string; summary?: string }[]
}

export function pageMarkdown(input: PageMarkdownInput): string {
  const body = fromHtml(input.html, { fragment: true })
  prune(body)
  const tree = toMdast(body, { handlers }) as MdastRoot
  const children: RootContent[] = [
    ...titleAndSummary(input.title, input.description),
    ...tree.children,
    ...(input.children && input.children.length > 0
      ? [linkList(input.children.map((child) => ({ title: child.title, url: child.address, note: child.summary })))]
      : []),
  ]
  const root: MdastRoot = { type: 'root', children }
  absoluteAddresses(root, input.address)
  return markdownText(root)
}

/** `# Title` and, when there is one, `> summary`: how a page and llms.txt open. */
export function titleAndSummary(title: string, summary: string | undefined): RootContent[] {
  const heading: RootContent = { type: 'heading', depth: 1, children: [{ type: 'text', value: title }] }
  if (!summary) return [heading]
  return [heading, { type: 'blockquote', children: [paragraph([{ type: 'text', value: summary }])] }]
}

/** Markdown as the book's Markdown writes it: `-` bullets, fenced code, GFM tables, strikethrough and footnotes. */
export function markdownText(root: MdastRoot): string {
  return toMarkdown(root, {
    bullet: '-',
    emphasis: '_',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
    // Chinese text next to `**` needs no escaping (the book reads it CJK-friendly, lib/markdown/pipeline.ts).
    // Tables unpadded: padding counts characters, not how wide Chinese ones are, and costs a model's reader tokens.
    extensions: [gfmToMarkdown({ tablePipeAlign: false }), cjkFriendlyToMarkdown()],
  })
}

/** A list of links, one a line, each with its note after a colon (`- [Title](https://…): note`), as llms.txt writes them. */
function linkList(links: readonly { title: string; url: string; note?: string | undefined }[]): RootContent {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: links.map((link): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [
        paragraph([
          { type: 'link', url: link.url, children: [{ type: 'text', value: link.title }] },
          ...(link.note ? [{ type: 'text', value: `: ${link.note}` } as const] : []),
        ]),
      ],
    })),
  }
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children }
}

// --- What the reader does not read -------------------------------------------------------------

function classes(element: Element): string[] {
  const value = element.properties['className']
  return Array.isArray(value) ? value.map(String) : []
}

function hasClass(element: Element, name: string): boolean {
  return classes(element).includes(name)
}

/**
 * Takes away what is not text: heading anchors, what screen readers skip (`aria-hidden`: icons,
 * KaTeX's drawn formula, whose TeX is kept in its MathML), tabs' radio buttons, comments; an
 * image's link to its own file (the zoom's, lib/markdown/image-links.ts) gives way to the image.
 */
function prune(tree: HastRoot): void {
  const keep = (node: HastContent): boolean => {
    if (node.type === 'comment') return false
    if (node.type !== 'element') return true
    if (node.tagName === 'a' && hasClass(node, 'heading-anchor')) return false
    if (node.tagName === 'input' && node.properties['type'] === 'radio') return false
    return String(node.properties['ariaHidden']) !== 'true'
  }
  const walk = (parent: HastRoot | Element) => {
    parent.children = (parent.children as HastContent[])
      .filter(keep)
      .flatMap((node) =>
        node.type === 'element' && node.tagName === 'a' && hasClass(node, IMAGE_LINK_CLASS) ? node.children : [node],
      ) as typeof parent.children
    for (const child of parent.children) if (child.type === 'element') walk(child)
  }
  walk(tree)
}

// --- Shortcodes and components back to Markdown ------------------------------------------------

/** Markdown written as it is (`[!NOTE]`, `$x$`): escaping would change what it means. */
function verbatim(value: string): Html {
  return { type: 'html', value }
}

/** The hint's kind (`info`, `warning`…), from its classes; none for a plain one. */
function hintKind(element: Element): string | undefined {
  const kind = classes(element).find((name) => name !== 'book-hint')
  return kind === undefined || kind === 'default' ? undefined : kind
}

/**
 * hugo-book's hint and GitHub's alerts: a quote opening with `[!KIND]` (GitHub's alert syntax,
 * which Obsidian and others read for any kind); the title line the book writes for an alert goes.
 */
const blockquote: Handle = (state, element) => {
  if (!hasClass(element, 'book-hint')) return defaultHandlers.blockquote(state, element)
  const kind = hintKind(element)
  const inner: Element = {
    ...element,
    children: element.children.filter((child) => !(child.type === 'element' && hasClass(child, 'book-hint-title'))),
  }
  const quote = defaultHandlers.blockquote(state, inner) as { type: 'blockquote'; children: BlockContent[] }
  if (kind === undefined) return quote
  const mark = verbatim(`[!${kind.toUpperCase()}]`)
  const first = quote.children[0]
  if (first?.type === 'paragraph') first.children.unshift(mark, { type: 'text', value: '\n' })
  else quote.children.unshift(paragraph([mark]))
  return quote
}

/** A label in bold on a line of its own: a tab's name, a disclosure's summary. */
function boldLine(state: State, element: Element): Paragraph {
  return paragraph([{ type: 'strong', children: state.all(element) as PhrasingContent[] }])
}

/** Each tab's name in bold, then its content, in order. */
function tabs(state: State, element: Element): RootContent[] {
  const out: RootContent[] = []
  for (const child of element.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'label') out.push(boldLine(state, child))
    else out.push(...(state.toFlow(state.all(child)) as RootContent[]))
  }
  return out
}

/** The TeX KaTeX keeps in its MathML. */
function texOf(element: Element): string | undefined {
  let tex: string | undefined
  visit(element, 'element', (node: Element) => {
    if (tex === undefined && node.tagName === 'annotation' && node.properties['encoding'] === 'application/x-tex')
      tex = toText(node)
  })
  return tex?.trim()
}

const div: Handle = (state, element) => {
  if (hasClass(element, 'book-tabs')) return tabs(state, element)
  // A code block in its frame (lib/markdown/code-blocks.ts): the bar above it names the language, which the fence says.
  if (hasClass(element, 'code-block')) {
    const block = element.children.find(
      (child): child is Element => child.type === 'element' && child.tagName === 'pre',
    )
    if (block)
      return pre(state, {
        ...block,
        properties: { dataLanguage: element.properties['dataLanguage'], ...block.properties },
      })
  }
  if (hasClass(element, 'math-display')) {
    const tex = texOf(element)
    if (tex !== undefined) return verbatim(`$$\n${tex}\n$$`)
  }
  return defaultHandlers.div(state, element)
}

const span: Handle = (state, element) => {
  if (hasClass(element, 'katex') || hasClass(element, 'katex-display')) {
    const tex = texOf(element)
    if (tex !== undefined) return verbatim(hasClass(element, 'katex-display') ? `$$${tex}$$` : `$${tex}$`)
  }
  return defaultHandlers.span(state, element)
}

/** The language of a code block: its element's `data-language` (or its wrapper's, found by `pre`), else a `language-…` class. */
function codeLanguage(pre: Element): string | undefined {
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
  const given = pre.properties['dataLanguage'] ?? code?.properties['dataLanguage']
  if (typeof given === 'string' && given !== '') return given
  const named = [...classes(pre), ...(code ? classes(code) : [])].find((name) => name.startsWith('language-'))
  return named?.slice('language-'.length)
}

function pre(state: State, element: Element): Code {
  if (hasClass(element, 'mermaid')) return { type: 'code', lang: 'mermaid', value: toText(element).replace(/\n$/, '') }
  const value = toText(element, { whitespace: 'pre' }).replace(/\n$/, '')
  const lang = codeLanguage(element)
  const node: Code = { type: 'code', lang: lang && lang !== 'text' && lang !== 'plaintext' ? lang : null, value }
  state.patch(element, node)
  return node
}

/** A disclosure: its summary in bold, then its body (hugo-book's details and expand). */
const details: Handle = (state, element) => {
  const out: RootContent[] = []
  for (const child of element.children) {
    if (child.type === 'element' && child.tagName === 'summary') out.push(boldLine(state, child))
    else if (child.type === 'element') out.push(...(state.toFlow(state.one(child, element) as never) as RootContent[]))
  }
  return out as never
}

/** A footnote's number, from its link (`#user-content-fn-1`) or its item (`user-content-fn-1`). */
function footnoteLabel(value: unknown): string {
  return String(value ?? '').replace(/^#?(?:user-content-)?fn-/, '')
}

const a: Handle = (state, element) => {
  if (element.properties['dataFootnoteRef'] !== undefined) {
    const label = footnoteLabel(element.properties['href'])
    return { type: 'footnoteReference', identifier: label, label }
  }
  if (element.properties['dataFootnoteBackref'] !== undefined) return undefined
  // An embed's box (lib/markdown/shortcodes/builtins/embeds.ts): a link named by its title.
  if (hasClass(element, 'book-embed')) {
    const title = findByClass(element, 'book-embed-title')
    return {
      type: 'link',
      url: String(element.properties['href'] ?? ''),
      children: [{ type: 'text', value: title ? toText(title) : toText(element) }],
    }
  }
  return defaultHandlers.a(state, element)
}

function findByClass(root: Element, name: string): Element | undefined {
  let found: Element | undefined
  visit(root, 'element', (node: Element) => {
    if (found === undefined && hasClass(node, name)) found = node
  })
  return found
}

/** The footnotes at the end of a page: `[^1]: …` each (their heading and back links go). */
const section: Handle = (state, element) => {
  if (element.properties['dataFootnotes'] === undefined) return defaultHandlers.section(state, element)
  const definitions: FootnoteDefinition[] = []
  visit(element, 'element', (node: Element) => {
    if (node.tagName !== 'li') return
    const label = footnoteLabel(node.properties['id'])
    definitions.push({
      type: 'footnoteDefinition',
      identifier: label,
      label,
      children: state.toFlow(state.all(node)) as (BlockContent | DefinitionContent)[],
    })
  })
  return definitions
}

/** hugo-book's `section` shortcode (filled by lib/site/section-lists.ts): each page a link, its summary after a colon. */
const dl: Handle = (state, element) => {
  if (!hasClass(element, 'book-section-list')) return defaultHandlers.dl(state, element)
  const items: ListItem[] = []
  for (const child of element.children) {
    if (child.type !== 'element') continue
    const phrasing = state.all(child) as PhrasingContent[]
    if (child.tagName === 'dt') items.push({ type: 'listItem', spread: false, children: [paragraph(phrasing)] })
    else if (child.tagName === 'dd' && items.length > 0) {
      const last = items.at(-1)!.children[0] as Paragraph
      last.children.push({ type: 'text', value: ': ' }, ...phrasing)
    }
  }
  return { type: 'list', ordered: false, spread: false, children: items }
}

const handlers: Record<string, Handle> = { a, blockquote, details, div, dl, pre, section, span }

// --- Addresses ---------------------------------------------------------------------------------

/** Links, images and definitions lead where they lead from the page: absolute addresses. */
function absoluteAddresses(root: MdastRoot, address: string): void {
  visit(root, (node: MdastNodes) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return
    node.url = absoluteUrl(node.url, address)
  })
}

function absoluteUrl(url: string, base: string): string {
  try {
    return new URL(url, base).href
  } catch {
    return url
  }
}
