import type { HanFoldTable } from './han-fold'
import { foldHan } from './han-fold'

/**
 * The one tokenizer of the search: the index is built with it and queries are read with it,
 * so a query can only ever ask for tokens the index holds.
 *
 * - NFKC + lower case + one script for Chinese: full-width `ＲＬＶＲ１２０` is `rlvr120`, `Claude`
 *   is `claude`, traditional `開源` is `开源` (han-fold.ts; the table is installed by whoever
 *   builds or opens an index, see useHanFolding).
 * - Chinese / Japanese / Korean runs: every character plus every overlapping pair (bigram),
 *   so any substring of two or more characters is found without a dictionary.
 * - Latin / digit words whole; a compound joined by `-`, `.` or `_` (`gpt-oss-120b`, `glm-4.7`)
 *   also yields its parts and the runs of parts (`gpt-oss`, `oss-120b`), so it is found whole,
 *   by part, and by a shorter compound (`qwen-image` inside `qwen-image-layered`). `-` and `_`
 *   are dropped from the tokens (`gptoss120b`): `claude-code`, `claude_code` and `claudecode`
 *   are one word; `.` stays (`4.7` is not `47`).
 * - Two terms side by side (at most 3 spaces or punctuation marks apart) also yield their
 *   junction (junctionToken): `vibe coding` gives `vibecoding`, so the joined spelling finds the
 *   split one, and the ranking learns from the index alone that the terms were adjacent.
 * - Script changes split words (`使用RLVR训练`); everything else (punctuation) separates.
 */

const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\u30FC'
/** A letter, digit or mark that is not CJK (a lookahead, not the `v` flag, for older Safari). */
const WORD_CHAR = `(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])`
const TERM = new RegExp(`([${CJK}]+)|(${WORD_CHAR}+(?:[-._]${WORD_CHAR}+)*)`, 'gu')
export const WORD_CHAR_AT = new RegExp(`^${WORD_CHAR}`, 'u')
/** Characters that carry no meaning but would split or change a word: soft hyphen, zero widths, variation selectors. */
const IGNORABLE = /[\uFE00-\uFE0F\u00AD\u200B-\u200D\u2060\uFEFF]|\uDB40[\uDD00-\uDDEF]/g
/** A compound's joiners; more parts than this is a URL or a path, not a name: parts only. */
const JOINER = /[-._]/
/** Joiners left out of tokens: `claude-code` is `claudecode`; a dot stays (`4.7`, `node.js`). */
const DROPPED_JOINERS = /[-_]/g
const MAX_PARTS_FOR_RUNS = 6
/** Terms at most this many characters apart (spaces, punctuation) are side by side. */
const MAX_GAP = 3

let hanTable: HanFoldTable | undefined

/**
 * Installs the traditional → simplified table that normalizeText folds with: the full table
 * where an index is built, the book's part of it in the browser (loaded only for queries with
 * Chinese characters). Without one, Chinese is only NFKC-normalized.
 */
export function useHanFolding(table: HanFoldTable | undefined): void {
  hanTable = table && table.size > 0 ? table : undefined
}

export function normalizeText(text: string): string {
  const normalized = text.normalize('NFKC').replace(IGNORABLE, '').toLowerCase()
  return hanTable ? foldHan(normalized, hanTable) : normalized
}

/** The simplified form of one character, or undefined when it has none (for marks.ts's fast path). */
export function foldedChar(char: string): string | undefined {
  return hanTable?.get(char)
}

/** A query or text split into its words: CJK runs and (compound) Latin words, normalized. */
export interface Term {
  text: string
  cjk: boolean
}

/** A term and where it ends in the normalized text, to tell which terms are side by side. */
interface PlacedTerm extends Term {
  start: number
  end: number
}

function placedTerms(normalized: string): PlacedTerm[] {
  const terms: PlacedTerm[] = []
  for (const match of normalized.matchAll(TERM))
    terms.push({ text: match[0], cjk: match[1] !== undefined, start: match.index, end: match.index + match[0].length })
  return terms
}

export function splitTerms(text: string): Term[] {
  return placedTerms(normalizeText(text)).map(({ text, cjk }) => ({ text, cjk }))
}

/** A Latin word as the index holds it: `-` and `_` left out. */
export function joinedWord(word: string): string {
  return word.replace(DROPPED_JOINERS, '')
}

