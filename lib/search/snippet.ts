import { findMatches, isWordAt, wordBefore, type Pattern, type Range } from './marks'

export type { Pattern } from './marks'

/** Plain text to render as text (never as HTML); `mark` is a query term. */
export interface Segment {
  text: string
  mark: boolean
}

/** Cuts the text into segments, marking the (merged) ranges that fall inside [start, end). */
function toSegments(text: string, ranges: readonly Range[], start = 0, end = text.length): Segment[] {
  const segments: Segment[] = []
  let at = start
  for (const range of ranges) {
    const from = Math.max(range.start, at)
    const to = Math.min(range.end, end)
    if (to <= from) continue
    const gap = text.slice(at, from)
    const last = segments.at(-1)
    // Marks apart by spaces only are one (`Claude Code`, `550 万美元`).
    if (last?.mark && gap.trim() === '') last.text += gap + text.slice(from, to)
    else {
      if (gap !== '') segments.push({ text: gap, mark: false })
      segments.push({ text: text.slice(from, to), mark: true })
    }
    at = to
  }
  if (at < end) segments.push({ text: text.slice(at, end), mark: false })
  return segments
}

/** The whole text with every occurrence of the patterns marked (e.g. for the destination page). */
export function markText(text: string, patterns: readonly Pattern[]): Segment[] {
  return toSegments(text, findMatches(text, patterns))
}

export const SNIPPET_LENGTH = 100
const LEAD = 24

/** Moves an offset off the second half of a surrogate pair and off combining marks. */
function snap(text: string, index: number): number {
  while (index > 0 && index < text.length && /[\uDC00-\uDFFF]|\p{M}/u.test(text[index]!)) index--
  return index
}

/**
 * About SNIPPET_LENGTH characters of the text around its best match (the window holding the
 * most distinct query terms, earliest first), every match marked, '…' where text was cut.
 */
export function makeSnippet(text: string, patterns: readonly Pattern[]): Segment[] {
  if (text === '') return []
  const ranges = findMatches(text, patterns)
  let best = { start: 0, terms: 0 }
  for (let i = 0; i < ranges.length; i++) {
    const first = ranges[i]!
    const terms = new Set<number>()
    for (let j = i; j < ranges.length && ranges[j]!.start < first.start + SNIPPET_LENGTH - LEAD; j++)
      terms.add(ranges[j]!.term)
    if (terms.size > best.terms) best = { start: first.start, terms: terms.size }
  }
  // LEAD characters before the match, less near the end of the text so that the window fills.
  let start = Math.max(0, Math.min(best.start - LEAD, text.length - SNIPPET_LENGTH))
  // Open at the start of the sentence when it is close before the match.
  const sentenceEnd = Math.max(
    ...['。', '！', '？', '；', '. ', '! ', '? '].map((stop) => text.lastIndexOf(stop, best.start - 1)),
  )
  if (start > 0 && sentenceEnd >= start) start = sentenceEnd + 1
  while (start > 0 && start < best.start && text[start] === ' ') start++
  // Do not open in the middle of a Latin word when a space is near.
  if (start > 0 && isWordAt(text, start) && wordBefore(text, start)) {
    const space = text.indexOf(' ', start)
    if (space >= 0 && space < Math.min(start + 12, best.start)) start = space + 1
  }
  start = snap(text, start)
  const end = snap(text, Math.min(text.length, start + SNIPPET_LENGTH))
  const segments = toSegments(text, ranges, start, end)
  if (start > 0) segments.unshift({ text: '…', mark: false })
  if (end < text.length) segments.push({ text: '…', mark: false })
  return segments
}
