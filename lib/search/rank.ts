import type { Term } from './encoder'
import { hasPhrase, occurrences } from './phrase'
import { recordInfo } from './record-info'
import { MAX_RECORDS, type SearchIndex } from './search-index'

export interface RankedRecord {
  id: number
  score: number
  /** The part of the score earned by the section itself (heading, text), not by its page's title. */
  ownScore: number
}

/**
 * A term in the title outweighs it in a heading, which outweighs it in the text; a term found
 * in several fields of a record counts in each. Two terms typed side by side and found so in
 * a field earn that field twice more (`claude code` together beats `claude … code`).
 */
const TITLE = 9
const HEADING = 3
const TEXT = 1
/** Partial matching only: how many terms a record holds comes before everything else. */
const PER_TERM_COVERED = 1000
/** Frequency in the text only breaks ties: at most 10 × 0.04 per term, less than one TEXT. */
const PER_OCCURRENCE = 0.04
const MAX_OCCURRENCES = 10
/** Ids stay below this (buildSearchIndex checks), so a bound and an id pack into one number that sorts natively. */
const ID_SPACE = MAX_RECORDS

const weight = (bits: number) => (bits & 1 ? TITLE : 0) + (bits & 2 ? HEADING : 0) + (bits & 4 ? TEXT : 0)
/** Best first; reading order breaks ties. */
const compare = (a: RankedRecord, b: RankedRecord) => b.score - a.score || a.id - b.id

/**
 * The `limit` best pages and, for each, its best sections (at most perPage; a page found by
 * its title alone shows its best one). `matches[k]`: record id → bits of the fields (1 title,
 * 2 heading, 4 text) holding term k. requireAll keeps records holding every term; otherwise
 * records holding more terms come first.
 *
 * Exact scores need the stored text (adjacency, frequency), so candidates are taken in order
 * of an upper bound read from the bits alone, and only until no further one can reach the
 * `limit`-th page: a term common to most of a big book costs a few records, not thousands.
 */
export function rankPages(index: SearchIndex, terms: readonly Term[], matches: readonly Map<number, number>[], requireAll: boolean, limit: number, perPage: number): RankedRecord[][] {
  if (matches.length === 0) return []
  const info = recordInfo(index)
  const bits = (id: number) => matches.map((found) => found.get(id) ?? 0)
  const isCandidate = requireAll ? (id: number) => matches.every((found) => found.has(id)) : (id: number) => matches.some((found) => found.has(id))
  const smallest = matches.reduce((a, b) => (a.size <= b.size ? a : b))
  const ids = requireAll ? [...smallest.keys()].filter(isCandidate) : [...new Set(matches.flatMap((found) => [...found.keys()]))]

  const bound = (id: number) => {
    const held = bits(id)
    let score = requireAll ? 0 : held.filter(Boolean).length * PER_TERM_COVERED
    for (const [k, b] of held.entries()) score += weight(b) + (requireAll && k > 0 ? 2 * weight(b & held[k - 1]!) : 0)
    return score
  }
  const exact = (id: number): RankedRecord => {
    const held = bits(id)
    const fields = info.normalized(id)
    let title = 0
    let own = 0
    for (const [k, b] of held.entries()) {
      title += weight(b & 1)
      own += weight(b & 6)
      const common = requireAll && k > 0 ? b & held[k - 1]! : 0
      if (common !== 0) {
        const pair = [terms[k - 1]!, terms[k]!]
        if (common & 1 && hasPhrase(fields.pageTitle, pair)) title += 2 * TITLE
        if (common & 2 && hasPhrase(fields.heading, pair)) own += 2 * HEADING
        if (common & 4 && hasPhrase(fields.text, pair)) own += 2 * TEXT
      }
      own += occurrences(fields.text, terms[k]!.text, MAX_OCCURRENCES) * PER_OCCURRENCE
    }
    const covered = requireAll ? 0 : held.filter(Boolean).length * PER_TERM_COVERED
    return { id, score: covered + title + own, ownScore: own }
  }
  const scored = new Map<number, RankedRecord>()
  const score = (id: number) => scored.get(id) ?? scored.set(id, exact(id)).get(id)!

  const keys = Float64Array.from(ids, (id) => bound(id) * ID_SPACE + (ID_SPACE - 1 - id)).sort()
  const frequencyBound = terms.length * MAX_OCCURRENCES * PER_OCCURRENCE
  const top: { page: number; best: RankedRecord }[] = []
  for (let k = keys.length - 1; k >= 0; k--) {
    const key = keys[k]!
    if (top.length === limit && Math.floor(key / ID_SPACE) + frequencyBound < top[limit - 1]!.best.score) break
    const id = ID_SPACE - 1 - (key % ID_SPACE)
    offer(top, info.pageOf[id]!, score(id), limit)
  }
  return top.map(({ page }) => {
    const records = info.pageIds[page]!.filter(isCandidate).map(score).sort(compare)
    const own = records.filter((record) => record.ownScore > 0)
    return own.length > 0 ? own.slice(0, perPage) : records.slice(0, 1)
  })
}

/** Keeps `top` the best pages seen so far (by their best record), best first, at most `limit`. */
function offer(top: { page: number; best: RankedRecord }[], page: number, record: RankedRecord, limit: number): void {
  const entry = top.find((item) => item.page === page)
  if (entry) {
    if (compare(record, entry.best) >= 0) return
    entry.best = record
  } else {
    if (top.length === limit && compare(record, top[limit - 1]!.best) >= 0) return
    top.push({ page, best: record })
  }
  top.sort((a, b) => compare(a.best, b.best))
  if (top.length > limit) top.pop()
}