/** Characters and overlapping pairs of a CJK run, by code point (never half a surrogate pair). */
function cjkTokens(run: string): string[] {
  const chars = Array.from(run)
  const pairs = chars.slice(1).map((char, i) => chars[i] + char)
  return [...chars, ...pairs]
}

/** The whole compound, its parts, and every shorter run of adjacent parts, joined. */
function wordTokens(word: string): string[] {
  const pieces = word.split(/([-._])/) // parts at even indexes, joiners at odd ones
  const parts = pieces.filter((_, i) => i % 2 === 0)
  if (parts.length === 1) return [word]
  const tokens = [joinedWord(word), ...parts]
  if (parts.length <= MAX_PARTS_FOR_RUNS) {
    for (let size = parts.length - 1; size >= 2; size--) {
      for (let first = 0; first + size <= parts.length; first++)
        tokens.push(joinedWord(pieces.slice(first * 2, (first + size) * 2 - 1).join('')))
    }
  }
  return tokens
}

function termTokens(term: Term): string[] {
  return term.cjk ? cjkTokens(term.text) : wordTokens(term.text)
}

/**
 * What marks two terms as side by side: a pair of Latin words joined (`vibecoding`), across a
 * script change the Latin word and the nearest character (`ai动`, `的deepseek`), and between two
 * CJK runs the pair of their facing characters (a bigram, as inside a run).
 */
export function junctionToken(before: Term, after: Term): string {
  const left = before.cjk ? Array.from(before.text).at(-1)! : joinedWord(before.text)
  const right = after.cjk ? Array.from(after.text)[0]! : joinedWord(after.text)
  return left + right
}

/**
 * Every token of a field's text with how often it occurs: what the index stores of a record.
 * Junctions are counted once per occurrence too (they are tokens like the others). `words`,
 * when given, collects the Latin words (whole, joined, and their parts: what a prefix completes
 * to and a misspelling is corrected to; junctions are not words).
 */
export function countTokens(text: string, words?: Set<string>): Map<string, number> {
  const counts = new Map<string, number>()
  const add = (token: string) => counts.set(token, (counts.get(token) ?? 0) + 1)
  const terms = placedTerms(normalizeText(text))
  for (const [i, term] of terms.entries()) {
    for (const token of termTokens(term)) {
      add(token)
      if (words && !term.cjk) words.add(token)
    }
    const previous = terms[i - 1]
    if (previous && term.start - previous.end <= MAX_GAP) add(junctionToken(previous, term))
  }
  return counts
}

/** Every distinct token of the text (junctions included), in order of first appearance. */
export function tokenize(text: string): string[] {
  return [...countTokens(text).keys()]
}

/** The smallest units a term is made of: bigrams of a CJK run, parts of a compound (for partial matching). */
export function termUnits(term: Term): string[] {
  if (term.cjk) {
    const chars = Array.from(term.text)
    return chars.length === 1 ? chars : chars.slice(1).map((char, i) => chars[i] + char)
  }
  return JOINER.test(term.text) ? term.text.split(JOINER).filter(Boolean) : [term.text]
}

/**
 * The fewest tokens that find a term: a CJK run's pairs (each implies its two characters), a
 * compound whole and joined (it implies its parts).
 */
export function lookupTokens(term: Term): string[] {
  if (!term.cjk) return [joinedWord(term.text)]
  const chars = Array.from(term.text)
  return chars.length === 1 ? chars : chars.slice(1).map((char, i) => chars[i] + char)
}

/**
 * Marks a string passed to FlexSearch's add or search as a list of tokens to take as they are.
 * Text never holds U+0000 (Markdown and HTML parsers replace it), so content cannot trigger it.
 */
export const EXACT_TOKENS = '\u0000'

function encode(text: string): string[] {
  return text.startsWith(EXACT_TOKENS) ? text.slice(1).split(EXACT_TOKENS) : tokenize(text)
}

/**
 * FlexSearch options that make an index store exactly the tokens of `tokenize`. Verified in
 * encoder.test.ts: `encode` is honoured (a function given as `tokenize` is not), 'strict' adds
 * each returned string as is, and `Charset.CJK` / the default encoder would split differently.
 */
export const flexsearchEncoding = {
  encode,
  tokenize: 'strict',
} as const
