import { lineAt } from '../../formats/text'
import { parseShortcodes, type ParseWarning, type ShortcodeChild, type ShortcodeNode } from './parse'

/**
 * Before Markdown, as Hugo does it: every top-level shortcode (and, where enabled, every
 * passthrough math span) becomes a one-line placeholder, so Markdown sees a word wherever the
 * shortcode stood — in a paragraph, a list item, a quote, a table cell, raw HTML — and the
 * page's structure is the one Hugo parses. (A placeholder spanning the shortcode's lines would
 * break a list item or a quote at its second line.) remarkShortcodeMarkers then turns the
 * placeholders into marker nodes; rehypeShortcodes puts the rendered shortcodes there. The
 * lines a placeholder takes away are kept in `lines`, so positions still name the file's lines.
 */

export interface MathSpan {
  tex: string
  display: boolean
  /** The line, in the file (or fragment), where the span starts. */
  line: number
}

export interface MathDelimiters {
  block: [string, string][]
  inline: [string, string][]
}

export interface ExpandedSource {
  /** The Markdown to parse: placeholders instead of shortcodes and math. */
  text: string
  /** Placeholder `S<N>` → shortcodes[N]. */
  shortcodes: ShortcodeNode[]
  /**
   * Hugo's ordinal of each of `shortcodes` among the page's top-level shortcodes (ref and relref
   * count; escaped ones do not). Hugo makes a heading's id from its placeholder, which holds it.
   */
  ordinals: number[]
  /** Placeholder `M<N>` → math[N]. */
  math: MathSpan[]
  warnings: ParseWarning[]
  /** `lines[i]` is the line, in the file (or fragment), that line i + 1 of `text` starts on. */
  lines: number[]
}

export interface ExpandOptions {
  /** What a standalone shortcode stands for as plain text (ref/relref → a URL), if it is such a one. */
  textOf?: (node: ShortcodeNode) => string | undefined
  /** Passthrough math delimiters (Hugo's goldmark passthrough extension), when enabled. */
  math?: MathDelimiters
}

// Unicode noncharacters around the placeholder: reserved for a program's own use, never text
// (private-use characters are icon fonts' glyphs), and neither punctuation nor space to
// Markdown, so a placeholder sits in text the way a word does, as Hugo's
// `HAHAHUGOSHORTCODE…HBHB` does.
const OPEN = '\uFDD0'
const CLOSE = '\uFDD1'
export const PLACEHOLDER = /\uFDD0([SM])(\d+)\uFDD1/g
/** Any trace of a placeholder: none may reach a page's HTML. */
export const PLACEHOLDER_TRACE = /[\uFDD0\uFDD1]/

export type PlaceholderKind = 'sc' | 'math'

export function placeholder(kind: PlaceholderKind, index: number): string {
  return `${OPEN}${kind === 'sc' ? 'S' : 'M'}${index}${CLOSE}`
}

/** A page holding one of the characters placeholders are made of (U+FDD0, U+FDD1): no text has them. */
export class NoncharacterInText extends Error {
  constructor(
    readonly line: number,
    char: string,
  ) {
    super(
      `the text holds U+${char.codePointAt(0)!.toString(16).toUpperCase()}, a Unicode noncharacter, which no text may hold`,
    )
    this.name = 'NoncharacterInText'
  }
}

/** The placeholders in a text, in order, with where they stand. */
export function findPlaceholders(text: string): { kind: PlaceholderKind; index: number; start: number; end: number }[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({
    kind: match[1] === 'S' ? 'sc' : 'math',
    index: Number(match[2]),
    start: match.index,
    end: match.index + match[0].length,
  }))
}

/** Hugo 0.111's placeholder for its ordinal-th top-level shortcode, as heading ids see it. */
export function hugoPlaceholder(ordinal: number): string {
  return `HAHAHUGOSHORTCODEs${ordinal}HBHB`
}

/** The source text a child stands for in Markdown (escaped shortcodes become their literal form). */
export function childText(source: string, child: ShortcodeChild): string {
  return child.type === 'text'
    ? (child.literal ?? source.slice(child.start, child.end))
    : source.slice(child.start, child.end)
}

/** Text being assembled, with the file line each of its lines starts on. */
class LinedText {
  text = ''
  readonly lines: number[]
  private line: number

  constructor(firstLine: number) {
    this.line = firstLine
    this.lines = [firstLine]
  }

  /** Text as written: each of its line breaks starts a line of the file. */
  write(text: string): void {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.lines.push(++this.line)
    this.text += text
  }

  /** A placeholder for `replaced`: one line of text, the file's lines moving on beneath it. */
  collapse(token: string, replaced: string): void {
    this.text += token
    this.line += countLineBreaks(replaced)
  }
}

function countLineBreaks(text: string): number {
  let count = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++
  return count
}

export function expandSource(source: string, options: ExpandOptions = {}): ExpandedSource {
  const trace = PLACEHOLDER_TRACE.exec(source)
  if (trace) throw new NoncharacterInText(lineAt(source, trace.index), trace[0])
  const { children, warnings } = parseShortcodes(source)
  const expanded = expandChildren(source, children, 1, undefined, options)
  return { ...expanded, warnings }
}

