export interface RankedRecord {
  id: number
  score: number
  /** The part of the score earned by the section itself (heading, text), not by its page's title. */
  ownScore: number
}

/** What the index says of one query term. */
export interface TermMatch {
  /** Section id → bits of the fields holding the term (1 title, 2 heading, 4 text). */
  bits: Map<number, number>
  /** Occurrences of the term in a section's text (0 when its text lacks it). */
  count(id: number): number
  /** 1, or less where a section holds a stand-in (a completion, translation, correction): it ranks below what the reader typed. */
  weight(id: number): number
}

/** How the sections group into pages (search-index.ts). */
export interface PageLayout {
  pageOf: Int32Array
  pageIds: number[][]
}

/**
 * A term in the title outweighs it in a heading, which outweighs it in the text; a term found
 * in several fields of a section counts in each. Two terms typed side by side and found so in
 * a field earn that field twice more (`claude code` together beats `claude … code`).
 */
const TITLE = 9
const HEADING = 3
const TEXT = 1
/** Partial matching only: how many terms a section holds comes before everything else. */
const PER_TERM_COVERED = 1000
/** Frequency in the text only breaks ties: at most 10 × 0.04 per term, less than one TEXT. */
const PER_OCCURRENCE = 0.04
const MAX_OCCURRENCES = 10

const weight = (bits: number) => (bits & 1 ? TITLE : 0) + (bits & 2 ? HEADING : 0) + (bits & 4 ? TEXT : 0)
/** Best first; reading order breaks ties. */
const compare = (a: RankedRecord, b: RankedRecord) => b.score - a.score || a.id - b.id

/**
 * The `limit` best pages and, for each, its best sections (at most perPage; a page found by
 * its title alone shows its best one). `adjacent[k]`: section id → bits of the fields where
 * term k-1 and term k stand side by side (from their junction token, encoder.ts). requireAll
 * keeps sections holding every term; otherwise sections holding more terms come first.
 * Everything comes from the index: no section text is needed to rank.
 */
export function rankPages(
  layout: PageLayout,
  matches: readonly TermMatch[],
  adjacent: readonly (Map<number, number> | undefined)[],
  requireAll: boolean,
  limit: number,
  perPage: number,
): RankedRecord[][] {
  if (matches.length === 0 || limit <= 0) return []
  const isCandidate = requireAll
    ? (id: number) => matches.every((match) => match.bits.has(id))
    : (id: number) => matches.some((match) => match.bits.has(id))
  const smallest = matches.reduce((a, b) => (a.bits.size <= b.bits.size ? a : b))
  const ids = requireAll
    ? [...smallest.bits.keys()].filter(isCandidate)
    : [...new Set(matches.flatMap((match) => [...match.bits.keys()]))]

  const score = (id: number): RankedRecord => {
    let title = 0
    let own = 0
    let covered = 0
    let previous = 0
    for (const [k, match] of matches.entries()) {
      const b = match.bits.get(id) ?? 0
      if (b !== 0) covered++
      const termWeight = b === 0 ? 0 : match.weight(id)
      title += weight(b & 1) * termWeight
      own += weight(b & 6) * termWeight
      const common = requireAll && k > 0 ? b & previous & (adjacent[k]?.get(id) ?? 0) : 0
      if (common & 1) title += 2 * TITLE
      if (common & 2) own += 2 * HEADING
      if (common & 4) own += 2 * TEXT
      if (b & 4) own += Math.min(match.count(id), MAX_OCCURRENCES) * PER_OCCURRENCE * termWeight
      previous = b
    }
    return { id, score: (requireAll ? 0 : covered * PER_TERM_COVERED) + title + own, ownScore: own }
  }

  const scored = new Map<number, RankedRecord>()
  const best = new Map<number, RankedRecord>()
  for (const id of ids) {
    const record = score(id)
    scored.set(id, record)
    const page = layout.pageOf[id]!
    const current = best.get(page)
    if (!current || compare(record, current) < 0) best.set(page, record)
  }
  const pages = [...best].sort(([, a], [, b]) => compare(a, b)).slice(0, limit)
  return pages.map(([page]) => {
    const records = layout.pageIds[page]!.filter((id) => scored.has(id))
      .map((id) => scored.get(id)!)
      .sort(compare)
    const own = records.filter((record) => record.ownScore > 0)
    return own.length > 0 ? own.slice(0, perPage) : records.slice(0, 1)
  })
}
