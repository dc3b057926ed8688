import { Index } from 'flexsearch'
import { EXACT_TOKENS, flexsearchEncoding } from './encoder'
import { fromDeltas, toDeltas, type FieldPostings } from './search-format'

/**
 * One field of the book's search index, as FlexSearch holds it: built whole at build time,
 * exported (Index.export) and cut into shards by token; in the browser one index per field
 * into which each shard a query needs is imported (Index.import adds a shard's tokens to what
 * is there: shards hold disjoint tokens). FlexSearch answers which sections hold a term's
 * tokens, intersecting them itself. resolution 1: FlexSearch's positional score slots are not
 * used (rank.ts ranks by field, adjacency and frequency); fastupdate off: nothing is removed.
 */
export function createFieldIndex(): Index {
  return new Index({ ...flexsearchEncoding, resolution: 1, fastupdate: false, cache: false })
}

/** Adds a section with its tokens of this field, as they are (no second tokenizing). */
export function addSection(index: Index, id: number, tokens: Iterable<string>): void {
  index.add(id, EXACT_TOKENS + [...tokens].join(EXACT_TOKENS))
}

/**
 * The index's map as FlexSearch exports it (`[token, slots]` in the order tokens were first
 * added), ids as differences for the shard files. The registry part of the export is left
 * out: FlexSearch needs it to update or remove, not to answer.
 */
export function exportPostings(index: Index): FieldPostings {
  const entries: FieldPostings = []
  void index.export((key, data) => {
    if (key.endsWith('.map'))
      for (const [token, slots] of JSON.parse(data) as FieldPostings) entries.push([token, slots.map(toDeltas)])
  })
  return entries
}

/** Imports a shard's part of this field (ids back from differences). */
export function importPostings(index: Index, postings: FieldPostings): void {
  // FlexSearch's import takes the parsed export as well as its JSON text: no second parse.
  index.import('map', postings.map(([token, slots]) => [token, slots.map(fromDeltas)]) as unknown as string)
}

/** The sections holding every one of the tokens (FlexSearch's intersection); never change the array. */
export function sectionsWith(index: Index, tokens: readonly string[]): readonly number[] {
  return index.search(EXACT_TOKENS + tokens.join(EXACT_TOKENS), { limit: Number.MAX_SAFE_INTEGER }) as number[]
}
