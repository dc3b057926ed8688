import { joinedWord, junctionToken, lookupTokens, normalizeText, splitTerms, termUnits, type Term } from './encoder'
import { glossaryKeys } from './glossary'
import { hasHan } from './han-fold'
import { patternsFor } from './mark-terms'
import { rankPages, type TermMatch } from './rank'
import { SEARCH_FIELDS, type SearchField } from './search-format'
import type { SearchIndex } from './search-index'
import { makeSnippet, type Pattern } from './snippet'
import { closestWords } from './spelling'

import type { Segment } from './snippet'
export type { Segment } from './snippet'

export interface SectionResult {
  heading?: string
  headingId?: string
  /** `url#headingId`, or the bare URL for the text above the first heading. */
  href: string
  snippet: Segment[]
}

export interface PageResult {
  url: string
  pageTitle: string
  breadcrumb: string
  sections: SectionResult[]
  /** The normalized terms marked in the snippets, to mark on the page too (see markTerms). */
  terms: string[]
}

export interface BookSearch {
  pages: PageResult[]
  /** The query as searched when a word was misspelled (`antigravity` for `Antigravty`). */
  correctedQuery?: string
}

export interface SearchBookOptions {
  /** Pages returned at most. */
  limit?: number
  /** Sections shown per page at most. */
  sections?: number
}

/** A pasted paragraph is not a query: its first words are enough and keep the search fast. */
const MAX_TERMS = 10
const FIELD_BIT: Record<SearchField, number> = { pageTitle: 1, heading: 2, text: 4 }
/** A word searched in place of one the book lacks (a translation, a correction) counts half. */
const STAND_IN_WEIGHT = 0.5
/** A completion of the word being typed counts so little that in a title (9 × 0.1) it still ranks below the typed word in the text (1). */
const COMPLETION_WEIGHT = 0.1
/** The word being typed is completed from this many characters on, to at most this many words (each a shard to fetch). */
const MIN_PREFIX = 2
const MAX_COMPLETIONS = 5
/** Chinese words searched for an English or pinyin word, at most. */
const MAX_TRANSLATIONS = 4
const LETTERS = /^\p{L}+$/u

/** The query's words (CJK runs, Latin words), normalized, without repeats. */
export function queryTerms(query: string): Term[] {
  return uniqueTerms(splitTerms(query.slice(0, 500))).slice(0, MAX_TERMS)
}

function uniqueTerms(terms: readonly Term[]): Term[] {
  const seen = new Set<string>()
  return terms.filter((term) => !seen.has(term.text) && seen.add(term.text))
}

/** A word searched for a query term, and how much it counts. */
interface StandIn {
  term: Term
  weight: number
}

/** A term as searched: the words searched for it (the typed word first when the book has it). */
interface SearchedTerm {
  term: Term
  words: StandIn[]
  /** The typed word is not searched: the book lacks it and has these words instead. */
  replaced?: 'corrected' | 'translated'
}

/** What FlexSearch answers for one word: the sections holding it, by field, and its counts. */
async function wordMatch(index: SearchIndex, term: Term, weight = 1): Promise<TermMatch> {
  const tokens = lookupTokens(term)
  await index.load(tokens)
  const bits = new Map<number, number>()
  for (const field of SEARCH_FIELDS)
    for (const id of index.sectionsWith(field, tokens)) bits.set(id, (bits.get(id) ?? 0) | FIELD_BIT[field])
  return {
    bits,
    weight: () => weight,
    // A CJK run: the least frequent of its pairs (the run occurs at most that often).
    count: (id) => ((bits.get(id) ?? 0) & 4 ? Math.min(...tokens.map((token) => index.count(token, id))) : 0),
  }
}

/** Sections holding any of the words; each section counts as its best word there. */
function anyOf(matches: readonly TermMatch[]): TermMatch {
  if (matches.length === 1) return matches[0]!
  const bits = new Map<number, number>()
  for (const match of matches) for (const [id, b] of match.bits) bits.set(id, (bits.get(id) ?? 0) | b)
  const holding = (id: number) => matches.filter((match) => match.bits.has(id))
  return {
    bits,
    weight: (id) => Math.max(0, ...holding(id).map((match) => match.weight(id))),
    count: (id) => Math.max(0, ...holding(id).map((match) => match.count(id))),
  }
}

