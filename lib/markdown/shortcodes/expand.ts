import { parseShortcodes, type ParseWarning, type ShortcodeChild, type ShortcodeNode } from './parse'

/**
 * Before Markdown: every top-level shortcode (and, where enabled, every passthrough math
 * span) becomes an HTML-comment marker spanning exactly its lines, so the Markdown
 * parser keeps every line number and sees a block (a marker alone on its lines) or an
 * inline piece. The rehype stage replaces markers by the rendered shortcode.
 */

export interface MathSpan {
  tex: string
  display: boolean
  line: number
}

export interface MathDelimiters {
  block: [string, string][]
  inline: [string, string][]
}

export interface ExpandedSource {
  /** The Markdown to parse: markers instead of shortcodes and math. */
  text: string
  /** Marker `sc:N` → shortcodes[N]. */
  shortcodes: ShortcodeNode[]
  /** Marker `math:N` → math[N]. */
  math: MathSpan[]
  warnings: ParseWarning[]
}

export interface ExpandOptions {
  /** What a standalone shortcode stands for as plain text (ref/relref → a URL), if it is such a one. */
  textOf?: (node: ShortcodeNode) => string | undefined
  /** Passthrough math delimiters (Hugo's goldmark passthrough extension), when enabled. */
  math?: MathDelimiters
}

export const MARKER = /^<!--(sc|math):(\d+)\s*-->$/

function marker(kind: 'sc' | 'math', index: number, replaced: string): string {
  const newlines = replaced.match(/\n/g)?.length ?? 0
  return `<!--${kind}:${index}${'\n'.repeat(newlines)}-->`
}

/** The source text a child stands for in Markdown (escaped shortcodes become their literal form). */
export function childText(source: string, child: ShortcodeChild): string {
  return child.type === 'text'
    ? (child.literal ?? source.slice(child.start, child.end))
    : source.slice(child.start, child.end)
}

export function expandSource(source: string, options: ExpandOptions = {}): ExpandedSource {
  const { children, warnings } = parseShortcodes(source)
  const shortcodes: ShortcodeNode[] = []
  let text = ''
  for (const child of children) {
    if (child.type === 'text') text += childText(source, child)
    else {
      const asText = options.textOf?.(child)
      if (asText !== undefined) text += asText
      else {
        text += marker('sc', shortcodes.length, source.slice(child.start, child.end))
        shortcodes.push(child)
      }
    }
  }
  const math: MathSpan[] = []
  if (options.math) text = expandMath(text, options.math, math)
  return { text, shortcodes, math, warnings }
}

/** The inner text of a shortcode, with its own nested shortcodes turned into markers too. */
export function expandInner(source: string, node: ShortcodeNode, options: ExpandOptions = {}): ExpandedSource {
  let inner = ''
  const shortcodes: ShortcodeNode[] = []
  for (const child of node.children) {
    if (child.type === 'text') inner += childText(source, child)
    else {
      const asText = options.textOf?.(child)
      if (asText !== undefined) inner += asText
      else {
        inner += marker('sc', shortcodes.length, source.slice(child.start, child.end))
        shortcodes.push(child)
      }
    }
  }
  const math: MathSpan[] = []
  if (options.math) inner = expandMath(inner, options.math, math)
  return { text: inner, shortcodes, math, warnings: [] }
}

/**
 * Replaces math spans outside code (fenced blocks and inline code spans) with markers.
 * Block delimiters first, so `$$` is not read as two inline `$`.
 */
function expandMath(text: string, delimiters: MathDelimiters, math: MathSpan[]): string {
  let output = ''
  let index = 0
  let line = 1
  let fence: string | undefined
  const atLineStart = () => index === 0 || text[index - 1] === '\n'
  while (index < text.length) {
    if (atLineStart()) {
      const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(index, index + 50))
      if (fenceMatch) {
        const wasOpen = fence !== undefined
        if (!fence) fence = fenceMatch[1]
        else if (fenceMatch[1]!.startsWith(fence[0]!) && fenceMatch[1]!.length >= fence.length) fence = undefined
        if (wasOpen && !fence) {
          // The closing fence line is code too: its backticks must not open an inline code span.
          const lineEnd = text.indexOf('\n', index)
          const end = lineEnd === -1 ? text.length : lineEnd
          output += text.slice(index, end)
          index = end
          continue
        }
      }
    }
    const char = text[index]!
    if (fence) {
      output += char
      if (char === '\n') line++
      index++
      continue
    }
    if (char === '`') {
      const run = /^`+/.exec(text.slice(index))![0]
      const close = text.indexOf(run, index + run.length)
      const end = close === -1 ? index + run.length : close + run.length
      const code = text.slice(index, end)
      output += code
      line += code.match(/\n/g)?.length ?? 0
      index = end
      continue
    }
    const found = findMath(text, index, delimiters)
    if (found) {
      const spanText = text.slice(index, found.end)
      output += marker('math', math.length, spanText)
      math.push({ tex: found.tex, display: found.display, line })
      line += spanText.match(/\n/g)?.length ?? 0
      index = found.end
      continue
    }
    output += char
    if (char === '\n') line++
    index++
  }
  return output
}

function findMath(
  text: string,
  index: number,
  delimiters: MathDelimiters,
): { tex: string; display: boolean; end: number } | undefined {
  for (const display of [true, false]) {
    for (const [open, close] of display ? delimiters.block : delimiters.inline) {
      if (!text.startsWith(open, index)) continue
      const start = index + open.length
      const end = text.indexOf(close, start)
      // Inline math stays on one line; an empty span is not math.
      if (end === -1 || end === start || (!display && text.slice(start, end).includes('\n'))) continue
      return { tex: text.slice(start, end).trim(), display, end: end + close.length }
    }
  }
  return undefined
}
