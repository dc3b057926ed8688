/**
 * Folds traditional Chinese characters to simplified ones, one character at a time, so that the
 * index and the query meet in one script: 開源 finds 开源 and 开源 finds 開源.
 *
 * A table maps a traditional character to its simplified one (OpenCC's TSCharacters, see
 * data/opencc-ts-characters.ts). This file holds no data because it ships to the browser, which
 * loads only the book's part of the table (hanFoldSubset); the build uses han-fold-full.ts.
 *
 * Folding replaces code points one for one, so the length in code points never changes. The
 * length in UTF-16 units can: a few characters fold across the BMP boundary (㗲 U+35F2 becomes
 * 𠵾 U+20D7E), so code that carries UTF-16 offsets across a fold must map them by code point.
 *
 * The pairs string (a table as text, for files): traditional then simplified, pair after pair,
 * sorted by the traditional code point, nothing between them: `開开來来`.
 */
export type HanFoldTable = ReadonlyMap<string, string>

const HAN = /\p{sc=Han}/u
/** The first \p{sc=Han} code point (CJK Radicals Supplement): text below it is never looked up. */
const FIRST_HAN = 0x2e80

export function hasHan(text: string): boolean {
  return HAN.test(text)
}

/** A table from its pairs string; throws on a string that is not one (cut short, or not Han). */
export function parseHanFoldTable(pairs: string): Map<string, string> {
  const chars = Array.from(pairs)
  const fix = 'regenerate it with scripts/generate-han-fold-table.ts or write it with serializeHanFoldTable'
  if (chars.length % 2 !== 0)
    throw new Error(
      `Han fold table: ${chars.length} characters is not a whole number of pairs (traditional, simplified); ${fix}`,
    )
  const table = new Map<string, string>()
  for (let i = 0; i < chars.length; i += 2) {
    const from = chars[i]!
    const to = chars[i + 1]!
    const pair = `pair ${i / 2 + 1} "${from}${to}"`
    if (!HAN.test(from) || !HAN.test(to)) throw new Error(`Han fold table: ${pair} is not two Han characters; ${fix}`)
    if (from === to) throw new Error(`Han fold table: ${pair} maps a character to itself; ${fix}`)
    if (table.has(from))
      throw new Error(`Han fold table: ${pair} repeats "${from}" (already folded to "${table.get(from)}"); ${fix}`)
    table.set(from, to)
  }
  return table
}

const codePoint = (char: string) => char.codePointAt(0)!
const isOneCodePoint = (text: string) => text.length > 0 && text.length === String.fromCodePoint(codePoint(text)).length

/** The pairs string of a table, sorted by the traditional code point (so equal tables give equal files). */
export function serializeHanFoldTable(table: HanFoldTable): string {
  for (const [from, to] of table) {
    if (!isOneCodePoint(from) || !isOneCodePoint(to))
      throw new Error(
        `Han fold table: the entry "${from}" → "${to}" is not one character to one character; only such entries can be written`,
      )
  }
  return [...table]
    .sort(([a], [b]) => codePoint(a) - codePoint(b))
    .map(([from, to]) => from + to)
    .join('')
}

/**
 * The entries whose simplified side is one of `folded`: the characters of a book after folding
 * (a string iterates by character, so the folded text itself will do). A query character
 * outside this part folds to a character the book does not have, so it cannot match either way.
 */
export function hanFoldSubset(table: HanFoldTable, folded: Iterable<string>): Map<string, string> {
  const wanted = new Set(folded)
  const subset = new Map<string, string>()
  for (const [from, to] of table) if (wanted.has(to)) subset.set(from, to)
  return subset
}

/** `text` with each character the table holds replaced by its simplified one; `text` itself when none is. */
export function foldHan(text: string, table: HanFoldTable): string {
  let folded = ''
  let copiedUpTo = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < FIRST_HAN) continue
    const next = text.charCodeAt(i + 1)
    // A high surrogate followed by a low one is one astral character (CJK Extension B and later).
    const width = unit >= 0xd800 && unit < 0xdc00 && next >= 0xdc00 && next < 0xe000 ? 2 : 1
    const simplified = table.get(width === 1 ? text[i]! : text.slice(i, i + 2))
    if (simplified !== undefined) {
      folded += text.slice(copiedUpTo, i) + simplified
      copiedUpTo = i + width
    }
    i += width - 1
  }
  return copiedUpTo === 0 ? text : folded + text.slice(copiedUpTo)
}
