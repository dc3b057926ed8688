/**
 * How deep a page's text nests, found by one linear pass over it before the Markdown parser sees
 * it: the parser and the HTML and shortcode trees after it recurse once per level, so a page of
 * thousands of levels would run for minutes or overflow the stack (content-limits.ts refuses it).
 * The scan is a cheap, close reading, not a parser: it follows CommonMark's containers as far as
 * depth needs (a list item's content column, `>` markers, fenced code skipped) and counts an HTML
 * element or a shortcode only when a closing tag of the same name matches it, so `<br>`, an
 * unclosed `<p>` or `{{< param x >}}` never add a level.
 */

import { lineIndex } from '../formats/text'

export type NestingKind = 'list' | 'blockquote' | 'html' | 'shortcode'

/** The deepest level of a kind, and the 1-based line where it is first reached. */
export interface Nesting {
  kind: NestingKind
  depth: number
  line: number
}

export interface NestingScan {
  /** The deepest level of each kind (depth 0, line 1 when the kind is absent). */
  deepest: Record<NestingKind, Nesting>
  /** The first place, in the text's order, where a kind nests deeper than the limit. */
  tooDeep?: Nesting
}

const KINDS: readonly NestingKind[] = ['list', 'blockquote', 'html', 'shortcode']

/** Scans `text` (LF line endings); `limit`: the depth a kind may reach (deeper is `tooDeep`). */
export function scanNesting(text: string, limit = Infinity): NestingScan {
  const deepest = Object.fromEntries(KINDS.map((kind) => [kind, { kind, depth: 0, line: 1 }])) as Record<
    NestingKind,
    Nesting
  >
  const overs: Nesting[] = []
  const see = (kind: NestingKind, depth: number, line: number) => {
    if (depth > deepest[kind].depth) deepest[kind] = { kind, depth, line }
    if (depth > limit && !overs.some((over) => over.kind === kind)) overs.push({ kind, depth, line })
  }
  const lineStarts = scanContainers(text, see)
  const lineOf = lineIndex(text)
  pairedDepths(htmlTags(text, lineStarts), (depth, at) => see('html', depth, lineOf(at)))
  pairedDepths(shortcodeTags(text), (depth, at) => see('shortcode', depth, lineOf(at)))
  // The first over the limit in the text, whichever kind it is.
  const tooDeep = overs.sort((a, b) => a.line - b.line)[0]
  return { deepest, ...(tooDeep ? { tooDeep } : {}) }
}

