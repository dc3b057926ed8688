import { lineAt } from '../../formats/text'
import type { Element, ElementContent, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { h } from 'hastscript'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { button } from './builtins/button'
import { columns } from './builtins/columns'
import { details, expand } from './builtins/details'
import { EMBED_SHORTCODES } from './builtins/embeds'
import { figure } from './builtins/figure'
import { highlight } from './builtins/highlight'
import { hint } from './builtins/hint'
import { katex, renderMath } from './builtins/katex'
import { mermaid } from './builtins/mermaid'
import { param } from './builtins/param'
import { section } from './builtins/section'
import { steps } from './builtins/steps'
import { tab, tabs } from './builtins/tabs'
import {
  deindent,
  innerDeindent,
  unwrapParagraph,
  type ShortcodeContext,
  type ShortcodeRenderer,
  type ShortcodeSettings,
} from './context'
import {
  childText,
  expandInner,
  expandSource,
  findPlaceholders,
  PLACEHOLDER_TRACE,
  stripContainerPrefix,
  containerPrefix,
  type ExpandedSource,
  type PlaceholderKind,
} from './expand'
import { refText } from './builtins/refs'
import type { ShortcodeChild, ShortcodeNode } from './parse'
import { renderSiteShortcode } from './site-shortcodes'

/** hugo-book's shortcodes and Hugo's own. ref and relref are plain text (see refs.ts); any other name is unknown. */
const SHORTCODES: Record<string, ShortcodeRenderer> = {
  hint,
  details,
  expand,
  tabs,
  tab,
  columns,
  button,
  steps,
  section,
  mermaid,
  katex,
  // Hugo's own.
  figure,
  highlight,
  param,
  ...EMBED_SHORTCODES,
}

/** The shortcodes this project renders itself: hugo-book's and Hugo's, ref and relref included. */
export const BUILTIN_SHORTCODES: readonly string[] = [...Object.keys(SHORTCODES), 'ref', 'relref']

/**
 * hugo-book's templates for these pass `.Inner` through `markdownify` / `.Page.RenderString`,
 * so their content is Markdown whichever delimiter the author used: `{{< hint >}}**a**{{< /hint >}}`
 * shows bold text in Hugo too. Other shortcodes (steps, unknown ones) take `{{<` content as given.
 */
const MARKDOWN_INNER = new Set(['hint', 'details', 'expand', 'tab', 'columns', 'button'])

/** What the preprocessing step left for this file (or fragment) to render. */
export interface ShortcodeData {
  expansion: ExpandedSource
  /** The page's whole source: every shortcode's offsets point into it. */
  source: string
  settings: ShortcodeSettings
  /** Lines above the text this tree was parsed from (0 for the page itself). */
  lineOffset: number
  /** Counters for ids unique in the page (shared by the page and its fragments). */
  ids: Map<string, number>
  /** ref targets that lead nowhere (already reported). */
  unresolvedRefs: Set<string>
}

/** Renders a Markdown fragment (a shortcode's inner text) with the page's own chain. */
export type FragmentRenderer = (markdown: string, data: ShortcodeData) => ElementContent[]

declare module 'vfile' {
  interface DataMap {
    shortcodes: ShortcodeData
  }
}

/**
 * Rehype plugin: replaces the markers left by preprocessing with the rendered shortcodes and math,
 * and a placeholder Markdown put in an attribute (`[a]({{< param url >}})`) with the text the
 * shortcode makes.
 */
export function rehypeShortcodes(options: { fragment: FragmentRenderer }) {
  return (tree: Root, file: VFile) => {
    const data = file.data.shortcodes
    if (!data) return
    const render = (kind: PlaceholderKind, position: number) =>
      kind === 'math'
        ? renderMathMarker(data, position)
        : renderShortcode(data.expansion.shortcodes[position]!, data, options.fragment)
    let blockInParagraph = false
    visit(tree, 'element', (node: Element, index, parent) => {
      replacePlaceholdersInProperties(node, render)
      if (node.tagName !== 'sc-marker' || !parent || index === undefined) return
      const rendered = render(
        node.properties['dataKind'] === 'math' ? 'math' : 'sc',
        Number(node.properties['dataIndex']),
      )
      // Alone on its lines, a shortcode that makes only inline content (katex, button) is a paragraph.
      const replacement =
        node.properties['dataBlock'] === 'true' && rendered.length > 0 && rendered.every(isPhrasing)
          ? [h('p', rendered)]
          : rendered
      if (parent.type === 'element' && parent.tagName === 'p' && !replacement.every(isPhrasing)) blockInParagraph = true
      parent.children.splice(index, 1, ...replacement)
      return [SKIP, index + replacement.length]
    })
    if (blockInParagraph) splitParagraphsAtBlocks(tree)
  }
}

/** Attributes (a link's href, an image's alt) holding a placeholder get the shortcode's text. */
function replacePlaceholdersInProperties(
  node: Element,
  render: (kind: PlaceholderKind, position: number) => ElementContent[],
): void {
  for (const [name, value] of Object.entries(node.properties)) {
    if (typeof value !== 'string' || !PLACEHOLDER_TRACE.test(value)) continue
    let out = ''
    let from = 0
    for (const found of findPlaceholders(value)) {
      out += value.slice(from, found.start) + toString({ type: 'root', children: render(found.kind, found.index) })
      from = found.end
    }
    node.properties[name] = out + value.slice(from)
  }
}

/**
 * A shortcode that makes blocks (a hint) on a line of a paragraph: the paragraph ends before it
 * and starts again after it, where Hugo would leave a `<div>` inside a `<p>` that browsers cut
 * the same way, leaving an empty paragraph behind.
 */
function splitParagraphsAtBlocks(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'p' || !parent || index === undefined || node.children.every(isPhrasing)) return
    const parts: ElementContent[] = []
    let run: ElementContent[] = []
    const endRun = () => {
      const trimmed = trimWhitespace(run)
      if (trimmed.length > 0) parts.push({ ...node, children: trimmed })
      run = []
    }
    for (const child of node.children) {
      if (isPhrasing(child)) run.push(child)
      else {
        endRun()
        parts.push(child)
      }
    }
    endRun()
    const lines = parts.flatMap((part, at): ElementContent[] =>
      at === 0 ? [part] : [{ type: 'text', value: '\n' }, part],
    )
    parent.children.splice(index, 1, ...lines)
    return [SKIP, index + lines.length]
  })
}

