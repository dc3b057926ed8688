import { foldedChar, normalizeText, WORD_CHAR_AT } from './encoder'

/** A string to mark, and which query term it belongs to (to count distinct terms in a window). */
export interface Pattern {
  text: string
  term: number
  /** Latin words only match whole (`code` not inside `codex`), like the index's tokens. */
  wholeWord: boolean
}

export interface Range {
  start: number
  end: number
  term: number
}

/** A character with its combining marks (or stray marks), from a given offset. */
const CLUSTER = /(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\uD800-\uDFFF\p{M}]|[\uD800-\uDFFF])?\p{M}*/uy
const MARK = /\p{M}/u

/**
 * The normalized form of a unit that NFKC + lower case maps to exactly one unit (most of a
 * Chinese or English text: ASCII, common ideographs, CJK and full-width punctuation), or
 * undefined when the character needs the general path.
 */
function plainUnit(code: number, unit: string): string | undefined {
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : unit
  // Common ideographs only change by script folding (traditional to simplified).
  if (code >= 0x4e00 && code <= 0x9fff) return foldedChar(unit) ?? unit
  const stable = (code >= 0x3001 && code <= 0x3035) || (code >= 0x2013 && code <= 0x201f && code !== 0x2017)
  if (stable) return unit
  if (code >= 0xff01 && code <= 0xff5e) return plainUnit(code - 0xfee0, String.fromCharCode(code - 0xfee0))
  return undefined
}

/**
 * The normalized text, and for each of its UTF-16 units the original range of the character
 * (with its combining marks) it came from: marks land on the original characters even when
 * NFKC or lower-casing changed their length, and never inside a surrogate pair.
 */
export function normalizeWithOffsets(original: string): { text: string; from: number[]; to: number[] } {
  const parts: string[] = []
  const from: number[] = []
  const to: number[] = []
  for (let at = 0; at < original.length;) {
    const next = original.charCodeAt(at + 1)
    const plain = plainUnit(original.charCodeAt(at), original[at]!)
    if (plain !== undefined && !(next >= 0x300 && MARK.test(original[at + 1]!))) {
      // The fast path for most of the text: one unit in, one unit out.
      parts.push(plain)
      for (let i = 0; i < plain.length; i++) {
        from.push(at)
        to.push(at + 1)
      }
      at++
      continue
    }
    CLUSTER.lastIndex = at
    const cluster = CLUSTER.exec(original)![0] || original[at]!
    const normalized = normalizeText(cluster)
    parts.push(normalized)
    for (let i = 0; i < normalized.length; i++) {
      from.push(at)
      to.push(at + cluster.length)
    }
    at += cluster.length
  }
  return { text: parts.join(''), from, to }
}

export function isWordAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHAR_AT.test(text.slice(index, index + 2))
}

export function wordBefore(text: string, index: number): boolean {
  const low = text.charCodeAt(index - 1)
  return isWordAt(text, low >= 0xdc00 && low <= 0xdfff ? index - 2 : index - 1)
}

/** Word separators that a joined spelling leaves out: `vibecoding` is marked in `vibe coding`, `claude-code`. */
const SQUEEZED = new Set([' ', '-', '_'])

/**
 * The text without single separators between two word characters, and for each of its units
 * its place in the text: a Latin pattern is looked for there, so that it matches however the
 * words were split or joined (as the index's junction tokens do).
 */
function squeeze(text: string): { text: string; at: number[] } {
  const kept: string[] = []
  const at: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (SQUEEZED.has(text[i]!) && wordBefore(text, i) && isWordAt(text, i + 1)) continue
    kept.push(text[i]!)
    at.push(i)
  }
  return { text: kept.join(''), at }
}

/** Ranges of the original text where a pattern occurs, sorted by start. */
export function findMatches(original: string, patterns: readonly Pattern[]): Range[] {
  const mapped = normalizeWithOffsets(original)
  const squeezed = patterns.some((pattern) => pattern.wholeWord) ? squeeze(mapped.text) : undefined
  const ranges: Range[] = []
  for (const pattern of patterns) {
    if (pattern.text === '') continue
    const haystack = pattern.wholeWord ? squeezed!.text : mapped.text
    for (let found = haystack.indexOf(pattern.text); found >= 0; found = haystack.indexOf(pattern.text, found + 1)) {
      const at = pattern.wholeWord ? squeezed!.at[found]! : found
      const end = pattern.wholeWord ? squeezed!.at[found + pattern.text.length - 1]! + 1 : found + pattern.text.length
      // Whole words only, judged in the text as written: `code` is not in `codex`.
      if (pattern.wholeWord && (wordBefore(mapped.text, at) || isWordAt(mapped.text, end))) continue
      ranges.push({ start: mapped.from[at]!, end: mapped.to[end - 1]!, term: pattern.term })
    }
  }
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end)
}
