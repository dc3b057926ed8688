/**
 * Search benchmark: `npx tsx scripts/bench-search.ts`. Prints a table, asserts nothing.
 *
 * Books: the default book (content/), and synthetic books of 1,000 and 10,000 sections made
 * of the default book's sentences by a seeded PRNG (same bytes on every run), nested
 * part › chapter › page. Queries run in-process on the imported index (as in the browser),
 * after one warm-up pass; "first" is the very first query on a fresh import.
 */
import { cpus, loadavg } from 'node:os'
import { runInNewContext } from 'node:vm'
import { setFlagsFromString } from 'node:v8'
import { gzipSync } from 'node:zlib'
import { searchBook } from '../lib/search/query'
import { BENCH_QUERIES as QUERIES, sentencesOf, syntheticBook } from './bench/search-data'
import { pagesToRecords, type SearchablePage } from '../lib/search/records'
import { buildSearchIndex, exportSearchIndex, importSearchIndex } from '../lib/search/search-index'
import { loadDefaultBook } from '../test/support/search-book'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const gzip = (text: string) => gzipSync(text).length
const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!

async function measure(name: string, pages: SearchablePage[]): Promise<Record<string, string>> {
  gc()
  const records = pagesToRecords(pages)
  let start = performance.now()
  const built = buildSearchIndex(records)
  const buildMs = performance.now() - start
  start = performance.now()
  const json = await exportSearchIndex(built)
  const exportMs = performance.now() - start
  gc()
  const heapBefore = process.memoryUsage().heapUsed
  start = performance.now()
  const index = importSearchIndex(json)
  const importMs = performance.now() - start
  start = performance.now()
  searchBook(index, QUERIES[0]!)
  const firstMs = performance.now() - start
  for (const query of QUERIES) searchBook(index, query) // warm-up
  const times: number[] = []
  for (let round = 0; round < 5; round++) {
    for (const query of QUERIES) {
      start = performance.now()
      searchBook(index, query)
      times.push(performance.now() - start)
    }
  }
  times.sort((a, b) => a - b)
  gc() // what the imported index holds after the queries (with the ranking's caches)
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20
  const plain = pages.flatMap((page) => [page.title, ...page.sections.flatMap((section) => [section.heading ?? '', section.text])]).join('\n')
  return {
    book: name,
    sections: String(records.length),
    pages: String(pages.length),
    'build ms': buildMs.toFixed(0),
    'export ms': exportMs.toFixed(0),
    'import ms': importMs.toFixed(0),
    'index KB': kb(json.length),
    'index gz KB': kb(gzip(json)),
    'text gz KB': kb(gzip(plain)),
    'gz ratio': (gzip(json) / gzip(plain)).toFixed(2),
    'first ms': firstMs.toFixed(1),
    'p50 ms': percentile(times, 50).toFixed(2),
    'p95 ms': percentile(times, 95).toFixed(2),
    'max ms': times.at(-1)!.toFixed(2),
    'index heap MB': heapMB.toFixed(1),
    'peak RSS MB': (process.resourceUsage().maxRSS / 1024).toFixed(0),
  }
}

function printTable(rows: Record<string, string>[]): void {
  const columns = Object.keys(rows[0]!)
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`
  console.log(line(columns))
  console.log(`|${widths.map((width, i) => (i === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`)
  for (const row of rows) console.log(line(columns.map((column) => row[column]!)))
}

const warn = console.warn
console.warn = () => {} // the sample content's missing images
const book = await loadDefaultBook()
console.warn = warn
const sentences = sentencesOf(book)
const rows = [await measure('default', book)] // smallest first: peak RSS only grows
for (const size of [1_000, 10_000]) rows.push(await measure(`synthetic ${size}`, syntheticBook(sentences, size, size)))
printTable(rows)
console.log(`\n${QUERIES.length} queries × 5 rounds, warm, on the imported index; ${sentences.length} distinct sentences; gzip level 6.`)
console.log(
  `${cpus().length} CPUs, load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')} (times grow with the load).`,
)