/** Phrasing content without the white space at its two ends (a paragraph's edges show none). */
function trimWhitespace(nodes: ElementContent[]): ElementContent[] {
  const out = [...nodes]
  while (out[0]?.type === 'text' && out[0].value.trim() === '') out.shift()
  while (out.at(-1)?.type === 'text' && (out.at(-1) as { value: string }).value.trim() === '') out.pop()
  const first = out[0]
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() }
  const last = out.at(-1)
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() }
  return out
}

function renderMathMarker(data: ShortcodeData, position: number): ElementContent[] {
  const span = data.expansion.math[position]!
  return renderMath(span.tex, span.display, (message, hint) =>
    data.settings.warnings.push({ file: data.settings.displayPath, line: data.lineOffset + span.line, message, hint }),
  )
}

function renderShortcode(node: ShortcodeNode, data: ShortcodeData, fragment: FragmentRenderer): ElementContent[] {
  const context = createContext(node, data, fragment)
  // As in Hugo, the site's own shortcode wins over the theme's of the same name.
  const siteShortcodes = data.settings.siteShortcodes
  const own = siteShortcodes?.renderers.get(node.name)
  if (own) return renderSiteShortcode(context, own, siteShortcodes!)
  const renderer = SHORTCODES[node.name]
  if (renderer) return renderer(context)
  context.warn(
    `unknown shortcode {{${node.markdown ? '%' : '<'} ${node.name} ${node.markdown ? '%' : '>'}}}: only its content is shown`,
    `implement it in shortcodes/${node.name}.tsx (the manual: docs/content/docs/migrating/own-shortcodes.md), or remove it; the shortcodes built in are ${BUILTIN_SHORTCODES.join(', ')}`,
  )
  if (!node.paired) return []
  return node.markdown ? context.inner() : unknownInnerAsText(node, data, fragment)
}

/**
 * An unknown shortcode's `{{< >}}` content, shown as the author wrote it: what its template
 * would make of it cannot be known, and parsed as HTML sample code loses its line breaks and
 * an `<h1>` in it becomes a heading. Text, its line breaks kept (CSS pre-wrap); shortcodes
 * nested in it still render.
 */
function unknownInnerAsText(node: ShortcodeNode, data: ShortcodeData, fragment: FragmentRenderer): ElementContent[] {
  // Nested shortcodes stand as a private-use character (one the text lacks) while the text is deindented as a whole.
  const texts = node.children.map((child) => (child.type === 'text' ? childText(data.source, child) : ''))
  let mark = '\uE000'
  while (texts.some((text) => text.includes(mark))) mark += '\uE000'
  const nested = node.children.filter((child): child is ShortcodeNode => child.type === 'shortcode')
  const text = deindent(node.children.map((child, index) => (child.type === 'text' ? texts[index] : mark)).join(''))
  const pieces = text
    .split(mark)
    .flatMap((value, index): ElementContent[] => [
      ...(index > 0 ? renderShortcode(nested[index - 1]!, data, fragment) : []),
      ...(value === '' ? [] : [{ type: 'text' as const, value }]),
    ])
  if (pieces.length === 0) return []
  return [h(pieces.every(isPhrasing) ? 'span' : 'div', { className: ['book-shortcode-text'] }, pieces)]
}

