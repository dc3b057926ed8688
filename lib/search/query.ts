import { EXACT_TOKENS, lookupTokens, splitTerms, termUnits, type Term } from './encoder'
import { rankPages } from './rank'
import { SEARCH_FIELDS, storedRecord, type SearchField, type SearchIndex } from './search-index'
import { patternsFor } from './mark-terms'
import { makeSnippet } from './snippet'

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

export interface SearchBookOptions {
  /** Pages returned at most. */
  limit?: number
  /** Sections shown per page at most. */
  sections?: number
}

/** A pasted paragraph is not a query: its first words are enough and keep the search fast. */
const MAX_TERMS = 10
const FIELD_BIT: Record<SearchField, number> = { pageTitle: 1, heading: 2, text: 4 }

/** The query's words (CJK runs, Latin words), normalized, without repeats. */
export function queryTerms(query: string): Term[] {
  return uniqueTerms(splitTerms(query.slice(0, 500))).slice(0, MAX_TERMS)
}

function uniqueTerms(terms: readonly Term[]): Term[] {
  const seen = new Set<string>()
  return terms.filter((term) => !seen.has(term.text) && seen.add(term.text))
}

/**
 * For one term: the records that hold all its tokens in some field, with a bit per such field.
 * FlexSearch intersects the postings of the term's lookup tokens (see encoder.ts).
 */
function fieldMatches(index: SearchIndex, term: Term): Map<number, number> {
  const found = new Map<number, number>()
  const query = EXACT_TOKENS + lookupTokens(term).join(EXACT_TOKENS)
  const results = index.search(query, { index: [...SEARCH_FIELDS], limit: Number.MAX_SAFE_INTEGER })
  for (const { field, result } of results as { field: SearchField; result: number[] }[]) {
    // `result` may be FlexSearch's own posting array: read it, never change it.
    for (const id of result) found.set(id, (found.get(id) ?? 0) | FIELD_BIT[field])
  }
  return found
}

/**
 * The query's terms, normalized, for marking the destination page with markTerms() (the terms
 * a strict search matched; a result of a relaxed search carries its own in PageResult.terms).
 */
export function highlightTerms(query: string): string[] {
  return queryTerms(query).map((term) => term.text)
}

/**
 * Pages best first, each with its best sections. Every query term must match (in any field);
 * only when no record matches them all, records matching any part of them are ranked by how
 * many parts they hold. See rank.ts for the order.
 */
export function searchBook(index: SearchIndex, query: string, options: SearchBookOptions = {}): PageResult[] {
  const { limit = 10, sections: perPage = 3 } = options
  let terms = queryTerms(query)
  if (terms.length === 0 || limit <= 0) return []
  let pages = rankPages(
    index,
    terms,
    terms.map((term) => fieldMatches(index, term)),
    true,
    limit,
    perPage,
  )
  if (pages.length === 0) {
    // Relax: CJK runs into their pairs, compounds into their parts; any of them may match.
    const units = uniqueTerms(terms.flatMap((term) => termUnits(term).map((text) => ({ text, cjk: term.cjk }))))
    if (terms.length === 1 && units.length === 1 && units[0]!.text === terms[0]!.text) return []
    terms = units
    pages = rankPages(
      index,
      terms,
      terms.map((term) => fieldMatches(index, term)),
      false,
      limit,
      perPage,
    )
  }
  const patterns = patternsFor(terms)
  return pages.map((records) => {
    const first = storedRecord(index, records[0]!.id)!
    return {
      url: first.url,
      pageTitle: first.pageTitle,
      breadcrumb: first.breadcrumb,
      terms: patterns.map((pattern) => pattern.text),
      sections: records.map(({ id }) => {
        const stored = storedRecord(index, id)!
        return {
          heading: stored.heading,
          headingId: stored.headingId,
          href: stored.headingId ? `${stored.url}#${stored.headingId}` : stored.url,
          snippet: makeSnippet(stored.text, patterns),
        }
      }),
    }
  })
}
