import { countTokens, useHanFolding } from './encoder'
import { hanFoldSubset, serializeHanFoldTable } from './han-fold'
import { fullHanFoldTable } from './han-fold-full'
import type { SearchRecord } from './records'
import {
  SEARCH_FIELDS,
  chunkStarts,
  SEARCH_FORMAT_VERSION,
  searchFileNames,
  shardOf,
  toDeltas,
  VOCABULARY_LENGTHS,
  type ChunkFile,
  type HanFile,
  type SearchField,
  type SearchManifest,
  type ShardFile,
  type VocabularyFile,
} from './search-format'

/** The exported index: the manifest and every other file by name (search-format.ts). */
export interface SearchFiles {
  manifest: SearchManifest
  files: Map<string, string>
}

/**
 * Characters of text per shard: about 2 KB of gzip per shard, so a query of a few words
 * downloads a few small shards; past 1,024 shards (a book of about 1,000 pages) they grow
 * instead, so that a big book is not tens of thousands of files. A power of two shards.
 */
const CHARS_PER_SHARD = 1_000
const MAX_SHARDS = 1024
/** Characters of section text per chunk: a chunk is about 1 KB of gzip. */
const CHUNK_CHARS = 1_200
/** Counted up to this (rank.ts uses at most 10 occurrences). */
const MAX_COUNT = 10

const HAN = /^\p{sc=Han}$/u

/** A token of the index, with its postings in each field and its counts in the text. */
interface TokenPostings {
  token: string
  shard: number
  countable: boolean
  ids: Partial<Record<SearchField, number[]>>
  counts?: { ids: number[]; counts: number[] }
}

const nextPowerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)))

/**
 * The manifest: how many shards, which sections each chunk holds, how sections group into
 * pages. Made from the lengths of the texts alone, so the build names every file
 * (searchFileList) without building the index.
 */
export function searchManifest(records: readonly SearchRecord[], shards?: number): SearchManifest {
  const pages: number[] = []
  const chunks: number[] = []
  let characters = 0
  let chunkChars = Infinity
  for (const [id, record] of records.entries()) {
    if (record.id !== id) throw new Error(`search index: record ${id} has id ${record.id}; use pagesToRecords`)
    if (records[id - 1]?.url !== record.url) pages.push(0)
    pages[pages.length - 1]!++
    characters += record.text.length + (record.heading?.length ?? 0)
    if (chunkChars > 0 && chunkChars + record.text.length > CHUNK_CHARS) {
      chunks.push(0)
      chunkChars = 0
    }
    chunks[chunks.length - 1]!++
    chunkChars += record.text.length
  }
  return {
    version: SEARCH_FORMAT_VERSION,
    shards: nextPowerOfTwo(shards ?? Math.min(MAX_SHARDS, Math.ceil(characters / CHARS_PER_SHARD))),
    pages,
    chunks,
  }
}

/**
 * Builds the exported index of the sections (ids 0…n-1 in reading order, as pagesToRecords
 * makes them). Text is folded to simplified Chinese with the full table, so a traditional
 * query folded with the book's part of it (han.json) finds it.
 */
