import { stemmer } from 'stemmer'
import type { DictionaryEntry } from './dictionary'
import { normalizeText } from './encoder'
import { pinyinForms, tonelessSyllable } from './pinyin'

/**
 * English and pinyin for a Chinese book: a key a reader types → the book's Chinese words that it
 * means, best first. Built with the index from what the book says itself (`语义扩散（semantic
 * diffusion）`) and from CC-CEDICT (dictionary.ts), kept to words the book holds.
 *
 * Two kinds of keys share the map:
 * - English, as its stem (Porter): `interpretability`, `interpret` and `interpreted` are one key,
 *   `interpret` → 解释. A key the book itself writes in Latin script is left out (found directly).
 * - Toneless pinyin, syllables joined, ü as `v`: `tuili` → 推理, `kejieshixing` → 可解释性.
 *
 * Values are written as normalizeText makes them, so a query searches them like typed Chinese.
 */
export type Glossary = Map<string, string[]>

export interface GlossaryInput {
  /** Every searchable text of the book (page titles, headings, section texts), as written. */
  texts: readonly string[]
  /** Page titles and headings only: every short run of them gets its pinyin. */
  headings: readonly string[]
  /** The Latin words the index holds (normalized, `-` and `_` left out). */
  latinWords: ReadonlySet<string>
  dictionary: readonly DictionaryEntry[]
}

/** Enough for the query to offer a word's likely senses without searching everything. */
const WORDS_PER_KEY = 4
const MIN_KEY_LENGTH = 3
/** Heading runs get pinyin for their pieces up to this length: a reader types a word, not a heading. */
const MAX_HEADING_PIECE = 6
/**
 * The book's own pairs: a longer run before the bracket is mostly a sentence; its end is the term.
 * A run this long or shorter, standing alone (after a space or a quote), is the term whole.
 */
const MAX_PAIR_RUN = 8
const MAX_PAIR_TERM = 6
/** A run inside the bracket longer than this is an explanation, not the term's translation. */
const MAX_BRACKETED_TERM = 8
const MAX_PAIR_ENGLISH_WORDS = 5

const HAN_RUN = /\p{sc=Han}+/gu
const HAN_ONLY = /^\p{sc=Han}+$/u
const LATIN_WORD = /^[a-z]+$/

/** English words a sense of one word is no key for: they would find half the book. */
const STOP_WORDS = new Set(
  `about above after again against all also and any are because been before being below between both but
  can could did does doing down during each few for from further had has have having her here hers him his
  how into its itself just more most not now off once only other our out over own same she should some such
  than that the their them then there these they this those through too under until very was were what when
  where which while who whom why will with would you your one two three four five six seven eight nine ten
  thing things something someone etc per via`.split(/\s+/),
)

/** Senses that only point elsewhere: `CL:個|个[ge4]`, `variant of 著[zhu4]`, `surname Li`, `used in 便宜[pian2 yi5]`. */
const REFERENCE_SENSE = /^(?:cl:|(?:\w+ )?variant of|same as|surname|see |abbr\. |used in|also |\w+ pr\.|pr\. )/
/** Senses that are grammar, not a meaning a reader would type. */
const GRAMMAR_SENSE = /^(?:classifier|particle|(?:grammatical )?marker|interjection|onomatopoeia)/

/**
 * One-word English senses of a dictionary entry: parenthesised remarks dropped, `to `/`a `/`the `
 * dropped, `bicycle; bike` split; `e-mail` joined as the index joins it.
 */
function senseWords(sense: string): string[] {
  const words: string[] = []
  const plain = sense.replace(/\([^()]*\)|\[[^\]]*\]/g, ' ').toLowerCase()
  for (const piece of plain.split(/[;,]/)) {
    const part = piece
      .trim()
      .replace(/^(?:lit\.|fig\.)\s+/, '')
      .replace(/^(?:to|a|an|the)\s+/, '')
    if (REFERENCE_SENSE.test(part) || GRAMMAR_SENSE.test(part)) continue
    if (/^[a-z]+(?:-[a-z]+)*$/.test(part)) words.push(part.replaceAll('-', ''))
  }
  return words
}

