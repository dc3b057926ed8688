/**
 * Search benchmark: `npm run bench:search [-- default 1000 10000 50000]`. Prints tables, asserts nothing.
 *
 * Books: the default book (content/) and synthetic books of n sections made of its sentences
 * (scripts/bench/search-data.ts, same bytes on every run), smallest first: peak RSS only grows.
 * Bytes are gzip level 6 of each file the reader asks for, as the browser would download them;
 * times are in-process, the reader resolving from memory.
 */
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import { runInNewContext } from 'node:vm'
import { setFlagsFromString } from 'node:v8'
import { gzipSync } from 'node:zlib'
import { buildSearchFiles, type SearchFiles } from '../lib/search/build-search-files'
import { bookGlossary } from '../lib/search/index-file'
import { searchBook } from '../lib/search/query'
import { pagesToRecords, type SearchablePage } from '../lib/search/records'
import { openSearchFiles } from '../lib/search/search-index'
import { loadDefaultBook } from '../test/support/search-book'
import { BENCH_QUERIES as QUERIES, sentencesOf, syntheticBook } from './bench/search-data'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const EXTRA_QUERIES = [
  '鵜鶘',
  '開源權重',
  '思維鏈監控',
  'Antigravty',
  'sanfilipo',
  'vibecoding',
  'claudecode',
  'claude-code',
  'gpt oss 120b',
  'Antigrav',
  'snitchb',
  'claude co',
  'interpretability',
  'bicycle',
  'pelican',
  'tuili',
  'kejieshixing',
]
const SLOW_BOOK_MS = 5 * 60_000
/** Targets (gzip, engine included): the default book's median and worst first search, 10,000 sections' worst; warm p95 at 10,000. */
const TARGETS = { defaultMedianKB: 40, defaultWorstKB: 60, tenThousandWorstKB: 80, tenThousandWarmP95Ms: 5 }

const gzip = (text: string) => gzipSync(text, { level: 6 }).length
const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const ms = (time: number) => time.toFixed(time < 10 ? 2 : 0)
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0)
const peakRss = () => process.resourceUsage().maxRSS * 1024
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

/** An index opened afresh, as on a new visit: counts the gzip bytes of each file it reads once. */
function freshIndex(built: SearchFiles, gzipOf: Map<string, number>, manifestGzip: number) {
  const read = new Set<string>()
  const index = openSearchFiles(built, async (name) => {
    read.add(name)
    return built.files.get(name)!
  })
  const bytes = () => manifestGzip + [...read].reduce((sum, name) => sum + gzipOf.get(name)!, 0)
  return { index, bytes }
}

/** The browser's search code, minified and gzipped, FlexSearch's compact build in it (as next.config.ts aliases it). */
async function engineGzip(): Promise<number> {
  // esbuild ships with tsx; it is not a dependency of the project's own.
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild') as {
    build(options: object): Promise<{ outputFiles: { text: string }[] }>
  }
  const root = path.resolve(import.meta.dirname, '..')
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'lib/search/browser.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    alias: { flexsearch: path.join(root, 'node_modules/flexsearch/dist/flexsearch.compact.module.min.js') },
  })
  return gzip(result.outputFiles.map((file) => file.text).join(''))
}

interface Measured {
  size: Record<string, string>
  bytes: Record<string, string>
  time: Record<string, string>
  coldMedian: number
  coldMax: number
  warmP95: number
  sections: number
  /** The extra queries' first results (default book only). */
  extra: Record<string, string>[]
}