function createContext(node: ShortcodeNode, data: ShortcodeData, fragment: FragmentRenderer): ShortcodeContext {
  const { source, settings } = data
  const warn = (message: string, hint?: string) =>
    settings.warnings.push({ file: settings.displayPath, line: node.line, message, hint })
  // A site's own shortcode of a built-in's name takes `{{<` content as given, like any other.
  const markdownInner =
    node.markdown || (MARKDOWN_INNER.has(node.name) && !data.settings.siteShortcodes?.renderers.has(node.name))
  // The inner text's lines without the prefix of the tag's own line (a list's indentation, a quote's `>`).
  const prefix = containerPrefix(source, node.start)
  const textOf = (child: ShortcodeChild) =>
    prefix ? stripContainerPrefix(childText(source, child), prefix) : childText(source, child)
  const refs = {
    lookup: settings.lookup,
    sourcePath: settings.sourcePath,
    warn: (line: number, message: string, hint: string) =>
      settings.warnings.push({ file: settings.displayPath, line, message, hint }),
    unresolved: data.unresolvedRefs,
  }
  const renderChildren = (children: ShortcodeChild[], markdown: boolean, from: number): ElementContent[] => {
    if (!markdown) {
      // "As given": text is raw HTML (parsed by rehype-raw later); nested shortcodes still render.
      return children.flatMap((child): ElementContent[] =>
        child.type === 'text'
          ? [{ type: 'raw', value: textOf(child) } as unknown as ElementContent]
          : child.name === 'ref' || child.name === 'relref'
            ? [{ type: 'text', value: refText(child, refs)! }]
            : renderShortcode(child, data, fragment),
      )
    }
    // Refs become their URL before Markdown, as on the page, so `[a]({{< ref b >}})` is a link here too.
    const expansion = expandInner(
      source,
      node,
      { math: settings.math, textOf: (child) => refText(child, refs) },
      children,
    )
    return fragment(expansion.text, { ...data, expansion, lineOffset: lineAt(source, from) - 1 })
  }
  const context: ShortcodeContext = {
    node,
    settings,
    line: node.line,
    // A fragment's lines are moved by its line offset once rendered (pipeline.ts): counted from it here. Only
    // the line is read (warnings); the offsets, which raw HTML parsing requires, are the page's.
    position: {
      start: { line: node.line - data.lineOffset, column: 1, offset: node.start },
      end: { line: node.line - data.lineOffset, column: 1, offset: node.end },
    },
    innerText: () => deindent(node.children.map(textOf).join('')),
    innerDeindent: () => innerDeindent(source, node),
    inner: () => renderChildren(node.children, markdownInner, node.innerStart),
    inlineMarkdown: (text) =>
      unwrapParagraph(fragment(text, { ...data, expansion: plainExpansion(text), lineOffset: node.line - 1 })),
    markdown: (text) => {
      // The text is a source of its own: its shortcodes' offsets point into it; its line 1 is the call's.
      const expansion = expandSource(text, { math: settings.math, textOf: (child) => refText(child, refs) })
      for (const warning of expansion.warnings)
        settings.warnings.push({
          file: settings.displayPath,
          line: node.line,
          message: warning.message,
          hint: warning.hint,
        })
      return fragment(expansion.text, { ...data, source: text, expansion, lineOffset: node.line - 1 })
    },
    inlineInner: () => unwrapParagraph(context.inner()),
    innerParts: (separator) =>
      splitChildren(source, node.children, separator).map((part) =>
        renderChildren(part, markdownInner, part[0]?.start ?? node.innerStart),
      ),
    nested: (name) =>
      node.children
        .filter((child): child is ShortcodeNode => child.type === 'shortcode' && child.name === name)
        .map((child) => createContext(child, data, fragment)),
    warn,
    uniqueId: (prefix) => {
      const next = (data.ids.get(prefix) ?? 0) + 1
      data.ids.set(prefix, next)
      return `${prefix}-${next}`
    },
    resolve: (target) => settings.lookup.page(settings.sourcePath, target),
  }
  return context
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
])

/** Text with no shortcode in it, as a fragment to render. */
function plainExpansion(text: string): ExpandedSource {
  const lines = text.split('\n').map((_line, index) => index + 1)
  return { text, shortcodes: [], ordinals: [], math: [], warnings: [], lines }
}

function isPhrasing(node: ElementContent): boolean {
  if (node.type === 'element') return !BLOCK.has(node.tagName)
  return node.type === 'text' || (node as { type: string }).type === 'raw'
}

/** Splits a shortcode's children at separator lines (`<--->` in columns); text around a separator is cut there. */
function splitChildren(source: string, children: ShortcodeChild[], separator: RegExp): ShortcodeChild[][] {
  const parts: ShortcodeChild[][] = [[]]
  for (const child of children) {
    if (child.type !== 'text' || child.literal !== undefined) {
      parts.at(-1)!.push(child)
      continue
    }
    let start = child.start
    const text = source.slice(child.start, child.end)
    const global = new RegExp(separator.source, `${separator.flags.replace('g', '')}g`)
    for (const match of text.matchAll(global)) {
      const cut = child.start + match.index
      if (cut > start) parts.at(-1)!.push({ type: 'text', start, end: cut })
      parts.push([])
      start = cut + match[0].length
    }
    if (child.end > start) parts.at(-1)!.push({ type: 'text', start, end: child.end })
  }
  return parts
}