/** The English key of a word, or undefined for stop words, short words and words with digits. */
function englishKey(word: string): string | undefined {
  if (!LATIN_WORD.test(word) || word.length < MIN_KEY_LENGTH || STOP_WORDS.has(word)) return undefined
  const stem = stemmer(word)
  return stem.length >= MIN_KEY_LENGTH ? stem : undefined
}

/**
 * The keys the glossary may hold for a query word (normalized Latin, letters only), in order:
 * its English stem, then the word as pinyin if it is a run of pinyin syllables.
 */
export function glossaryKeys(word: string): string[] {
  if (!LATIN_WORD.test(word) || word.length < MIN_KEY_LENGTH) return []
  const keys = [englishKey(word), ...pinyinForms(word)].filter((key): key is string => key !== undefined)
  return [...new Set(keys)]
}

interface WordSenses {
  /** Toneless readings, a syllable per character, common ones first (proper-noun readings, capitalised in CC-CEDICT, after). */
  readings: string[][]
  /** English keys (stems) of its one-word senses, in the dictionary's order. */
  english: string[]
}

interface TrieNode {
  next: Map<string, TrieNode>
  word?: string
}

interface PreparedDictionary {
  /** Words of two or more Han characters, normalized as the book's text is. */
  words: Map<string, WordSenses>
  trie: TrieNode
  /** How often the dictionary reads a character each way (its words and its own entries). */
  charReadingCounts: Map<string, Map<string, number>>
  /** Characters with a neutral-tone reading of their own (了 le, 的 de, 着 zhe): alone in a text, they are that particle. */
  particles: Map<string, string>
}

function addToTrie(trie: TrieNode, word: string): void {
  let node = trie
  for (const char of word) {
    let next = node.next.get(char)
    if (!next) node.next.set(char, (next = { next: new Map() }))
    node = next
  }
  node.word = word
}

/** The words of the trie that start at `start` of the characters, shortest first. */
function wordsAt(trie: TrieNode, chars: readonly string[], start: number): string[] {
  const found: string[] = []
  let node: TrieNode | undefined = trie
  for (let i = start; i < chars.length; i++) {
    node = node.next.get(chars[i]!)
    if (!node) break
    if (node.word !== undefined) found.push(node.word)
  }
  return found
}

/** Toneless syllables of an entry's reading, or undefined when one is not a syllable (`r5`, letters). */
function readingOf(entry: DictionaryEntry, length: number): string[] | undefined {
  const syllables = entry.pinyin.trim().split(/\s+/).map(tonelessSyllable)
  if (syllables.length !== length || syllables.some((syllable) => syllable === undefined)) return undefined
  return syllables as string[]
}

/** Code point order (not UTF-16's, which puts characters beyond U+FFFF before U+E000–U+FFFF). */
function byCodePoint(a: string, b: string): number {
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a.codePointAt(i)!
    const y = b.codePointAt(j)!
    if (x !== y) return x - y
    i += x > 0xffff ? 2 : 1
    j += y > 0xffff ? 2 : 1
  }
  return a.length - b.length
}

const prepared = new WeakMap<readonly DictionaryEntry[], PreparedDictionary>()