async function measure(name: string, pages: SearchablePage[], extraQueries: readonly string[] = []): Promise<Measured> {
  const began = performance.now()
  gc()
  const records = pagesToRecords(pages)
  let start = performance.now()
  const built = buildSearchFiles(records, { glossary: bookGlossary })
  const buildMs = performance.now() - start
  gc()
  const heapAfterBuild = process.memoryUsage().heapUsed

  const gzipOf = new Map([...built.files].map(([file, text]) => [file, gzip(text)]))
  const manifestGzip = gzip(JSON.stringify(built.manifest))
  const sizesOf = (prefix: string) => [...gzipOf].filter(([file]) => file.startsWith(prefix)).map(([, bytes]) => bytes)
  const shards = sizesOf('s')
  const chunks = sizesOf('c')
  const sum = (sizes: number[]) => sizes.reduce((total, bytes) => total + bytes, 0)
  const glossaryKeys = [...built.files]
    .filter(([file]) => file.startsWith('g'))
    .reduce((count, [, text]) => count + (JSON.parse(text) as unknown[]).length, 0)

  // Cold: each query on a fresh index; second: the next query on that same index.
  const cold: number[] = []
  const coldMs: number[] = []
  const second: number[] = []
  for (const [i, query] of QUERIES.entries()) {
    const { index, bytes } = freshIndex(built, gzipOf, manifestGzip)
    start = performance.now()
    await searchBook(index, query)
    coldMs.push(performance.now() - start)
    cold.push(bytes())
    const next = QUERIES[i + 1]
    if (next === undefined) break
    await searchBook(index, next)
    second.push(bytes() - cold.at(-1)!)
  }
  const worst = cold.indexOf(Math.max(...cold))

  // Total: every query on one index; then, every file it needs loaded, the warm times.
  const { index, bytes } = freshIndex(built, gzipOf, manifestGzip)
  for (const query of QUERIES) await searchBook(index, query)
  const times: number[] = []
  for (let round = 0; round < 5; round++) {
    for (const query of QUERIES) {
      start = performance.now()
      await searchBook(index, query)
      times.push(performance.now() - start)
    }
  }
  const extra: Record<string, string>[] = []
  for (const query of extraQueries) {
    const { index, bytes } = freshIndex(built, gzipOf, manifestGzip)
    const result = await searchBook(index, query)
    const first = result.pages[0]?.sections[0]
    extra.push({
      query,
      'first result': first ? `${first.href} (${first.heading ?? result.pages[0]!.pageTitle})` : '—',
      corrected: result.correctedQuery ?? '',
      'cold KB': kb(bytes()),
    })
  }
  const elapsed = performance.now() - began
  if (elapsed > SLOW_BOOK_MS)
    console.log(
      `NOTE: ${name} took ${(elapsed / 60_000).toFixed(1)} min (build ${(buildMs / 1000).toFixed(0)} s), more than ${SLOW_BOOK_MS / 60_000} min.`,
    )

  return {
    size: {
      book: name,
      sections: String(records.length),
      pages: String(pages.length),
      'build ms': buildMs.toFixed(0),
      files: String(gzipOf.size + 1),
      'all gz KB': kb(manifestGzip + [...gzipOf.values()].reduce((sum, bytes) => sum + bytes, 0)),
      'manifest gz KB': kb(manifestGzip),
      shards: String(shards.length),
      'shard med/max gz KB': `${kb(percentile(shards, 50))} / ${kb(Math.max(...shards))}`,
      chunks: String(chunks.length),
      'chunk med gz KB': kb(percentile(chunks, 50)),
      'prefix files gz KB': kb(sum(sizesOf('p'))),
      'glossary keys': String(glossaryKeys),
      'glossary gz KB (max file)': `${kb(sum(sizesOf('g')))} (${kb(Math.max(...sizesOf('g')))})`,
      'heap after build MB': mb(heapAfterBuild),
      'peak RSS MB': mb(peakRss()),
    },
    bytes: {
      book: name,
      'cold p50 KB': kb(percentile(cold, 50)),
      'cold p95 KB': kb(percentile(cold, 95)),
      'cold max KB': kb(cold[worst]!),
      'worst query': QUERIES[worst]!,
      '2nd p50 KB': kb(percentile(second, 50)),
      '2nd p95 KB': kb(percentile(second, 95)),
      '2nd max KB': kb(Math.max(...second)),
      'all queries KB': kb(bytes()),
    },
    time: {
      book: name,
      'first ms': ms(coldMs[0]!),
      'cold p50 ms': ms(percentile(coldMs, 50)),
      'warm p50 ms': ms(percentile(times, 50)),
      'warm p95 ms': ms(percentile(times, 95)),
      'warm max ms': ms(Math.max(...times)),
      'total s': (elapsed / 1000).toFixed(0),
    },
    coldMedian: percentile(cold, 50),
    coldMax: cold[worst]!,
    warmP95: percentile(times, 95),
    sections: records.length,
    extra,
  }
}

