import type { RehypeShikiOptions } from '@shikijs/rehype'
import type { Element, Root } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import { h } from 'hastscript'
import { toString } from 'hast-util-to-string'
import { bundledLanguagesInfo } from 'shiki/langs'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { readableTokens } from './code-contrast'
import { sourceOf } from './source'
import { renderMath } from './shortcodes/builtins/katex'
import { mermaidBlock } from './shortcodes/builtins/mermaid'

/**
 * Rehype plugin (before highlighting): a fence's language is read in lower case, as Hugo's
 * highlighter reads it (```` ```YAML ```` is YAML; Shiki's names are lower case); ```mermaid
 * blocks become diagrams drawn in the browser, ```katex (and ```math) blocks become typeset formulas.
 */
export function rehypeSpecialCodeBlocks() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
      const classes = (code?.properties['className'] as string[] | undefined) ?? []
      const languageClass = classes.findIndex((name) => name.startsWith('language-'))
      if (!code || languageClass === -1) return
      const language = classes[languageClass]!.slice('language-'.length).toLowerCase()
      classes[languageClass] = `language-${language}`
      const text = toString(code).replace(/\n$/, '')
      if (language === 'mermaid') parent.children[index] = mermaidBlock(text)
      else if (language === 'katex' || language === 'math') {
        const data = file.data.shortcodes
        const line = (node.position?.start.line ?? 0) + (data?.lineOffset ?? 0)
        const warn = (message: string, hint?: string) =>
          sourceOf(file).warnings.push({ file: sourceOf(file).displayPath, line, message, hint })
        parent.children.splice(index, 1, ...renderMath(text, true, warn))
      }
    })
  }
}

/** How code blocks are highlighted, from Hugo's markup.highlight (lib/config/hugo/read-highlight.ts). */
export interface CodeHighlightOptions {
  /** Line numbers on every block (Hugo's lineNos); a fence's `linenos` wins. */
  lineNumbers: boolean
  /** The first line's number (Hugo's lineNoStart); a fence's `linenostart` wins. */
  lineNumberStart: number
  /** Shiki themes for the light and the dark colour scheme. */
  themes: { light: string; dark: string }
}

export const DEFAULT_CODE_HIGHLIGHT: CodeHighlightOptions = {
  lineNumbers: false,
  lineNumberStart: 1,
  themes: { light: 'github-light', dark: 'github-dark' },
}

/** Hugo's attributes after a fence's language, as far as they change the block: ```` ```go {linenos=table,hl_lines=[2,"4-5"]} ````. */
export interface FenceAttributes {
  lineNumbers?: boolean
  lineNumberStart?: number
  /** Lines to mark, counted from the block's first line (1), as Hugo counts them. */
  highlightLines: number[]
}

/**
 * Reads `{linenos=table, hl_lines=[2,"4-5"], linenostart=10}` (also `hl_lines="2 4-5"`).
 * `linenos` is true, false, table or inline (numbers either way; here they always stay out
 * of copied text, as Hugo's table form does). Other attributes change nothing here.
 */
export function parseFenceAttributes(meta: string): FenceAttributes {
  const out: FenceAttributes = { highlightLines: [] }
  const inner = meta.trim().replace(/^\{|\}$/g, '')
  // Commas inside [...] or quotes belong to the value.
  for (const pair of inner.match(/[\w-]+\s*=\s*(?:\[[^\]]*\]|"[^"]*"|'[^']*'|[^,\s]+)/g) ?? []) {
    const [, rawKey = '', rawValue = ''] = /^([\w-]+)\s*=\s*(.*)$/s.exec(pair) ?? []
    const key = rawKey.toLowerCase()
    const value = rawValue.trim()
    if (key === 'linenos') out.lineNumbers = !/^(false|none)$/i.test(unquote(value))
    else if (key === 'linenostart' && /^\d+$/.test(unquote(value))) out.lineNumberStart = Number(unquote(value))
    else if (key === 'hl_lines') out.highlightLines = lineRanges(value)
  }
  return out
}