/** Parsed once per dictionary (the build may build several books); normalizeText's table must be installed first. */
function prepare(dictionary: readonly DictionaryEntry[]): PreparedDictionary {
  const cached = prepared.get(dictionary)
  if (cached) return cached
  const words = new Map<string, WordSenses & { properReadings: string[][] }>()
  const readingCounts = new Map<string, Map<string, number>>()
  const particles = new Map<string, string>()
  for (const entry of dictionary) {
    const word = normalizeText(entry.simplified)
    if (!HAN_ONLY.test(word)) continue
    const chars = Array.from(word)
    const syllables = readingOf(entry, chars.length)
    if (syllables) {
      for (const [i, char] of chars.entries()) {
        const counts = readingCounts.get(char) ?? new Map<string, number>()
        counts.set(syllables[i]!, (counts.get(syllables[i]!) ?? 0) + 1)
        readingCounts.set(char, counts)
      }
    }
    const neutralTone = /5$/.test(entry.pinyin.trim())
    if (chars.length === 1 && syllables && neutralTone && !particles.has(word)) {
      if (entry.english.some((sense) => !REFERENCE_SENSE.test(sense.trim().toLowerCase())))
        particles.set(word, syllables[0]!)
    }
    if (chars.length < 2) continue
    let senses = words.get(word)
    if (!senses) words.set(word, (senses = { readings: [], properReadings: [], english: [] }))
    if (syllables) {
      const reading = syllables.join(' ')
      const known = [...senses.readings, ...senses.properReadings].some((other) => other.join(' ') === reading)
      if (!known) (/^[A-Z]/.test(entry.pinyin.trim()) ? senses.properReadings : senses.readings).push(syllables)
    }
    for (const sense of entry.english) {
      for (const senseWord of senseWords(sense)) {
        const key = englishKey(senseWord)
        if (key && !senses.english.includes(key)) senses.english.push(key)
      }
    }
  }
  const trie: TrieNode = { next: new Map() }
  const result: PreparedDictionary = { words: new Map(), trie, charReadingCounts: readingCounts, particles }
  for (const [word, { readings, properReadings, english }] of words) {
    result.words.set(word, { readings: [...readings, ...properReadings], english })
    addToTrie(trie, word)
  }
  prepared.set(dictionary, result)
  return result
}

/**
 * A Han run split into dictionary words and single characters, fewest pieces first (so
 * 机械可解释性 is 机械/可/解释/性, each word read as the dictionary reads it).
 */
function segment(run: string, dictionary: PreparedDictionary): string[] {
  const chars = Array.from(run)
  // best[i]: the fewest pieces covering chars[i..]; filled from the end.
  const best: { pieces: number; length: number }[] = []
  best[chars.length] = { pieces: 0, length: 0 }
  for (let start = chars.length - 1; start >= 0; start--) {
    let choice = { pieces: best[start + 1]!.pieces + 1, length: 1 }
    for (const word of wordsAt(dictionary.trie, chars, start)) {
      const length = Array.from(word).length
      const pieces = best[start + length]!.pieces + 1
      if (pieces <= choice.pieces) choice = { pieces, length }
    }
    best[start] = choice
  }
  const pieces: string[] = []
  for (let start = 0; start < chars.length; start += best[start]!.length)
    pieces.push(chars.slice(start, start + best[start]!.length).join(''))
  return pieces
}

/** The most frequent reading of a tally, the first by code point among equals. */
function mostFrequent(counts: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: string | undefined
  for (const [reading, count] of counts ?? []) {
    const bestCount = best === undefined ? -1 : counts!.get(best)!
    if (count > bestCount || (count === bestCount && byCodePoint(reading, best!) < 0)) best = reading
  }
  return best
}

/**
 * How a character left alone by the dictionary's words is read: a particle as the particle;
 * otherwise as the book's own words read it most (还 is hai in 还是 and 还有 more than huan in
 * 归还), then as the dictionary's words do.
 */
function characterReadings(dictionary: PreparedDictionary, wordCounts: ReadonlyMap<string, number>) {
  const bookCounts = new Map<string, Map<string, number>>()
  for (const [word, count] of wordCounts) {
    const reading = dictionary.words.get(word)?.readings[0]
    if (!reading) continue
    for (const [i, char] of Array.from(word).entries()) {
      const counts = bookCounts.get(char) ?? new Map<string, number>()
      counts.set(reading[i]!, (counts.get(reading[i]!) ?? 0) + count)
      bookCounts.set(char, counts)
    }
  }
  const cache = new Map<string, string | undefined>()
  return (char: string): string | undefined => {
    if (!cache.has(char))
      cache.set(
        char,
        dictionary.particles.get(char) ??
          mostFrequent(bookCounts.get(char)) ??
          mostFrequent(dictionary.charReadingCounts.get(char)),
      )
    return cache.get(char)
  }
}

/** Each character's toneless syllable in context, or undefined where the dictionary has no reading. */
function readRun(
  run: string,
  dictionary: PreparedDictionary,
  readCharacter: (char: string) => string | undefined,
): (string | undefined)[] {
  const syllables: (string | undefined)[] = []
  for (const piece of segment(run, dictionary)) {
    const chars = Array.from(piece)
    const reading = chars.length > 1 ? dictionary.words.get(piece)?.readings[0] : undefined
    for (const [i, char] of chars.entries()) syllables.push(reading?.[i] ?? readCharacter(char))
  }
  return syllables
}

