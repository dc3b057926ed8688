import { lineAt } from '../../formats/text'
import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { button } from './builtins/button'
import { columns } from './builtins/columns'
import { details, expand } from './builtins/details'
import { hint } from './builtins/hint'
import { katex, renderMath } from './builtins/katex'
import { mermaid } from './builtins/mermaid'
import { section } from './builtins/section'
import { steps } from './builtins/steps'
import { tab, tabs } from './builtins/tabs'
import { deindent, type ShortcodeContext, type ShortcodeRenderer, type ShortcodeSettings } from './context'
import { childText, expandInner, type ExpandedSource } from './expand'
import type { ShortcodeChild, ShortcodeNode } from './parse'
import { renderSiteShortcode } from './site-shortcodes'

/** hugo-book's shortcodes. ref and relref are plain text (see refs.ts); any other name is unknown. */
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
}

/** The shortcodes this project renders itself: hugo-book's, ref and relref included. */
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

/** Rehype plugin: replaces the markers left by preprocessing with the rendered shortcodes and math. */
export function rehypeShortcodes(options: { fragment: FragmentRenderer }) {
  return (tree: Root, file: VFile) => {
    const data = file.data.shortcodes
    if (!data) return
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'sc-marker' || !parent || index === undefined) return
      const position = Number(node.properties['dataIndex'])
      const rendered =
        node.properties['dataKind'] === 'math'
          ? renderMathMarker(data, position)
          : renderShortcode(data.expansion.shortcodes[position]!, data, options.fragment)
      // Alone on its lines, a shortcode that makes only inline content (katex, button) is a paragraph, as in Hugo.
      const replacement =
        node.properties['dataBlock'] === 'true' && rendered.length > 0 && rendered.every(isPhrasing)
          ? [h('p', rendered)]
          : rendered
      parent.children.splice(index, 1, ...replacement)
      return [SKIP, index + replacement.length]
    })
  }
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
    `implement it in shortcodes/${node.name}.tsx (README "Your own shortcodes"), or remove it; hugo-book’s own shortcodes are hint, details, expand, tabs, tab, columns, button, section, steps, mermaid, katex, ref and relref`,
  )
  return node.paired ? context.inner() : []
}

function createContext(node: ShortcodeNode, data: ShortcodeData, fragment: FragmentRenderer): ShortcodeContext {
  const { source, settings } = data
  const warn = (message: string, hint?: string) =>
    settings.warnings.push({ file: settings.displayPath, line: node.line, message, hint })
  // A site's own shortcode of a built-in's name takes `{{<` content as given, like any other.
  const markdownInner =
    node.markdown || (MARKDOWN_INNER.has(node.name) && !data.settings.siteShortcodes?.renderers.has(node.name))
  const renderChildren = (children: ShortcodeChild[], markdown: boolean, from: number): ElementContent[] => {
    if (!markdown) {
      // "As given": text is raw HTML (parsed by rehype-raw later); nested shortcodes still render.
      return children.flatMap((child): ElementContent[] =>
        child.type === 'text'
          ? [{ type: 'raw', value: childText(source, child) } as unknown as ElementContent]
          : renderShortcode(child, data, fragment),
      )
    }
    const holder: ShortcodeNode = { ...node, children }
    const expansion = expandInner(source, holder, { math: settings.math })
    return fragment(expansion.text, { ...data, expansion, lineOffset: lineAt(source, from) - 1 })
  }
  const context: ShortcodeContext = {
    node,
    settings,
    line: node.line,
    innerText: () => deindent(node.children.map((child) => childText(source, child)).join('')),
    inner: () => renderChildren(node.children, markdownInner, node.innerStart),
    inlineMarkdown: (text) =>
      unwrapParagraph(
        fragment(text, {
          ...data,
          expansion: { text, shortcodes: [], math: [], warnings: [] },
          lineOffset: node.line - 1,
        }),
      ),
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

function isPhrasing(node: ElementContent): boolean {
  if (node.type === 'element') return !BLOCK.has(node.tagName)
  return node.type === 'text' || (node as { type: string }).type === 'raw'
}

/** A lone paragraph's content, for Markdown written where only a line belongs (a title, a label). */
function unwrapParagraph(nodes: ElementContent[]): ElementContent[] {
  const significant = nodes.filter((node) => !(node.type === 'text' && node.value.trim() === ''))
  const only = significant[0]
  if (significant.length === 1 && only?.type === 'element' && only.tagName === 'p') return only.children
  return nodes
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