/** An open container: a blockquote, or a list item whose content starts at `column`. */
type Container = { kind: 'quote' } | { kind: 'item'; column: number }

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/
const FENCE = /^(`{3,}|~{3,})/

/**
 * Lists and blockquotes, line by line, as CommonMark opens and continues its containers: each
 * open container is continued by its `>` or its indentation, then new ones open (`>`, a list
 * marker); a line of text that continues none of them is a lazy continuation and closes nothing.
 * Lines inside fenced code open nothing. Reports each line's depth; returns the lines' starts.
 */
function scanContainers(text: string, see: (kind: NestingKind, depth: number, line: number) => void): number[] {
  const lineStarts: number[] = []
  let open: Container[] = []
  let fence: { char: string; length: number; depth: number } | undefined
  let paragraph = false
  let start = 0
  for (let line = 1; start <= text.length; line++) {
    lineStarts.push(start)
    const newline = text.indexOf('\n', start)
    const content = text.slice(start, newline === -1 ? text.length : newline)
    start = newline === -1 ? text.length + 1 : newline + 1
    let at = 0
    let column = 0
    if (content.trim() === '') {
      // A blank line continues list items and closes nothing that the next line would not close.
      paragraph = false
      continue
    }
    /** Where the run of spaces and tabs at `at` ends, and its column, without consuming it (found once per run). */
    let run = { from: -1, to: -1, col: 0 }
    const indent = () => {
      if (at < run.from || at > run.to) {
        let to = at
        let col = column
        while (content[to] === ' ' || content[to] === '\t') col = content[to++] === '\t' ? col + 4 - (col % 4) : col + 1
        run = { from: at, to, col }
      }
      return run
    }
    let matched = 0
    for (const container of open) {
      const { to, col } = indent()
      if (container.kind === 'item') {
        // Within a blockquote a line may be blank after its `>`: that continues the item too.
        if (to >= content.length) [at, column] = [to, col]
        else if (col < container.column) break
        else [at, column] = skipTo(content, at, column, container.column)
      } else {
        if (col - column > 3 || content[to] !== '>') break
        at = to + 1
        column = col + 1
        if (content[at] === ' ') [at, column] = [at + 1, column + 1]
      }
      matched++
    }
    if (fence) {
      const { to } = indent()
      if (matched < fence.depth) fence = undefined
      else {
        if (content.startsWith(fence.char.repeat(fence.length), to)) fence = undefined
        continue
      }
    }
    const opened: Container[] = []
    for (;;) {
      const { to, col } = indent()
      if (col - column > 3) break
      if (content[to] === '>') {
        opened.push({ kind: 'quote' })
        at = to + 1
        column = col + 1
        if (content[at] === ' ') [at, column] = [at + 1, column + 1]
        continue
      }
      const marker = LIST_MARKER.exec(content.slice(to, to + 11))
      if (!marker) break
      at = to + marker[0].length
      const markerEnd = col + marker[0].length
      column = markerEnd
      const after = indent()
      // One space after the marker when the item is empty or its text is indented code.
      const itemColumn = after.to >= content.length || after.col - markerEnd > 4 ? markerEnd + 1 : after.col
      ;[at, column] = skipTo(content, at, column, itemColumn)
      opened.push({ kind: 'item', column: itemColumn })
    }
    const rest = content.slice(indent().to)
    // Text that continues none of the open containers continues the paragraph in the innermost one.
    const lazy = opened.length === 0 && matched < open.length && paragraph && rest !== '' && !FENCE.test(rest)
    if (!lazy) open = [...open.slice(0, matched), ...opened]
    const opensFence = FENCE.exec(rest)
    if (opensFence) fence = { char: opensFence[1]![0]!, length: opensFence[1]!.length, depth: open.length }
    paragraph = rest !== '' && !opensFence
    let items = 0
    for (const container of open) if (container.kind === 'item') items++
    see('list', items, line)
    see('blockquote', open.length - items, line)
  }
  return lineStarts
}

/** Consumes spaces and tabs from `at` up to column `to` (or the first other character). */
function skipTo(content: string, at: number, column: number, to: number): [number, number] {
  while (column < to && (content[at] === ' ' || content[at] === '\t'))
    column = content[at++] === '\t' ? column + 4 - (column % 4) : column + 1
  return [at, column]
}

interface Tag {
  name: string
  closing: boolean
  at: number
}

/** Elements without content: never a level. */
const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
)

/** `<name` and `</name` outside fenced code (HTML in a code block is text). */
function htmlTags(text: string, lineStarts: readonly number[]): Tag[] {
  const fenced = fencedRanges(text, lineStarts)
  const tags: Tag[] = []
  const pattern = /<(\/?)([A-Za-z][A-Za-z0-9-]*)/g
  let range = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    while (range < fenced.length && fenced[range]![1] <= match.index) range++
    if (range < fenced.length && fenced[range]![0] <= match.index) continue
    const name = match[2]!.toLowerCase()
    if (!VOID_ELEMENTS.has(name)) tags.push({ name, closing: match[1] === '/', at: match.index })
  }
  return tags
}

/** Offsets [start, end) of fenced code blocks' lines, in order (the same reading as scanContainers). */
function fencedRanges(text: string, lineStarts: readonly number[]): [number, number][] {
  const ranges: [number, number][] = []
  let open: { char: string; length: number; start: number } | undefined
  for (const start of lineStarts) {
    const marker = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(`{3,}|~{3,})/.exec(text.slice(start, start + 200))
    if (!marker) continue
    const run = marker[1]!
    if (!open) open = { char: run[0]!, length: run.length, start }
    else if (run[0] === open.char && run.length >= open.length) {
      ranges.push([open.start, start])
      open = undefined
    }
  }
  if (open) ranges.push([open.start, text.length])
  return ranges
}

/** Hugo shortcode tags, opening `{{< name` and closing `{{% /name`; an escaped one (a slash and a star after the brackets) is text. */
function shortcodeTags(text: string): Tag[] {
  const tags: Tag[] = []
  const pattern = /\{\{[<%](?!\/\*)[ \t\n]*(\/?)[ \t\n]*([\w.-][\w./-]*)/g
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    tags.push({ name: match[2]!, closing: match[1] === '/', at: match.index })
  }
  return tags
}

/**
 * Pairs each closing tag with the nearest open one of its name (those between are left unpaired,
 * as an unclosed `<p>` is), then reports the depth at each paired opening tag. Linear.
 */
function pairedDepths(tags: readonly Tag[], see: (depth: number, at: number) => void): void {
  const paired = new Array<boolean>(tags.length).fill(false)
  const stack: number[] = []
  const openCount = new Map<string, number>()
  tags.forEach((tag, index) => {
    if (!tag.closing) {
      stack.push(index)
      openCount.set(tag.name, (openCount.get(tag.name) ?? 0) + 1)
      return
    }
    if (!openCount.get(tag.name)) return
    for (;;) {
      const open = stack.pop()!
      openCount.set(tags[open]!.name, openCount.get(tags[open]!.name)! - 1)
      if (tags[open]!.name === tag.name) {
        paired[open] = paired[index] = true
        return
      }
    }
  })
  let depth = 0
  tags.forEach((tag, index) => {
    if (!paired[index]) return
    if (tag.closing) depth--
    else see(++depth, tag.at)
  })
}
