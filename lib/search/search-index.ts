import { useHanFolding } from './encoder'
import { createFieldIndex, importPostings, sectionsWith } from './field-index'
import { parseHanFoldTable } from './han-fold'
import {
  chunkOf,
  chunkStarts,
  fromDeltas,
  prefixFileOf,
  SEARCH_FIELDS,
  SEARCH_FORMAT_VERSION,
  searchFileNames,
  shardOf,
  VOCABULARY_LENGTHS,
  type ChunkFile,
  type GlossaryFile,
  type HanFile,
  type SearchField,
  type SearchManifest,
  type ShardFile,
  type VocabularyFile,
} from './search-format'

/** Reads one file of the exported index by its name (search-format.ts), e.g. by fetch. */
export type SearchFileReader = (name: string) => Promise<string>

/** What results show of a section. */
export interface StoredRecord {
  url: string
  pageTitle: string
  breadcrumb: string
  heading?: string
  headingId?: string
  text: string
}

/**
 * An opened index: the manifest read, every other file fetched on first need and kept for
 * the visit. A failed fetch is forgotten, so a retry fetches again.
 */
export interface SearchIndex {
  manifest: SearchManifest
  /** Section id → page number. */
  pageOf: Int32Array
  /** Page number → its section ids in reading order. */
  pageIds: number[][]
  /** Imports the shards holding these tokens into the book's FlexSearch indexes (each shard once). */
  load(tokens: readonly string[]): Promise<void>
  /** The sections whose field holds every one of the tokens (FlexSearch answers; load them first). */
  sectionsWith(field: SearchField, tokens: readonly string[]): readonly number[]
  /** Occurrences of a loaded token in a section's text that holds it. */
  count(token: string, id: number): number
  records(ids: Iterable<number>): Promise<Map<number, StoredRecord>>
  /** The book's words of letters of this length with the number of sections holding each. */
  vocabulary(length: number): Promise<VocabularyFile>
  /** The book's Latin words starting with `prefix` (at least two characters), with the sections holding each. */
  completions(prefix: string): Promise<VocabularyFile>
  /** The book's Chinese words for a glossary key (glossary.ts), best first; none when it has none. */
  glossary(key: string): Promise<string[]>
  /** Installs the book's traditional → simplified table (a no-op when the book has none). */
  useHanFolding(): Promise<void>
}

function memoized<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>()
  return (key) => {
    let value = cache.get(key)
    if (!value) {
      value = load(key)
      value.catch(() => cache.delete(key))
      cache.set(key, value)
    }
    return value
  }
}

export function openSearchIndex(manifestText: string, read: SearchFileReader): SearchIndex {
  const manifest = JSON.parse(manifestText) as SearchManifest
  if (manifest.version !== SEARCH_FORMAT_VERSION)
    throw new Error(
      `search index: expected version ${SEARCH_FORMAT_VERSION}, got ${String(manifest.version)}; rebuild it`,
    )
  const pageIds: number[][] = []
  const pageOf = new Int32Array(manifest.pages.reduce((sum, count) => sum + count, 0))
  let id = 0
  for (const [page, count] of manifest.pages.entries()) {
    const ids: number[] = []
    for (let i = 0; i < count; i++, id++) {
      ids.push(id)
      pageOf[id] = page
    }
    pageIds.push(ids)
  }
  const starts = chunkStarts(manifest)
  const json = async <T>(name: string) => JSON.parse(await read(name)) as T

  // The book's FlexSearch index, a field each, filled shard by shard as queries need them.
  const fields = Object.fromEntries(SEARCH_FIELDS.map((field) => [field, createFieldIndex()])) as Record<
    SearchField,
    ReturnType<typeof createFieldIndex>
  >
  /** token → section id → occurrences in its text (absent: once, if the text holds it). */
  const counts = new Map<string, Map<number, number>>()
  const shard = memoized(async (k: number): Promise<void> => {
    const file = await json<ShardFile>(searchFileNames.shard(k))
    for (const field of SEARCH_FIELDS) importPostings(fields[field], file.fields[field])
    for (const [token, ids, times] of file.counts)
      counts.set(token, new Map(fromDeltas(ids).map((id, i) => [id, times[i]!])))
  })
  const prefixFile = memoized((k: number) => json<VocabularyFile>(searchFileNames.prefix(k)))
  const glossaryFile = memoized(async (k: number) => new Map(await json<GlossaryFile>(searchFileNames.glossary(k))))
  const chunk = memoized((k: number) => json<ChunkFile>(searchFileNames.chunk(k)))
  const han = memoized(async (_: 'han') =>
    useHanFolding(parseHanFoldTable((await json<HanFile>(searchFileNames.han)).pairs)),
  )

  return {
    manifest,
    pageOf,
    pageIds,
    async load(tokens) {
      await Promise.all([...new Set(tokens.map((token) => shardOf(token, manifest.shards)))].map(shard))
    },
    sectionsWith: (field, tokens) => sectionsWith(fields[field], tokens),
    count: (token, id) => counts.get(token)?.get(id) ?? 1,
    async completions(prefix) {
      const words = await prefixFile(prefixFileOf(prefix, manifest.prefixes))
      // Sorted by word: the words of a prefix are one run, found by bisection.
      let low = 0
      let high = words.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (words[middle]![0] < prefix) low = middle + 1
        else high = middle
      }
      let end = low
      while (end < words.length && words[end]![0].startsWith(prefix)) end++
      return words.slice(low, end)
    },
    async glossary(key) {
      return (await glossaryFile(shardOf(key, manifest.glossary))).get(key) ?? []
    },
    async records(ids) {
      const wanted = [...new Set(ids)]
      const files = new Map(
        await Promise.all(
          [...new Set(wanted.map((id) => chunkOf(starts, id)))].map(async (k) => [k, await chunk(k)] as const),
        ),
      )
      const found = new Map<number, StoredRecord>()
      for (const id of wanted) {
        const k = chunkOf(starts, id)
        const file = files.get(k)!
        const [heading, headingId, text] = file.records[id - starts[k]!]!
        const [, url, pageTitle, breadcrumb] = file.pages.find(([page]) => page === pageOf[id])!
        const record: StoredRecord = { url, pageTitle, breadcrumb, text }
        if (heading !== null) record.heading = heading
        if (headingId !== null) record.headingId = headingId
        found.set(id, record)
      }
      return found
    },
    vocabulary: memoized(async (length: number) =>
      length >= VOCABULARY_LENGTHS.min && length <= VOCABULARY_LENGTHS.max
        ? json<VocabularyFile>(searchFileNames.vocabulary(length))
        : [],
    ),
    useHanFolding: () => han('han'),
  }
}

/** An index opened from files in memory (tests, the benchmark, the build's own checks). */
export function openSearchFiles(
  files: { manifest: SearchManifest; files: ReadonlyMap<string, string> },
  read?: SearchFileReader,
): SearchIndex {
  return openSearchIndex(
    JSON.stringify(files.manifest),
    read ??
      (async (name) => {
        const text = files.files.get(name)
        if (text === undefined) throw new Error(`search index: no file ${name}`)
        return text
      }),
  )
}
