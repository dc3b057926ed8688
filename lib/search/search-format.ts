/**
 * The exported search index: what the build writes and the browser reads. One small manifest,
 * then files fetched only when a query needs them:
 *
 * - `s<k>.json`, shard k: for each field, the part of the book's FlexSearch index (its own
 *   export, `Index.export()`'s map) holding the tokens whose hash falls in it (shardOf), imported
 *   into FlexSearch in the browser; and how often those tokens occur in each section's text (for
 *   the ranking). A query downloads the shards of its own tokens only.
 * - `c<k>.json`, chunk k: headings, text and page of consecutive sections, for the results'
 *   titles and snippets; only the chunks of the shown results are fetched.
 * - `v<n>.json`: the book's Latin words of n letters, for correcting a misspelled word.
 * - `p<k>.json`: the book's Latin words whose first two characters hash to k, for completing
 *   the word being typed.
 * - `g<k>.json`: the glossary's keys hashing to k (English stems, pinyin) with the book's
 *   Chinese words for them (glossary.ts), for a Latin word the book lacks.
 * - `han.json`: the part of the traditional → simplified table this book can match, fetched for
 *   queries with Chinese characters.
 *
 * Every file name follows from the manifest (searchFileList), which is cheap to make: the
 * build names the files before it builds them.
 */
export const SEARCH_FORMAT_VERSION = 4

/** Indexed fields, strongest first: rank.ts weighs them in this order. */
export const SEARCH_FIELDS = ['pageTitle', 'heading', 'text'] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

export interface SearchManifest {
  version: typeof SEARCH_FORMAT_VERSION
  /** How many shards (a power of two). */
  shards: number
  /** How many prefix files and glossary files (powers of two). */
  prefixes: number
  glossary: number
  /** Sections per page, pages in reading order (a section's id is its place in that order). */
  pages: number[]
  /** Sections per chunk, chunks in reading order (small numbers: the manifest of a big book gzips well). */
  chunks: number[]
}

/** Vocabulary files are written for words of these lengths (empty ones too, so that every name is known before the index is built). */
export const VOCABULARY_LENGTHS = { min: 3, max: 40 }

/**
 * One field's part of a shard: entries of FlexSearch's exported map (`[token, [ids of score
 * slot 0]]`: the index has one slot) with the ids as differences, which gzip far better: with
 * FlexSearch's plain ids a book of 10,000 sections has shards of up to 31 KB gzip, not 8 KB.
 */
export type FieldPostings = [token: string, slots: number[][]][]

export interface ShardFile {
  fields: Record<SearchField, FieldPostings>
  /** For each token held twice or more by some sections' text: those sections (ids as differences) and the counts. */
  counts: [token: string, ids: number[], counts: number[]][]
}

/** A page as results show it: its number, URL, title and breadcrumb. */
export type ChunkPage = [page: number, url: string, title: string, breadcrumb: string]
/** A section: its heading and heading id (empty for the text above the first heading) and its text. */
export type ChunkRecord = [heading: string | null, headingId: string | null, text: string]

export interface ChunkFile {
  pages: ChunkPage[]
  records: ChunkRecord[]
}

/** [word, number of sections holding it]; a prefix file too, sorted by word. */
export type VocabularyFile = [word: string, sections: number][]

/** [key, the book's Chinese words for it, best first], sorted by key. */
export type GlossaryFile = [key: string, words: string[]][]

export interface HanFile {
  /** han-fold.ts's pairs string. */
  pairs: string
}

export const searchFileNames = {
  shard: (k: number) => `s${k}.json`,
  chunk: (k: number) => `c${k}.json`,
  vocabulary: (length: number) => `v${length}.json`,
  prefix: (k: number) => `p${k}.json`,
  glossary: (k: number) => `g${k}.json`,
  han: 'han.json',
}

/** The names of every file but the manifest. */
export function searchFileList(manifest: SearchManifest): string[] {
  const names = [searchFileNames.han]
  for (let k = 0; k < manifest.shards; k++) names.push(searchFileNames.shard(k))
  for (let k = 0; k < manifest.chunks.length; k++) names.push(searchFileNames.chunk(k))
  for (let length = VOCABULARY_LENGTHS.min; length <= VOCABULARY_LENGTHS.max; length++)
    names.push(searchFileNames.vocabulary(length))
  for (let k = 0; k < manifest.prefixes; k++) names.push(searchFileNames.prefix(k))
  for (let k = 0; k < manifest.glossary; k++) names.push(searchFileNames.glossary(k))
  return names
}

/** FNV-1a over UTF-16 units: cheap, stable, and spreads short tokens evenly. */
export function shardOf(token: string, shards: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193)
  return (hash >>> 0) & (shards - 1)
}

/** A word's prefix file is chosen by its first two characters: every word a prefix can complete is in one file. */
const PREFIX_LENGTH = 2
export const prefixFileOf = (word: string, prefixes: number) =>
  shardOf(Array.from(word).slice(0, PREFIX_LENGTH).join(''), prefixes)

/** The first section id of each chunk. */
export function chunkStarts(manifest: SearchManifest): number[] {
  let start = 0
  return manifest.chunks.map((size) => ((start += size), start - size))
}

/** The chunk holding a section, from chunkStarts: the last chunk starting at or before it. */
export function chunkOf(chunks: readonly number[], id: number): number {
  let low = 0
  let high = chunks.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (chunks[middle]! <= id) low = middle
    else high = middle - 1
  }
  return low
}

/** Ids of token maps are stored as differences, which gzip far better (ids are added in order). */
export const toDeltas = (ids: number[]) => ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!))
export const fromDeltas = (deltas: number[]) => {
  let id = 0
  return deltas.map((delta, i) => (id = i === 0 ? delta : id + delta))
}
