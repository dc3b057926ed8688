import { countTokens, useHanFolding } from './encoder'
import { addSection, createFieldIndex, exportPostings } from './field-index'
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
  prefixFileOf,
  type ChunkFile,
  type GlossaryFile,
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

/** What the glossary is made from (glossary.ts): the book's texts and the Latin words the index holds. */
export interface GlossarySource {
  /** Every page title, heading and section text. */
  texts: string[]
  /** Page titles and headings. */
  headings: string[]
  latinWords: ReadonlySet<string>
}

export interface SearchFilesOptions {
  shards?: number
  /** Makes the glossary (key → the book's Chinese words); without it the glossary files are empty. */
  glossary?: (source: GlossarySource) => Map<string, string[]>
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
const LETTERS = /^\p{L}+$/u
/**
 * Prefix files: one for 8 shards; glossary files (several words of CC-CEDICT for each word of the
 * book, so larger): one for 2 shards; at most 64 of each: 2–5 KB gzip a file from the default
 * book to 10,000 sections.
 */
const SHARDS_PER_PREFIX_FILE = 8
const SHARDS_PER_GLOSSARY_FILE = 2
const MAX_WORD_FILES = 64

/** A token's counts in the sections whose text holds it twice or more. */
interface TokenCounts {
  token: string
  ids: number[]
  counts: number[]
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
  const shardCount = nextPowerOfTwo(shards ?? Math.min(MAX_SHARDS, Math.ceil(characters / CHARS_PER_SHARD)))
  const files = (shardsPerFile: number) => Math.min(MAX_WORD_FILES, Math.max(1, shardCount / shardsPerFile))
  return {
    version: SEARCH_FORMAT_VERSION,
    shards: shardCount,
    prefixes: files(SHARDS_PER_PREFIX_FILE),
    glossary: files(SHARDS_PER_GLOSSARY_FILE),
    pages,
    chunks,
  }
}

/**
 * Builds the exported index of the sections (ids 0…n-1 in reading order, as pagesToRecords
 * makes them): one FlexSearch index per field, exported and cut into shards by token. Text is
 * folded to simplified Chinese with the full table, so a traditional query folded with the
 * book's part of it (han.json) finds it.
 */
export function buildSearchFiles(records: readonly SearchRecord[], options: SearchFilesOptions = {}): SearchFiles {
  const manifest = searchManifest(records, options.shards)
  const fullTable = fullHanFoldTable()
  useHanFolding(fullTable)

  const fieldIndexes = Object.fromEntries(SEARCH_FIELDS.map((field) => [field, createFieldIndex()])) as Record<
    SearchField,
    ReturnType<typeof createFieldIndex>
  >
  /** Latin word → sections holding it (whole words, parts of compounds, compounds joined). */
  const latinWords = new Map<string, number>()
  const hanChars = new Set<string>()
  const chunkFiles: ChunkFile[] = manifest.chunks.map(() => ({ pages: [], records: [] }))
  const starts = chunkStarts(manifest)
  // Counts, token by token in the order they first came (as the shards list them).
  const counted = new Map<string, TokenCounts>()
  let page = -1
  let chunk = -1
  let title: { text: string; counts: Map<string, number>; words: Set<string> } | undefined

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
    for (const word of words) latinWords.set(word, (latinWords.get(word) ?? 0) + 1)
    for (const field of SEARCH_FIELDS) {
      const counts = fieldCounts[field]
      if (counts.size > 0) addSection(fieldIndexes[field], id, counts.keys())
    }
    // Frequency breaks ties between sections that hold a term in their text (rank.ts).
    for (const [token, count] of fieldCounts.text) {
      // Every character of a CJK run is a token of its own: the book's Chinese characters, folded.
      if (token.length <= 2 && HAN.test(token)) hanChars.add(token)
      if (count < 2) continue
      let facts = counted.get(token)
      if (!facts) counted.set(token, (facts = { token, ids: [], counts: [] }))
      facts.ids.push(id)
      facts.counts.push(Math.min(count, MAX_COUNT))
    }
    for (const field of ['pageTitle', 'heading'] as const)
      for (const token of fieldCounts[field].keys()) if (token.length <= 2 && HAN.test(token)) hanChars.add(token)

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
    for (const entry of exportPostings(fieldIndexes[field]))
      shardFiles[shardOf(entry[0], manifest.shards)]!.fields[field].push(entry)
  for (const { token, ids, counts } of counted.values())
    shardFiles[shardOf(token, manifest.shards)]!.counts.push([token, toDeltas(ids), counts])
  for (const [k, file] of shardFiles.entries()) files.set(searchFileNames.shard(k), JSON.stringify(file))
  for (const [k, file] of chunkFiles.entries()) files.set(searchFileNames.chunk(k), JSON.stringify(file))

  const sorted = [...latinWords.keys()].sort()
  // Misspellings are corrected to words of letters (not `gpt4` to `gpt5`); any Latin word completes a prefix.
  const byLength = new Map<number, VocabularyFile>()
  for (let length = VOCABULARY_LENGTHS.min; length <= VOCABULARY_LENGTHS.max; length++) byLength.set(length, [])
  for (const word of sorted)
    if (LETTERS.test(word)) byLength.get(Array.from(word).length)?.push([word, latinWords.get(word)!])
  for (const [length, words] of byLength) files.set(searchFileNames.vocabulary(length), JSON.stringify(words))
  const prefixFiles: VocabularyFile[] = Array.from({ length: manifest.prefixes }, () => [])
  for (const word of sorted) prefixFiles[prefixFileOf(word, manifest.prefixes)]!.push([word, latinWords.get(word)!])
  for (const [k, words] of prefixFiles.entries()) files.set(searchFileNames.prefix(k), JSON.stringify(words))

  const glossary = options.glossary?.(glossarySource(records, latinWords.keys()))
  const glossaryFiles: GlossaryFile[] = Array.from({ length: manifest.glossary }, () => [])
  for (const key of [...(glossary?.keys() ?? [])].sort())
    glossaryFiles[shardOf(key, manifest.glossary)]!.push([key, glossary!.get(key)!])
  for (const [k, entries] of glossaryFiles.entries()) files.set(searchFileNames.glossary(k), JSON.stringify(entries))
  return { manifest, files }
}

/** What the glossary is made from: each page's title once, every heading, every section's text. */
function glossarySource(records: readonly SearchRecord[], latinWords: Iterable<string>): GlossarySource {
  const titles = records.filter((record, id) => records[id - 1]?.url !== record.url).map((record) => record.pageTitle)
  const headings = [...titles, ...records.flatMap((record) => (record.heading ? [record.heading] : []))]
  return { texts: [...headings, ...records.map((record) => record.text)], headings, latinWords: new Set(latinWords) }
}
