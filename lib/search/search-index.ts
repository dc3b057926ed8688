import { Document, type DocumentData } from 'flexsearch'
import { flexsearchEncoding } from './encoder'
import type { SearchRecord } from './records'

/** Indexed fields, strongest first: rank.ts weighs them in this order. */
export const SEARCH_FIELDS = ['pageTitle', 'heading', 'text'] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

/** What results need of a record (its id is the store's key, not repeated). */
const STORED = ['url', 'pageTitle', 'heading', 'headingId', 'breadcrumb', 'text'] as const
export type StoredRecord = Omit<SearchRecord, 'id'>

export type SearchIndex = Document<DocumentData>

/** Bumped whenever the encoder or the options change: an old exported file is then refused. */
const SEARCH_INDEX_VERSION = 2

/**
 * The one configuration of the index, used to build it and to import it in the browser.
 * resolution 1: FlexSearch's positional score slots are not used (rank.ts ranks by field,
 * adjacency and frequency), and one slot per token keeps the exported file smaller.
 */
function createSearchIndex(): SearchIndex {
  return new Document<DocumentData>({
    ...flexsearchEncoding,
    resolution: 1,
    cache: false,
    document: {
      id: 'id',
      index: [...SEARCH_FIELDS],
      store: [...STORED],
    },
  })
}

/** rank.ts packs a record id into 21 bits. */
export const MAX_RECORDS = 2 ** 21

/** Records as pagesToRecords makes them: ids 0…n-1 in order (record-info.ts relies on it). */
export function buildSearchIndex(records: readonly SearchRecord[]): SearchIndex {
  if (records.length >= MAX_RECORDS) throw new Error(`search index: ${records.length} sections, at most ${MAX_RECORDS - 1}`)
  const index = createSearchIndex()
  for (const [i, record] of records.entries()) {
    if (record.id !== i) throw new Error(`search index: record ${i} has id ${record.id}; use pagesToRecords`)
    index.add(record as unknown as DocumentData)
  }
  return index
}

export function storedRecord(index: SearchIndex, id: number): StoredRecord | undefined {
  return (index.get(id) as StoredRecord | null) ?? undefined
}

interface ExportedIndex {
  version: number
  /**
   * FlexSearch's export keys and their data, in the order FlexSearch wrote them; the id lists
   * of the token maps (`field.n.map`: [token, [[ids]]]) hold differences between consecutive
   * ids, which gzip far better on a big book (ids are added in order, so they are small).
   */
  parts: [key: string, data: unknown][]
}

type TokenMap = [token: string, slots: (number[] | null)[]][]

function mapIds(map: TokenMap, change: (ids: number[]) => number[]): TokenMap {
  return map.map(([token, slots]) => [token, slots.map((ids) => ids && change(ids))])
}
const toDeltas = (ids: number[]) => ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!))
const fromDeltas = (deltas: number[]) => {
  let id = 0
  return deltas.map((delta, i) => (id = i === 0 ? delta : id + delta))
}
const isTokenMap = (key: string) => key.endsWith('.map')

/** One JSON string with every exported part; the same records give the same bytes. */
export async function exportSearchIndex(index: SearchIndex): Promise<string> {
  const parts: ExportedIndex['parts'] = []
  // The handler is synchronous, so FlexSearch writes every part before export returns.
  await index.export((key: string, data: string) => {
    const value = JSON.parse(data) as unknown
    parts.push([key, isTokenMap(key) ? mapIds(value as TokenMap, toDeltas) : value])
  })
  const exported: ExportedIndex = { version: SEARCH_INDEX_VERSION, parts }
  return JSON.stringify(exported)
}

/** Reads the output of exportSearchIndex into an index configured exactly like createSearchIndex. */
export function importSearchIndex(json: string): SearchIndex {
  const exported = JSON.parse(json) as Partial<ExportedIndex>
  if (exported.version !== SEARCH_INDEX_VERSION || !Array.isArray(exported.parts)) {
    throw new Error(`search index: expected version ${SEARCH_INDEX_VERSION}, got ${String(exported.version)}; rebuild it`)
  }
  const index = createSearchIndex()
  // import() accepts parsed data as well as a string (the typings only say string).
  for (const [key, data] of exported.parts) index.import(key, (isTokenMap(key) ? mapIds(data as TokenMap, fromDeltas) : data) as string)
  return index
}