/** Words that end a term read backwards from a bracket: `我们称之为|语义扩散（…）`. */
const TERM_BOUNDARIES = new Set(
  `的 地 得 了 着 过 是 为 在 和 与 及 或 即 称 叫 被 把 将 对 从 向 于 以 由 让 给 用 等 也 都 还 又 就 而 但 并 其 这 那 个 种 有 会 能 要
  到 如 像 里 我们 他们 它们 你们 所谓 称为 称之为 称作 叫做 叫作 被称为 又称 也称 或称 简称 名为 就是 也就是 即是 认为 包括 例如 比如
  这个 那个 这种 那种 一种 一个 这些 那些 各种 以及 或者 通过 使用 采用 提出 引入 所说 说的 尽管 虽然 如果 因为 所以 但是 然而
  而且 并且 因此`.split(/\s+/),
)

/**
 * The term a run ends with, where a bracket with its English follows: the last word if the
 * dictionary gives it that one English word (扩大到涵盖越狱（jailbreaking）: 越狱), else whole
 * words from the end, not past a word that introduces a term: the whole run if it is short and
 * does not start with a number's unit (`2025 年大型语言模型`, but `8.2 模型上下文协议`), else up
 * to MAX_PAIR_TERM characters.
 */
function termBeforeBracket(
  run: string,
  afterNumber: boolean,
  keys: readonly string[],
  dictionary: PreparedDictionary,
): string | undefined {
  const pieces = segment(run, dictionary)
  const last = pieces.at(-1)!
  if (keys.length === 1 && dictionary.words.get(last)?.english.includes(keys[0]!)) return last
  const tail = (limit: number) => {
    let term = ''
    for (const piece of [...pieces].reverse()) {
      if (TERM_BOUNDARIES.has(piece) || Array.from(piece + term).length > limit) break
      term = piece + term
    }
    return term
  }
  const whole = tail(MAX_PAIR_RUN)
  const standsAlone = !afterNumber || Array.from(pieces[0]!).length > 1
  const term = standsAlone && whole === run ? whole : tail(MAX_PAIR_TERM)
  return Array.from(term).length >= 2 ? term : undefined
}

const QUOTES = `“”‘’"'「」『』《》〈〉`
const ENGLISH_WORD = `[a-z][a-z0-9.'’-]*`
/** `语义扩散（semantic diffusion）`, after NFKC (full-width brackets are ASCII then). */
const CHINESE_THEN_ENGLISH = new RegExp(
  `(\\p{sc=Han}+)[${QUOTES}]*\\s*\\(\\s*(${ENGLISH_WORD}(?:[\\s,/]+${ENGLISH_WORD})*)\\s*\\)`,
  'gu',
)
/** `DeepSeek（深度求索）`. */
const ENGLISH_THEN_CHINESE = new RegExp(
  `(${ENGLISH_WORD}(?:\\s+${ENGLISH_WORD}){0,${MAX_PAIR_ENGLISH_WORDS - 1}})\\s*\\(\\s*[${QUOTES}]*(\\p{sc=Han}+)[${QUOTES}]*\\s*\\)`,
  'gu',
)

