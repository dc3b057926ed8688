import type { Html, Nodes, Paragraph, Root, RootContent, Text } from 'mdast'
import type { Point, Position } from 'unist'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { parsedText } from '../parsed-text'
import { findPlaceholders, type ExpandedSource, type PlaceholderKind } from './expand'

/**
 * Remark plugin, first after parsing: positions name the file's lines. The text was parsed with
 * each shortcode on one line (expand.ts); `expansion.lines` gives back the lines they took.
 */
export function remarkFileLines() {
  return (tree: Root, file: VFile) => {
    const lines = file.data.shortcodes?.expansion.lines
    if (!lines) return
    const fileLine = (line: number) => lines[line - 1] ?? lines.at(-1)!
    visit(tree, (node) => {
      if (!node.position) return
      node.position.start.line = fileLine(node.position.start.line)
      node.position.end.line = fileLine(node.position.end.line)
    })
  }
}

interface ShortcodeMarker {
  type: 'shortcodeMarker'
  position?: Position
  data: { hName: 'sc-marker'; hProperties: { dataKind: PlaceholderKind; dataIndex: string; dataBlock: string } }
}

function marker(kind: PlaceholderKind, index: number, block: boolean, position?: Position): ShortcodeMarker {
  return {
    type: 'shortcodeMarker',
    position,
    data: { hName: 'sc-marker', hProperties: { dataKind: kind, dataIndex: String(index), dataBlock: String(block) } },
  }
}

/**
 * Remark plugin: the placeholders left by preprocessing become `sc-marker` nodes for
 * rehypeShortcodes, wherever Markdown put them: in text (inline), in raw HTML (the HTML around
 * them is joined again by rehype-raw), or alone in a paragraph (then the marker is the block,
 * as Hugo drops the `<p>` around a shortcode alone in one). In code, a shortcode shows as it was
 * written (Hugo would put its HTML there).
 */
export function remarkShortcodeMarkers() {
  return (tree: Root, file: VFile) => {
    const data = file.data.shortcodes
    if (!data) return
    const points = new PointFinder(parsedText(file), data.expansion)
    visit(tree, (node: Nodes, index, parent) => {
      if (node.type === 'code' || node.type === 'inlineCode') {
        node.value = restoreWritten(node.value, data.expansion, data.source)
        return
      }
      if ((node.type !== 'text' && node.type !== 'html') || !parent || index === undefined) return
      const pieces = splitAtPlaceholders(node, points)
      if (!pieces) return
      parent.children.splice(index, 1, ...(pieces as typeof parent.children))
      return [SKIP, index + pieces.length]
    })
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (!parent || index === undefined) return
      const significant = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
      const only = significant[0] as Nodes | ShortcodeMarker | undefined
      if (significant.length !== 1 || only?.type !== 'shortcodeMarker') return
      only.data.hProperties.dataBlock = 'true'
      parent.children.splice(index, 1, only as unknown as RootContent)
      return [SKIP, index + 1]
    })
  }
}

/** A shortcode in code shows as written; math placeholders never stand in code (math skips it). */
function restoreWritten(value: string, expansion: ExpandedSource, source: string): string {
  let out = ''
  let from = 0
  for (const found of findPlaceholders(value)) {
    const shortcode = found.kind === 'sc' ? expansion.shortcodes[found.index] : undefined
    out += value.slice(from, found.start) + (shortcode ? source.slice(shortcode.start, shortcode.end) : '')
    from = found.end
  }
  return from === 0 ? value : out + value.slice(from)
}

/** A text or raw-HTML node cut at its placeholders: pieces of it and markers, each where it stands. */
function splitAtPlaceholders(node: Text | Html, points: PointFinder): (Text | Html | ShortcodeMarker)[] | undefined {
  const found = findPlaceholders(node.value)
  if (found.length === 0) return undefined
  // Placeholders are never escaped or changed by Markdown: the k-th in the value is the k-th in the source.
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const inSource =
    start === undefined || end === undefined
      ? []
      : findPlaceholders(points.text.slice(start, end)).map((at) => at.start + start)
  const pieces: (Text | Html | ShortcodeMarker)[] = []
  let value = '' // the node's text since the last marker
  let from = 0
  let sourceFrom = start
  found.forEach((placeholder, k) => {
    value += node.value.slice(from, placeholder.start)
    from = placeholder.end
    // A shortcode inside an HTML comment: Hugo writes its output into the comment, where no reader
    // sees it. Rendered here, it would cut the comment open and show the comment's rest, `-->` too.
    if (node.type === 'html' && insideComment(node.value, placeholder.start)) return
    const sourceAt = inSource[k]
    const length = placeholder.end - placeholder.start
    if (value !== '')
      pieces.push({ type: node.type, value, position: points.span(sourceFrom, sourceAt) } as Text | Html)
    value = ''
    pieces.push(
      marker(
        placeholder.kind,
        placeholder.index,
        false,
        points.span(sourceAt, sourceAt === undefined ? undefined : sourceAt + length),
      ),
    )
    sourceFrom = sourceAt === undefined ? undefined : sourceAt + length
  })
  value += node.value.slice(from)
  if (value !== '') pieces.push({ type: node.type, value, position: points.span(sourceFrom, end) } as Text | Html)
  return pieces
}

function insideComment(html: string, at: number): boolean {
  return html.lastIndexOf('<!--', at) > html.lastIndexOf('-->', at)
}

/** Points (file line, column, offset in the parsed text) of offsets in the parsed text. */
class PointFinder {
  private readonly lineStarts: number[] = [0]

  constructor(
    readonly text: string,
    private readonly expansion: ExpandedSource,
  ) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.lineStarts.push(at + 1)
  }

  span(start: number | undefined, end: number | undefined): Position | undefined {
    if (start === undefined || end === undefined) return undefined
    return { start: this.point(start), end: this.point(end) }
  }

  private point(offset: number): Point {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    const lines = this.expansion.lines
    return { line: lines[low] ?? lines.at(-1)!, column: offset - this.lineStarts[low]! + 1, offset }
  }
}