const searchedMatch = async (index: SearchIndex, searched: SearchedTerm) =>
  anyOf(await Promise.all(searched.words.map(({ term, weight }) => wordMatch(index, term, weight))))

/** The word searched in the term's place for adjacency and relaxing: the typed one, or its first stand-in. */
const spelled = (searched: SearchedTerm): Term => searched.words[0]?.term ?? searched.term

/** The book's words that complete the word being typed, the most common first. */
async function completionsOf(index: SearchIndex, term: Term): Promise<Term[]> {
  const prefix = joinedWord(term.text)
  if (term.cjk || Array.from(prefix).length < MIN_PREFIX) return []
  return (await index.completions(prefix))
    .filter(([word]) => word !== prefix)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_COMPLETIONS)
    .map(([word]) => ({ text: word, cjk: false }))
}

/** The book's Chinese words for an English or pinyin word it lacks (glossary.ts). */
async function translationsOf(index: SearchIndex, term: Term): Promise<Term[]> {
  if (term.cjk || !LETTERS.test(term.text)) return []
  const lists = await Promise.all(glossaryKeys(term.text).map((key) => index.glossary(key)))
  return [...new Set(lists.flat())].slice(0, MAX_TRANSLATIONS).map((word) => ({ text: word, cjk: true }))
}

/**
 * The words searched for a typed term: the term itself when the book has it, and, for the word
 * being typed, the book's words it begins; for a word the book lacks, its completions (then its
 * Chinese words), else its Chinese words (glossary), else its closest spellings (spelling.ts).
 */
async function searchedTerm(index: SearchIndex, term: Term, exact: TermMatch, typing: boolean): Promise<SearchedTerm> {
  const stand = (terms: readonly Term[], weight = STAND_IN_WEIGHT) => terms.map((other) => ({ term: other, weight }))
  const completions = typing ? await completionsOf(index, term) : []
  if (exact.bits.size > 0 || term.cjk)
    return { term, words: [{ term, weight: 1 }, ...stand(completions, COMPLETION_WEIGHT)] }
  const translations = await translationsOf(index, term)
  // Still being typed, a word the book has words beginning with is most likely one of them (`anim`, whose
  // stem is animation's, is not 动画); its Chinese words come after them (`robot`: Robotics, then 机器人).
  if (completions.length > 0) return { term, words: [...stand(completions), ...stand(translations, COMPLETION_WEIGHT)] }
  if (translations.length > 0) return { term, words: stand(translations), replaced: 'translated' }
  const corrections = await closestWords(term.text, index.vocabulary)
  if (corrections.length > 0)
    return { term, words: stand(corrections.map((word) => ({ text: word, cjk: false }))), replaced: 'corrected' }
  return { term, words: [{ term, weight: 1 }] }
}

/** For each term after the first: the fields where it stands right after the previous one. */
async function adjacency(index: SearchIndex, terms: readonly Term[]): Promise<(Map<number, number> | undefined)[]> {
  return Promise.all(
    terms.map(async (term, k) => {
      if (k === 0) return undefined
      return (await wordMatch(index, { text: junctionToken(terms[k - 1]!, term), cjk: false })).bits
    }),
  )
}

/** Is the query's last term the word being typed (nothing after it)? */
const isTyping = (query: string, terms: readonly Term[]) => {
  const last = terms.at(-1)
  return last !== undefined && !last.cjk && normalizeText(query).endsWith(last.text)
}

/**
 * Pages best first, each with its best sections. Every query term must match (in any field);
 * the word being typed also matches the book's words it begins; a Latin word the book lacks
 * is replaced by its completions, its Chinese words or its closest spellings; only when no
 * section matches them all, sections matching any part of them are ranked by how many parts
 * they hold. See rank.ts for the order. Fetches only the shards of the query's tokens and the
 * chunks of the shown sections.
 */