/** Columns on a terminal: CJK characters and full-width punctuation take two. */
const displayWidth = (text: string) =>
  Array.from(text).reduce((sum, char) => sum + (/[\p{sc=Han}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1), 0)

/** A Markdown table; numbers right-aligned, words left-aligned. */
function printTable(rows: Record<string, string>[]): void {
  const columns = Object.keys(rows[0]!)
  const widths = columns.map((column) =>
    Math.max(displayWidth(column), ...rows.map((row) => displayWidth(row[column]!))),
  )
  const numeric = columns.map((column) => rows.every((row) => /^[\d.\s/]*$/.test(row[column]!)))
  const pad = (cell: string, i: number) =>
    numeric[i] ? ' '.repeat(widths[i]! - displayWidth(cell)) + cell : cell + ' '.repeat(widths[i]! - displayWidth(cell))
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`
  console.log(line(columns))
  console.log(
    `|${widths.map((width, i) => (numeric[i] ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`,
  )
  for (const row of rows) console.log(line(columns.map((column) => row[column]!)))
  console.log()
}

const verdict = (value: number, target: number, unit: string) =>
  `${value.toFixed(1)} ${unit} (target ≤ ${target} ${unit}: ${value <= target ? 'met' : 'MISSED'})`

const books = process.argv.slice(2).length ? process.argv.slice(2) : ['default', '1000', '10000', '50000']
for (const book of books)
  if (book !== 'default' && !/^\d+$/.test(book))
    throw new Error(`bench-search: "${book}" is neither "default" nor a number of sections`)
const warn = console.warn
console.warn = () => {} // the sample content's missing images
const defaultBook = await loadDefaultBook()
console.warn = warn
const sentences = sentencesOf(defaultBook)
const engine = await engineGzip()

const results: Measured[] = []
for (const book of [...books].sort((a, b) => (a === 'default' ? 0 : Number(a)) - (b === 'default' ? 0 : Number(b)))) {
  if (book === 'default') results.push(await measure('default', defaultBook, EXTRA_QUERIES))
  else results.push(await measure(`synthetic ${book}`, syntheticBook(sentences, Number(book), Number(book))))
}

console.log('\nIndex size and memory')
printTable(results.map((result) => result.size))
console.log(
  'Bytes a reader downloads (gzip): cold = manifest + files of one query on a fresh index; 2nd = extra bytes of the next query; all = every query on one index',
)
printTable(results.map((result) => result.bytes))
console.log(
  `Query time: first = the first query on a fresh index; cold = each query on a fresh index; warm = ${QUERIES.length} queries × 5 rounds once every file is loaded`,
)
printTable(results.map((result) => result.time))
console.log(`Engine (lib/search/browser.ts with FlexSearch compact, minified): ${kb(engine)} KB gzip`)
for (const result of results) {
  const median = (engine + result.coldMedian) / 1024
  const worst = (engine + result.coldMax) / 1024
  const [medianText, worstText] =
    result.size.book === 'default'
      ? [verdict(median, TARGETS.defaultMedianKB, 'KB'), verdict(worst, TARGETS.defaultWorstKB, 'KB')]
      : result.sections === 10_000
        ? [`${median.toFixed(1)} KB`, verdict(worst, TARGETS.tenThousandWorstKB, 'KB')]
        : [`${median.toFixed(1)} KB`, `${worst.toFixed(1)} KB`]
  console.log(
    `First search total, ${result.size.book}: engine + median cold = ${medianText}; engine + max cold = ${worstText}`,
  )
  if (result.sections === 10_000)
    console.log(`Warm p95 at 10,000 sections: ${verdict(result.warmP95, TARGETS.tenThousandWarmP95Ms, 'ms')}`)
}
const extraRows = results.flatMap((result) => result.extra)
if (extraRows.length) {
  console.log('\nMore queries on the default book (each on a fresh index)')
  printTable(extraRows)
}
console.log(`${QUERIES.length} queries; ${sentences.length} distinct sentences; gzip level 6.`)
console.log(
  `${cpus().length} CPUs, load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')} (times grow with the load).`,
)
