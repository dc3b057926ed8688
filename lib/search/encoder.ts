/**
 * The one tokenizer of the search: the index is built with it and queries are read with it,
 * so a query can only ever ask for tokens the index holds.
 *
 * - NFKC + lower case: full-width `ＲＬＶＲ１２０` is `rlvr120`, `Claude` is `claude`.
 * - Chinese / Japanese / Korean runs: every character plus every overlapping pair (bigram),
 *   so any substring of two or more characters is found without a dictionary.
 * - Latin / digit words whole; a compound joined by `-`, `.` or `_` (`gpt-oss-120b`, `glm-4.7`)
 *   also yields its parts and the runs of parts (`gpt-oss`, `oss-120b`), so it is found whole,
 *   by part, and by a shorter compound (`qwen-image` inside `qwen-image-layered`).
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
const MAX_PARTS_FOR_RUNS = 6

export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(IGNORABLE, '').toLowerCase()
}

/** A query or text split into its words: CJK runs and (compound) Latin words, normalized. */
export interface Term {
  text: string
  cjk: boolean
}

export function splitTerms(text: string): Term[] {
  const terms: Term[] = []
  for (const match of normalizeText(text).matchAll(TERM)) terms.push({ text: match[0], cjk: match[1] !== undefined })
  return terms
}

/** Characters and overlapping pairs of a CJK run, by code point (never half a surrogate pair). */
function cjkTokens(run: string): string[] {
  const chars = Array.from(run)
  const pairs = chars.slice(1).map((char, i) => chars[i] + char)
  return [...chars, ...pairs]
}

/** The whole compound, its parts, and every shorter run of adjacent parts. */
function wordTokens(word: string): string[] {
  const pieces = word.split(/([-._])/) // parts at even indexes, joiners at odd ones
  const parts = pieces.filter((_, i) => i % 2 === 0)
  if (parts.length === 1) return [word]
  const tokens = [word, ...parts]
  if (parts.length <= MAX_PARTS_FOR_RUNS) {
    for (let size = parts.length - 1; size >= 2; size--) {
      for (let first = 0; first + size <= parts.length; first++) tokens.push(pieces.slice(first * 2, (first + size) * 2 - 1).join(''))
    }
  }
  return tokens
}

function termTokens(term: Term): string[] {
  return term.cjk ? cjkTokens(term.text) : wordTokens(term.text)
}

/** Every distinct token of the text, in order of first appearance. */
export function tokenize(text: string): string[] {
  const tokens = new Set<string>()
  for (const term of splitTerms(text)) for (const token of termTokens(term)) tokens.add(token)
  return [...tokens]
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
 * compound whole (it implies its parts). Looking these up skips the long character lists.
 */
export function lookupTokens(term: Term): string[] {
  if (!term.cjk) return [term.text]
  const chars = Array.from(term.text)
  return chars.length === 1 ? chars : chars.slice(1).map((char, i) => chars[i] + char)
}

/**
 * Marks a string passed to FlexSearch's search as a list of tokens to look up as they are.
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