function unquote(value: string): string {
  return value.replace(/^["']|["']$/g, '')
}

/** `[2,"4-5"]`, `"2 4-5"` or `2` → [2, 4, 5]. */
function lineRanges(value: string): number[] {
  const lines: number[] = []
  for (const part of value.replace(/[[\]"']/g, ' ').split(/[\s,]+/)) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part)
    if (!range) continue
    const from = Number(range[1])
    const to = Math.min(Number(range[2] ?? range[1]), from + 10_000)
    for (let line = from; line <= to; line++) lines.push(line)
  }
  return lines
}

/**
 * The Shiki options that follow Hugo's highlighting settings: the fence's attributes parsed
 * (parseMetaString), and a transformer that numbers lines (`data-line`, shown by CSS, so the
 * numbers are never copied with the code) and marks the `hl_lines`.
 */
function shikiLineOptions(options: CodeHighlightOptions): Pick<RehypeShikiOptions, 'parseMetaString' | 'transformers'> {
  const fenceOf = (meta: Record<string, unknown> | undefined) => meta?.['_fence'] as FenceAttributes | undefined
  return {
    // Shiki writes every meta key onto the <pre> but those starting with `_` (`fence="[object Object]"`).
    parseMetaString: (meta: string) => ({ _fence: parseFenceAttributes(meta) }),
    transformers: [
      readableTokens(),
      {
        name: 'hugo-line-numbers',
        pre(node) {
          if (fenceOf(this.options.meta)?.lineNumbers ?? options.lineNumbers) this.addClassToHast(node, 'line-numbers')
        },
        line(node, line) {
          const fence = fenceOf(this.options.meta)
          if (fence?.lineNumbers ?? options.lineNumbers)
            node.properties['dataLine'] = (fence?.lineNumberStart ?? options.lineNumberStart) + line - 1
          if (fence?.highlightLines.includes(line)) this.addClassToHast(node, 'highlighted')
        },
      },
    ],
  }
}

/** Shiki's settings for code blocks, the same on Markdown and MDX pages. */
export function shikiOptions(highlight: CodeHighlightOptions): RehypeShikiOptions {
  return {
    themes: highlight.themes,
    defaultColor: false,
    ...shikiLineOptions(highlight),
    langs: [],
    lazy: true,
    fallbackLanguage: 'text',
    // No time limit per line (Shiki's default is 500 ms): a line that runs over it keeps its first
    // tokens' colours and the rest goes uncoloured, and the first line a grammar tokenizes pays for
    // compiling its patterns, over 500 ms on a busy machine. A page must render to the same HTML
    // however loaded the machine is: a rebuild keeps pages rendered by earlier builds. (Hugo's
    // highlighter has no limit either.)
    tokenizeTimeLimit: 0,
  }
}

/**
 * Remark plugin: keeps a fence's attributes (`{linenos=table}`) on its `code` element as
 * `metastring`, where Shiki reads them; the tree's own `data.meta` does not survive raw HTML parsing.
 */
export function remarkFenceAttributes() {
  return (tree: MdastRoot) => {
    visit(tree, 'code', (node) => {
      if (!node.meta) return
      node.data ??= {}
      node.data.hProperties = { ...node.data.hProperties, metastring: node.meta }
    })
  }
}

/**
 * Rehype plugin (after highlighting): every code block can take the keyboard's focus, so a reader
 * without a mouse can scroll a long line sideways. Shiki gives its blocks `tabindex="0"`; a fence
 * without a language is not Shiki's, and a raw `<pre>` neither (axe: scrollable-region-focusable).
 */
export function rehypeFocusableCode() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const diagram = String(node.properties['className'] ?? '').includes('mermaid') // drawn over by an SVG in the browser
      if (node.tagName === 'pre' && !diagram && node.properties['tabIndex'] === undefined)
        node.properties['tabIndex'] = 0
    })
  }
}

/** Fence languages that are plain text: their blocks get no language label. */
const PLAIN_TEXT = new Set(['text', 'txt', 'plain', 'plaintext', 'ansi'])

/** Names Hugo's highlighter (Chroma) gives a shell session that Shiki does not know. */
const CHROMA_ALIASES: Record<string, string> = { 'shell-session': 'shellsession', 'bash-session': 'shellsession' }

/**
 * A fence's language as the book names it: Shiki's id (`ts` → `typescript`, `console` →
 * `shellsession`) and the language's readable name (`TypeScript`, `Shell Session`). A language
 * Shiki does not know keeps the author's word as both; a plain-text block has none.
 */
export function codeLanguage(token: string): { id: string; name: string } | undefined {
  const word = token.trim().toLowerCase()
  if (word === '' || PLAIN_TEXT.has(word)) return undefined
  const wanted = CHROMA_ALIASES[word] ?? word
  const known = bundledLanguagesInfo.find((language) => language.id === wanted || language.aliases?.includes(wanted))
  return known ? { id: known.id, name: known.name } : { id: word, name: token.trim() }
}

/**
 * Rehype plugin (after the page's text is read, before highlighting): each code block is framed
 * with a bar above it that names its language. The name is written at build time, so it shows
 * without JavaScript and nothing moves when the page's script arrives; the copy button is added
 * to the bar in the browser (components/markdown/CodeCopyButtons.client.tsx), as it would be dead
 * without a script. A block without a language gets an empty bar, shown only where scripts run.
 */
export function rehypeCodeBlockFrames() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
      if (!code) return
      const classes = (code.properties['className'] as string[] | undefined) ?? []
      const token = classes.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? ''
      const language = codeLanguage(token)
      parent.children[index] = h('div', { className: ['code-block'], dataLanguage: language?.id }, [
        h(
          'div',
          { className: ['code-block-bar'] },
          language ? [h('span', { className: ['code-block-language'] }, language.name)] : [],
        ),
        node,
      ])
      return 'skip'
    })
  }
}
