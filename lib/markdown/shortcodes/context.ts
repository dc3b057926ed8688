import type { Element, ElementContent } from 'hast'
import type { BuildWarning } from '../../diagnostics/build-warnings'
import type { HugoParams } from '../../formats/hugo-params'
import type { MarkdownWords } from '../../i18n/words'
import type { ContentLookup } from '../source'
import { childText, type MathDelimiters } from './expand'
import type { ShortcodeNode } from './parse'
import type { SiteShortcodes } from './site-shortcode-api'

/** What the rendering of shortcodes needs to know about the page and the site. */
export interface ShortcodeSettings {
  /** Content path of the page being rendered: `docs/a.md`. */
  sourcePath: string
  /** How warnings name the file (`content/docs/a.md`). */
  displayPath: string
  lookup: ContentLookup
  /** The page's warnings (MarkdownSource.warnings): shortcodes add theirs. */
  warnings: BuildWarning[]
  /** The words shortcodes write themselves (a details' default summary), in the page's language. */
  words: MarkdownWords
  math?: MathDelimiters
  /** The site's own shortcodes (its `shortcodes/` folder), loaded by the site layer. */
  siteShortcodes?: SiteShortcodes
  /** Authors' raw HTML is kept as written (markup.goldmark.renderer.unsafe): site shortcodes get their inner HTML unsanitised. */
  unsafeHtml?: boolean
  /** Hugo's .Params of the page and .Site.Params, which the param shortcode looks in, in that order. */
  pageParams?: HugoParams
  siteParams?: HugoParams
}

/** Handed to each shortcode's renderer. */
export interface ShortcodeContext {
  node: ShortcodeNode
  settings: ShortcodeSettings
  /** The 1-based line in the page's file where the shortcode starts. */
  line: number
  /** That line as a position for the elements the shortcode makes, so later steps warn with it (a figure's missing image). */
  position: NonNullable<Element['position']>
  /** The inner text, as written (common indentation removed, outer blank lines trimmed). */
  innerText(): string
  /** The inner text as Hugo's .InnerDeindent gives it: only the opening tag's own indentation taken off each line. */
  innerDeindent(): string
  /** The inner content: Markdown for `{{% %}}` (and for the shortcodes whose hugo-book template renders it), else as given (raw HTML). */
  inner(): ElementContent[]
  /** The inner content as phrasing (a button's label): a lone paragraph is unwrapped. */
  inlineInner(): ElementContent[]
  /** The inner content cut at separator lines (columns' `<--->`), each part rendered like inner(). */
  innerParts(separator: RegExp): ElementContent[][]
  /** Renders Markdown written in a parameter (a summary title, a tab name). */
  inlineMarkdown(text: string): ElementContent[]
  /** Renders Markdown a site's module hands back (a part of its content): shortcodes, refs and math in it too. */
  markdown(text: string): ElementContent[]
  /** The rendered nested shortcodes named `name` (tab inside tabs), in order. */
  nested(name: string): ShortcodeContext[]
  warn(message: string, hint?: string): void
  /** A page id unique in this page: `tabs-3`. */
  uniqueId(prefix: string): string
  /** Where a ref or a link to a content file leads. */
  resolve(target: string): { url: string } | undefined
}

export type ShortcodeRenderer = (context: ShortcodeContext) => ElementContent[]

/** A positional or named parameter (`{{< details "Title" >}}` or `{{< details title="Title" >}}`). */
export function param(node: ShortcodeNode, position: number, name: string): string | undefined {
  return node.params.named[name] ?? node.params.positional[position]
}

/** A flag given as a positional word (`open`) or a named boolean (`open=true`). */
export function flag(node: ShortcodeNode, name: string): boolean {
  const named = node.params.named[name]
  if (named !== undefined) return named === 'true' || named === name
  return node.params.positional.includes(name)
}

/** Removes the indentation common to all non-blank lines, and blank lines at both ends (Hugo's InnerDeindent). */
export function deindent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift()
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop()
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length)
  const common = indents.length > 0 ? Math.min(...indents) : 0
  return lines.map((line) => line.slice(common)).join('\n')
}

/**
 * Hugo's InnerDeindent: when the opening tag is indented (inside a list item), that indentation is
 * taken off every line that starts with it; otherwise the inner text is as written.
 */
export function innerDeindent(source: string, node: ShortcodeNode): string {
  const indentation = source.slice(source.lastIndexOf('\n', node.start - 1) + 1, node.start)
  const inner = node.children.map((child) => childText(source, child)).join('')
  if (!/^[ \t]+$/.test(indentation)) return inner
  return inner
    .split('\n')
    .map((line) => (line.startsWith(indentation) ? line.slice(indentation.length) : line))
    .join('\n')
}

/** A lone paragraph's content, for Markdown written where only a line belongs (a title, a label). */
export function unwrapParagraph(nodes: ElementContent[]): ElementContent[] {
  const significant = nodes.filter((node) => !(node.type === 'text' && node.value.trim() === ''))
  const only = significant[0]
  if (significant.length === 1 && only?.type === 'element' && only.tagName === 'p') return only.children
  return nodes
}
