import { Index } from 'flexsearch'
import { EXACT_TOKENS, flexsearchEncoding } from './encoder'
import { fromDeltas, type FieldPostings } from './search-format'

/**
 * One field of a shard as FlexSearch holds it in the browser. resolution 1: FlexSearch's
 * positional score slots are not used (rank.ts ranks by field, adjacency and frequency).
 */
function createFieldIndex(): Index {
  return new Index({ ...flexsearchEncoding, resolution: 1, cache: false })
}

/**
 * Fills FlexSearch with a shard's postings: each section added once with all its tokens of
 * the shard, as they are (no second tokenizing). The file is our own format rather than
 * FlexSearch's export, so the browser can use FlexSearch's light build (no import/export).
 */
export function loadFieldIndex(postings: FieldPostings): Index {
  const tokensOf = new Map<number, string[]>()
  for (const [token, deltas] of postings) {
    for (const id of fromDeltas(deltas)) {
      let tokens = tokensOf.get(id)
      if (!tokens) tokensOf.set(id, (tokens = []))
      tokens.push(token)
    }
  }
  const index = createFieldIndex()
  for (const [id, tokens] of tokensOf) index.add(id, EXACT_TOKENS + tokens.join(EXACT_TOKENS))
  return index
}

/** The sections holding a token; may be FlexSearch's own array: read it, never change it. */
export function postingsOf(index: Index, token: string): readonly number[] {
  return index.search(EXACT_TOKENS + token, { limit: Number.MAX_SAFE_INTEGER }) as number[]
}
