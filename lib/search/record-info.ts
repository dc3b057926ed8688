import { normalizeText } from './encoder'
import { storedRecord, type SearchIndex } from './search-index'

export interface NormalizedRecord {
  pageTitle: string
  heading: string
  text: string
}

/** What the ranking needs to know of the records beyond the token index, kept per index. */
export interface RecordInfo {
  /** Record id → page number; records of one page share it. */
  pageOf: Int32Array
  /** Page number → its record ids in reading order. */
  pageIds: number[][]
  /** Normalized stored fields, computed when a record is first ranked closely. */
  normalized(id: number): NormalizedRecord
}

const infos = new WeakMap<SearchIndex, RecordInfo>()

/**
 * Read once per index from its store (ids are 0…n-1, as buildSearchIndex checks): a query then
 * groups by page through an array instead of a lookup per candidate.
 */
export function recordInfo(index: SearchIndex): RecordInfo {
  let info = infos.get(index)
  if (info) return info
  const pageByUrl = new Map<string, number>()
  const pageIds: number[][] = []
  const pages: number[] = []
  for (let id = 0, stored = storedRecord(index, 0); stored; stored = storedRecord(index, ++id)) {
    let page = pageByUrl.get(stored.url)
    if (page === undefined) {
      pageByUrl.set(stored.url, (page = pageIds.length))
      pageIds.push([])
    }
    pageIds[page]!.push(id)
    pages.push(page)
  }
  const normalized = new Map<number, NormalizedRecord>()
  info = {
    pageOf: Int32Array.from(pages),
    pageIds,
    normalized(id) {
      let record = normalized.get(id)
      if (!record) {
        const stored = storedRecord(index, id)
        record = { pageTitle: normalizeText(stored?.pageTitle ?? ''), heading: normalizeText(stored?.heading ?? ''), text: normalizeText(stored?.text ?? '') }
        normalized.set(id, record)
      }
      return record
    },
  }
  infos.set(index, info)
  return info
}