/** The English keys of a bracketed or bracketing phrase (letters-only words; too long a phrase is a sentence). */
function phraseKeys(phrase: string): string[] {
  const words = phrase.split(/[\s,/]+/).filter(Boolean)
  if (words.length > MAX_PAIR_ENGLISH_WORDS) return []
  return words
    .map((word) => englishKey(word.replace(/['’]s$/, '').replace(/[-.]/g, '')))
    .filter((key): key is string => key !== undefined)
}

/** English key → the Chinese terms the book pairs with it. */
function bookPairs(texts: readonly string[], dictionary: PreparedDictionary): Map<string, Set<string>> {
  const pairs = new Map<string, Set<string>>()
  const add = (keys: string[], term: string | undefined) => {
    if (!term) return
    for (const key of keys) pairs.set(key, (pairs.get(key) ?? new Set()).add(term))
  }
  for (const text of texts) {
    for (const match of text.matchAll(CHINESE_THEN_ENGLISH)) {
      const keys = phraseKeys(match[2]!)
      const afterNumber = /\p{N}\s*$/u.test(text.slice(Math.max(0, match.index - 4), match.index))
      add(keys, termBeforeBracket(match[1]!, afterNumber, keys, dictionary))
    }
    for (const match of text.matchAll(ENGLISH_THEN_CHINESE)) {
      const length = Array.from(match[2]!).length
      if (length >= 2 && length <= MAX_BRACKETED_TERM) add(phraseKeys(match[1]!), match[2]!)
    }
  }
  return pairs
}

/** How many texts hold each word of the trie (each text counted once per word). */
function textCounts(texts: readonly string[], trie: TrieNode): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) {
    const seen = new Set<string>()
    for (const [run] of text.matchAll(HAN_RUN)) {
      const chars = Array.from(run)
      for (let start = 0; start < chars.length - 1; start++)
        for (const word of wordsAt(trie, chars, start)) seen.add(word)
    }
    for (const word of seen) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return counts
}

export function buildGlossary(input: GlossaryInput): Glossary {
  const dictionary = prepare(input.dictionary)
  const texts = input.texts.map(normalizeText)
  const headings = input.headings.map(normalizeText)
  const pairs = bookPairs(texts, dictionary)
  const counts = textCounts(texts, dictionary.trie)
  const readCharacter = characterReadings(dictionary, counts)

  // Heading pieces with their reading in context: 机械可解释性 gives 可解释性 → kejieshixing.
  const pieceReadings = new Map<string, Set<string>>()
  for (const heading of headings) {
    for (const [run] of heading.matchAll(HAN_RUN)) {
      const chars = Array.from(run)
      const syllables = readRun(run, dictionary, readCharacter)
      for (let start = 0; start < chars.length - 1; start++) {
        for (let end = start + 2; end <= Math.min(chars.length, start + MAX_HEADING_PIECE); end++) {
          const piece = syllables.slice(start, end)
          if (piece.some((syllable) => syllable === undefined)) break
          const word = chars.slice(start, end).join('')
          const readings = pieceReadings.get(word) ?? new Set<string>()
          readings.add(piece.join(''))
          pieceReadings.set(word, readings)
        }
      }
    }
  }

  // How many texts hold the heading pieces and paired terms too (for the ranking).
  const extra: TrieNode = { next: new Map() }
  for (const word of pieceReadings.keys()) addToTrie(extra, word)
  for (const terms of pairs.values()) for (const term of terms) addToTrie(extra, term)
  for (const [word, count] of textCounts(texts, extra)) counts.set(word, count)
  const rank = (a: string, b: string) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || byCodePoint(a, b)

  // A key the book writes in Latin script is found directly. Only the key itself: the book's
  // `Code Interpreter` must not keep `interpretability` from 解释.
  const { latinWords } = input

  const english = new Map<string, Set<string>>()
  const pinyin = new Map<string, Set<string>>()
  const add = (map: Map<string, Set<string>>, key: string, word: string) => {
    if (key.length < MIN_KEY_LENGTH) return
    const words = map.get(key) ?? new Set<string>()
    words.add(word)
    map.set(key, words)
  }
  for (const [word, senses] of dictionary.words) {
    if (!counts.get(word)) continue
    for (const key of senses.english) if (!latinWords.has(key)) add(english, key, word)
    for (const reading of senses.readings) add(pinyin, reading.join(''), word)
  }
  for (const [word, readings] of pieceReadings) for (const reading of readings) add(pinyin, reading, word)

  const glossary: Glossary = new Map()
  const keys = new Set(pairs.keys())
  for (const key of [...english.keys(), ...pinyin.keys()]) keys.add(key)
  for (const key of [...keys].sort(byCodePoint)) {
    const paired = latinWords.has(key) ? [] : [...(pairs.get(key) ?? [])]
    const words = [
      ...paired.sort(rank),
      ...[...(english.get(key) ?? [])].sort(rank),
      ...[...(pinyin.get(key) ?? [])].sort(rank),
    ]
    const best = [...new Set(words)].slice(0, WORDS_PER_KEY)
    if (best.length > 0) glossary.set(key, best)
  }
  return glossary
}