export async function searchBook(
  index: SearchIndex,
  query: string,
  options: SearchBookOptions = {},
): Promise<BookSearch> {
  const { limit = 10, sections: perPage = 3 } = options
  // The query's Chinese is folded like the index's text before it is split.
  if (hasHan(query)) await index.useHanFolding()
  const typed = queryTerms(query)
  if (typed.length === 0 || limit <= 0) return { pages: [] }

  const typing = isTyping(query, typed)
  const exact = await Promise.all(typed.map((term) => wordMatch(index, term)))
  const searched = await Promise.all(
    typed.map((term, k) => searchedTerm(index, term, exact[k]!, typing && k === typed.length - 1)),
  )
  let matches = await Promise.all(
    searched.map((item, k) =>
      item.words.length === 1 && item.words[0]!.term === typed[k] ? exact[k]! : searchedMatch(index, item),
    ),
  )
  let terms = searched.map(spelled)
  let patterns: Pattern[] = searched.flatMap((item, k) =>
    item.words.map(({ term }) => ({ ...patternsFor([term])[0]!, term: k })),
  )
  let ranked = rankPages(index, matches, await adjacency(index, terms), true, limit, perPage)
  if (ranked.length === 0) {
    // Relax: CJK runs into their pairs, compounds into their parts; any of them may match.
    const units = uniqueTerms(terms.flatMap((term) => termUnits(term).map((text) => ({ text, cjk: term.cjk }))))
    if (terms.length === 1 && units.length === 1 && units[0]!.text === terms[0]!.text) return { pages: [] }
    terms = units
    matches = await Promise.all(units.map((term) => wordMatch(index, term)))
    patterns = patternsFor(terms)
    ranked = rankPages(index, matches, [], false, limit, perPage)
  }

  const stored = await index.records(ranked.flat().map((record) => record.id))
  const pages = ranked.map((records) => {
    const first = stored.get(records[0]!.id)!
    return {
      url: first.url,
      pageTitle: first.pageTitle,
      breadcrumb: first.breadcrumb,
      terms: [...new Set(patterns.map((pattern) => pattern.text))],
      sections: records.map(({ id }) => {
        const record = stored.get(id)!
        return {
          heading: record.heading,
          headingId: record.headingId,
          href: record.headingId ? `${record.url}#${record.headingId}` : record.url,
          snippet: makeSnippet(record.text, patterns),
        }
      }),
    }
  })
  return searched.some((item) => item.replaced)
    ? { pages, correctedQuery: correctedQuery(query, searched, pages) }
    : { pages }
}

/**
 * The reader's query with each replaced word (misspelled, or English or pinyin for the book's
 * Chinese) replaced by the stand-in the first results show, spelled as the book spells it
 * (`Antigravity`, not `antigravity`; 鹈鹕 for `pelican`).
 */
function correctedQuery(query: string, searched: readonly SearchedTerm[], pages: readonly PageResult[]): string {
  const shown = pages.flatMap((page) => [
    page.pageTitle,
    ...page.sections.flatMap((section) => [
      section.heading ?? '',
      ...section.snippet.filter((segment) => segment.mark).map((segment) => segment.text),
    ]),
  ])
  let result = query
  for (const item of searched) {
    if (!item.replaced) continue
    const spellings = item.words.map(({ term }) => {
      const escaped = term.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      return new RegExp(term.cjk ? escaped : `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu')
    })
    const asInBook =
      shown.flatMap((text) => spellings.map((spelling) => spelling.exec(text)?.[0])).find(Boolean) ?? spelled(item).text
    // Typed in full-width letters, say: the word is not found as typed; show the terms searched.
    const at = result.toLowerCase().indexOf(item.term.text)
    if (at < 0) return searched.map((other) => spelled(other).text).join(' ')
    result = result.slice(0, at) + asInBook + result.slice(at + item.term.text.length)
  }
  return result
}

/**
 * The query's terms, normalized, for marking the destination page with markTerms() (the terms
 * a strict search matched; a result of a relaxed or corrected search carries its own in PageResult.terms).
 */
export function highlightTerms(query: string): string[] {
  return queryTerms(query).map((term) => term.text)
}