/**
 * The inner text of a shortcode, with its own nested shortcodes turned into placeholders too.
 * Its lines lose the prefix of the line the shortcode opens on (a list item's indentation, a
 * quote's `>`), so the content reads as written in that container; line 1 is the line its inner
 * text starts on.
 */
export function expandInner(
  source: string,
  node: ShortcodeNode,
  options: ExpandOptions = {},
  children: ShortcodeChild[] = node.children,
): ExpandedSource {
  const expanded = expandChildren(source, children, 1, containerPrefix(source, node.start), options)
  return { ...expanded, warnings: [] }
}

function expandChildren(
  source: string,
  children: ShortcodeChild[],
  firstLine: number,
  prefix: ContainerPrefix | undefined,
  options: ExpandOptions,
): Omit<ExpandedSource, 'warnings'> {
  const out = new LinedText(firstLine)
  const shortcodes: ShortcodeNode[] = []
  const ordinals: number[] = []
  let ordinal = 0
  for (const child of children) {
    if (child.type === 'text') {
      out.write(prefix ? stripContainerPrefix(childText(source, child), prefix) : childText(source, child))
      continue
    }
    const asText = options.textOf?.(child)
    if (asText !== undefined) out.write(asText)
    else {
      out.collapse(placeholder('sc', shortcodes.length), source.slice(child.start, child.end))
      shortcodes.push(child)
      ordinals.push(ordinal)
    }
    ordinal++
  }
  const math: MathSpan[] = []
  if (!options.math) return { text: out.text, lines: out.lines, shortcodes, ordinals, math }
  const withMath = expandMath(out.text, out.lines, options.math, math)
  return { text: withMath.text, lines: withMath.lines, shortcodes, ordinals, math }
}

/** What opens a shortcode's line before it, in blocks that continue on the following lines. */
export interface ContainerPrefix {
  /** Quote markers (`>`) on the line. */
  quotes: number
  /** Columns of indentation (list markers count as their width) after the quote markers. */
  indent: number
}

/**
 * The container prefix of the line a shortcode opens on: the text before `{{<` when it is only
 * quote markers, indentation and list markers (`> - `, `    `, `1. `), else none.
 */
export function containerPrefix(source: string, start: number): ContainerPrefix | undefined {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1
  const before = source.slice(lineStart, start)
  const match = /^((?:[ \t]{0,3}>[ \t]?)*)([ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*)$/.exec(before)
  if (!match) return undefined
  const quotes = (match[1]!.match(/>/g) ?? []).length
  const indent = columns(match[2]!)
  return quotes === 0 && indent === 0 ? undefined : { quotes, indent }
}

function columns(text: string): number {
  let width = 0
  for (const char of text) width = char === '\t' ? width + 4 - (width % 4) : width + 1
  return width
}

/** Removes the container's prefix from the start of every line but the first (which follows the tag). */
export function stripContainerPrefix(text: string, prefix: ContainerPrefix): string {
  return text.replace(/\n([^\n]*)/g, (_whole, line: string) => `\n${stripLinePrefix(line, prefix)}`)
}

function stripLinePrefix(line: string, { quotes, indent }: ContainerPrefix): string {
  let rest = line
  for (let quote = 0; quote < quotes; quote++) {
    const marker = /^[ \t]{0,3}>[ \t]?/.exec(rest)
    if (!marker) break
    rest = rest.slice(marker[0].length)
  }
  let width = 0
  let at = 0
  while (at < rest.length && width < indent && (rest[at] === ' ' || rest[at] === '\t')) {
    width = rest[at] === '\t' ? width + 4 - (width % 4) : width + 1
    at++
  }
  return rest.slice(at)
}

/**
 * Replaces math spans outside code (fenced blocks and inline code spans) with placeholders.
 * Block delimiters first, so `$$` is not read as two inline `$`.
 */
function expandMath(
  text: string,
  lines: number[],
  delimiters: MathDelimiters,
  math: MathSpan[],
): { text: string; lines: number[] } {
  // Counted in lines of `text` (1-based), then made the file's lines through `lines`.
  const out = new LinedText(1)
  let textLine = 1
  let pending = ''
  let index = 0
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
          pending += text.slice(index, end)
          index = end
          continue
        }
      }
    }
    const char = text[index]!
    if (!fence && char === '`') {
      const run = /^`+/.exec(text.slice(index))![0]
      const close = text.indexOf(run, index + run.length)
      const end = close === -1 ? index + run.length : close + run.length
      const code = text.slice(index, end)
      pending += code
      textLine += countLineBreaks(code)
      index = end
      continue
    }
    const found = fence ? undefined : findMath(text, index, delimiters)
    if (found) {
      out.write(pending)
      pending = ''
      const spanText = text.slice(index, found.end)
      out.collapse(placeholder('math', math.length), spanText)
      math.push({ tex: found.tex, display: found.display, line: lines[textLine - 1]! })
      textLine += countLineBreaks(spanText)
      index = found.end
      continue
    }
    pending += char
    if (char === '\n') textLine++
    index++
  }
  out.write(pending)
  return { text: out.text, lines: out.lines.map((line) => lines[line - 1]!) }
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