export function buildSearchFiles(records: readonly SearchRecord[], options: { shards?: number } = {}): SearchFiles {
  const manifest = searchManifest(records, options.shards)
  const fullTable = fullHanFoldTable()
  useHanFolding(fullTable)

  const vocabulary = new Map<string, number>()
  const hanChars = new Set<string>()
  const chunkFiles: ChunkFile[] = manifest.chunks.map(() => ({ pages: [], records: [] }))
  const starts = chunkStarts(manifest)
  let page = -1
  let chunk = -1
  let title: { text: string; counts: Map<string, number>; words: Set<string> } | undefined
  // Each distinct token once, with its postings: a book repeats its words thousands of times, and
  // one lookup a token is what keeps a large book's index to seconds. `order`: each field's tokens
  // in the order they first came, as the shards list them.
  const known = new Map<string, TokenPostings>()
  const order: Record<SearchField, TokenPostings[]> = { pageTitle: [], heading: [], text: [] }
  const counted: TokenPostings[] = []
  const about = (token: string) => {
    let facts = known.get(token)
    if (!facts) {
      facts = {
        token,
        shard: shardOf(token, manifest.shards),
        // Single characters get no counts (they are in most sections, many times).
        countable: Array.from(token).length > 1,
        ids: {},
      }
      known.set(token, facts)
      // Every character of a CJK run is a token of its own: the book's Chinese characters, folded.
      if (token.length <= 2 && HAN.test(token)) hanChars.add(token)
    }
    return facts
  }

  for (const [id, record] of records.entries()) {
    const newPage = records[id - 1]?.url !== record.url
    if (newPage) page++
    if (starts[chunk + 1] === id) chunk++

    const words = new Set<string>()
    if (title?.text !== record.pageTitle) {
      const titleWords = new Set<string>()
      title = { text: record.pageTitle, counts: countTokens(record.pageTitle, titleWords), words: titleWords }
    }
    for (const word of title.words) words.add(word)
    const fieldCounts: Record<SearchField, Map<string, number>> = {
      pageTitle: title.counts,
      heading: countTokens(record.heading ?? '', words),
      text: countTokens(record.text, words),
    }
    for (const word of words) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1)
    for (const field of SEARCH_FIELDS) {
      for (const [token, count] of fieldCounts[field]) {
        const facts = about(token)
        let ids = facts.ids[field]
        if (!ids) {
          facts.ids[field] = ids = []
          order[field].push(facts)
        }
        ids.push(id)
        // Frequency breaks ties between sections that hold a term in their text (rank.ts).
        if (field === 'text' && count > 1 && facts.countable) {
          if (!facts.counts) {
            facts.counts = { ids: [], counts: [] }
            counted.push(facts)
          }
          facts.counts.ids.push(id)
          facts.counts.counts.push(Math.min(count, MAX_COUNT))
        }
      }
    }

    const file = chunkFiles[chunk]!
    if (file.pages.at(-1)?.[0] !== page) file.pages.push([page, record.url, record.pageTitle, record.breadcrumb])
    file.records.push([record.heading ?? null, record.headingId ?? null, record.text])
  }

  const files = new Map<string, string>()
  const han = hanFoldSubset(fullTable, hanChars)
  files.set(searchFileNames.han, JSON.stringify({ pairs: serializeHanFoldTable(han) } satisfies HanFile))
  const shardFiles: ShardFile[] = Array.from({ length: manifest.shards }, () => ({
    fields: Object.fromEntries(SEARCH_FIELDS.map((field) => [field, []])) as unknown as ShardFile['fields'],
    counts: [],
  }))
  for (const field of SEARCH_FIELDS)
    for (const { token, shard, ids } of order[field])
      shardFiles[shard]!.fields[field].push([token, toDeltas(ids[field]!)])
  for (const { token, shard, counts } of counted)
    shardFiles[shard]!.counts.push([token, toDeltas(counts!.ids), counts!.counts])
  for (const [k, file] of shardFiles.entries()) files.set(searchFileNames.shard(k), JSON.stringify(file))
  for (const [k, file] of chunkFiles.entries()) files.set(searchFileNames.chunk(k), JSON.stringify(file))

  const byLength = new Map<number, VocabularyFile>()
  for (let length = VOCABULARY_LENGTHS.min; length <= VOCABULARY_LENGTHS.max; length++) byLength.set(length, [])
  for (const word of [...vocabulary.keys()].sort())
    byLength.get(Array.from(word).length)?.push([word, vocabulary.get(word)!])
  for (const [length, words] of byLength) files.set(searchFileNames.vocabulary(length), JSON.stringify(words))
  return { manifest, files }
}
