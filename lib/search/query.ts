import { junctionToken, lookupTokens, splitTerms, termUnits, type Term } from './encoder'
import { postingsOf } from './field-index'
import { hasHan } from './han-fold'
import { patternsFor } from './mark-terms'
import { rankPages, type TermMatch } from './rank'
import { SEARCH_FIELDS, type SearchField } from './search-format'
import type { LoadedShard, SearchIndex } from './search-index'
import { makeSnippet } from './snippet'
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
/** A corrected word counts half: what the reader typed, when the book has it, ranks first. */
const CORRECTED_WEIGHT = 0.5

/** The query's words (CJK runs, Latin words), normalized, without repeats. */
export function queryTerms(query: string): Term[] {
  return uniqueTerms(splitTerms(query.slice(0, 500))).slice(0, MAX_TERMS)
}

function uniqueTerms(terms: readonly Term[]): Term[] {
  const seen = new Set<string>()
  return terms.filter((term) => !seen.has(term.text) && seen.add(term.text))
}

/** A term as searched: what was typed, or the book's words closest to it. */
interface SearchedTerm {
  term: Term
  /** The words searched instead of a misspelled one. */
  corrections?: string[]
}

const intersect = (lists: readonly (readonly number[])[]): readonly number[] => {
  if (lists.length === 1) return lists[0]!
  const [smallest, ...rest] = [...lists].sort((a, b) => a.length - b.length)
  const others = rest.map((list) => new Set(list))
  return smallest!.filter((id) => others.every((set) => set.has(id)))
}

/** The shards holding the tokens, fetched once each (search-index.ts keeps them). */
const shardsOf = (index: SearchIndex, tokens: readonly string[]) =>
  Promise.all(tokens.map((token) => index.shard(token)))

/** Bits of the fields holding all the tokens, per section (FlexSearch gives each token's sections). */
function fieldBits(shards: readonly LoadedShard[], tokens: readonly string[]): Map<number, number> {
  const bits = new Map<number, number>()
  for (const field of SEARCH_FIELDS) {
    for (const id of intersect(tokens.map((token, i) => postingsOf(shards[i]!.fields[field], token))))
      bits.set(id, (bits.get(id) ?? 0) | FIELD_BIT[field])
  }
  return bits
}

async function termMatch(index: SearchIndex, term: Term, weight = 1): Promise<TermMatch> {
  const tokens = lookupTokens(term)
  const shards = await shardsOf(index, tokens)
  const bits = fieldBits(shards, tokens)
  return {
    bits,
    weight,
    // A CJK run: the least frequent of its pairs (the run occurs at most that often).
    count: (id) =>
      (bits.get(id) ?? 0) & 4 ? Math.min(...tokens.map((token, i) => shards[i]!.counts.get(token)?.get(id) ?? 1)) : 0,
  }
}

/** Sections matching any of the words, each word's count (a corrected term: any of its corrections). */
async function searchedMatch(index: SearchIndex, searched: SearchedTerm): Promise<TermMatch> {
  if (!searched.corrections) return termMatch(index, searched.term)
  const matches = await Promise.all(
    searched.corrections.map((word) => termMatch(index, { text: word, cjk: false }, CORRECTED_WEIGHT)),
  )
  const bits = new Map<number, number>()
  for (const match of matches) for (const [id, b] of match.bits) bits.set(id, (bits.get(id) ?? 0) | b)
  return { bits, weight: CORRECTED_WEIGHT, count: (id) => Math.max(...matches.map((match) => match.count(id))) }
}

const spelled = (searched: SearchedTerm): Term =>
  searched.corrections ? { text: searched.corrections[0]!, cjk: false } : searched.term

/** For each term after the first: the fields where it stands right after the previous one. */
async function adjacency(index: SearchIndex, terms: readonly Term[]): Promise<(Map<number, number> | undefined)[]> {
  return Promise.all(
    terms.map(async (term, k) => {
      if (k === 0) return undefined
      const junction = [junctionToken(terms[k - 1]!, term)]
      return fieldBits(await shardsOf(index, junction), junction)
    }),
  )
}

/**
 * Pages best first, each with its best sections. Every query term must match (in any field);
 * a Latin word the book lacks is replaced by the book's closest words (spelling.ts); only when
 * no section matches them all, sections matching any part of them are ranked by how many
 * parts they hold. See rank.ts for the order. Fetches only the shards of the query's tokens
 * and the chunks of the shown sections.
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

  let matches = await Promise.all(typed.map((term) => termMatch(index, term)))
  const searched: SearchedTerm[] = await Promise.all(
    typed.map(async (term, k) => {
      if (term.cjk || matches[k]!.bits.size > 0) return { term }
      const corrections = await closestWords(term.text, index.vocabulary)
      return corrections.length > 0 ? { term, corrections } : { term }
    }),
  )
  const corrected = searched.some((item) => item.corrections)
  if (corrected)
    matches = await Promise.all(
      searched.map((item, k) => (item.corrections ? searchedMatch(index, item) : matches[k]!)),
    )
  let terms = searched.map(spelled)
  let ranked = rankPages(index, matches, await adjacency(index, terms), true, limit, perPage)
  if (ranked.length === 0) {
    // Relax: CJK runs into their pairs, compounds into their parts; any of them may match.
    const units = uniqueTerms(terms.flatMap((term) => termUnits(term).map((text) => ({ text, cjk: term.cjk }))))
    if (terms.length === 1 && units.length === 1 && units[0]!.text === terms[0]!.text) return { pages: [] }
    terms = units
    matches = await Promise.all(units.map((term) => termMatch(index, term)))
    ranked = rankPages(index, matches, [], false, limit, perPage)
  }

  const stored = await index.records(ranked.flat().map((record) => record.id))
  const patterns = patternsFor(terms)
  const pages = ranked.map((records) => {
    const first = stored.get(records[0]!.id)!
    return {
      url: first.url,
      pageTitle: first.pageTitle,
      breadcrumb: first.breadcrumb,
      terms: patterns.map((pattern) => pattern.text),
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
  return corrected ? { pages, correctedQuery: correctedQuery(query, searched, pages) } : { pages }
}

/**
 * The reader's query with each misspelled word replaced by its first correction, spelled as
 * the book spells it where a result shows it (`Antigravity`, not `antigravity`).
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
  for (const { term, corrections } of searched) {
    if (!corrections) continue
    const word = corrections[0]!
    const spelling = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu')
    const asInBook = shown.map((text) => spelling.exec(text)?.[0]).find(Boolean) ?? word
    // Typed in full-width letters, say: the word is not found as typed; show the terms searched.
    const at = result.toLowerCase().indexOf(term.text)
    if (at < 0) return searched.map((item) => spelled(item).text).join(' ')
    result = result.slice(0, at) + asInBook + result.slice(at + term.text.length)
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
