/**
 * `npm run bench`: what readers and authors feel, printed as one Markdown table; asserts nothing.
 *   build      clean and warm `scripts/build.ts` of the default book and of generated books
 *              (scripts/bench/generate-book.ts): wall time, peak RSS of the build's process tree;
 *   weight     gzip HTML / CSS / first-load JS of three pages, minus a bare Next.js page's;
 *   lighthouse mobile preset, median of 3 runs, on the production server (`serve`);
 *   search     the rows of `npm run bench:search`;
 *   dev        under `npm run dev`, time from each kind of Markdown edit (body, title, heading,
 *              weight, tags, description, new / deleted page, ref to a new page) to the open
 *              page showing it (scripts/bench/dev-latency.ts; alone: npx tsx scripts/bench/dev-latency.ts).
 * Flags: --sizes=200,1000,3000 (generated books; --sizes= for none), --skip-lighthouse,
 * --skip-search, --skip-dev. Every build writes to a temporary OUT_DIR: out/ is never touched.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { pageWeight, type PageWeight } from '../page-weight'
import { onInterrupt } from './at-exit'
import { buildBareNext } from './bare-next'
import { measureBuild, removeBuildCaches } from './build-book'
import { measureDevEdits, summarize } from './dev-latency'
import { writeGeneratedBook } from './generate-book'
import { lighthouseMedian } from './lighthouse'
import { serveFolder } from './serve'

const flag = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
const sizes = (flag('sizes') ?? '200,1000,3000').split(',').filter(Boolean).map(Number)
const skip = (name: string) => process.argv.includes(`--skip-${name}`)

const rows: [string, string, string][] = []
const row = (group: string, subject: string, figures: string) => {
  rows.push([group, subject, figures])
  console.error(`  ${group} · ${subject}: ${figures}`) // progress; the table goes to stdout at the end
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const signedKb = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1024).toFixed(1)}`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))

/** Hugo's URL of a content file without slug or url front matter: docs/a/b.md → /docs/a/b/. */
const urlOf = (contentDir: string, file: string) => `/${path.relative(contentDir, file).replace(/(^|\/)_index\.md$|\.md$/, '')}/`.replace(/\/+/g, '/')

const tmp = mkdtempSync(path.join(tmpdir(), 'hugo-book-bench-'))
const removeTmp = () => rmSync(tmp, { recursive: true, force: true })
onInterrupt(removeTmp)
let waitedMs = 0

/** Clean then warm build of `contentDir` into `outDir`; one table row. */
async function buildRow(subject: string, contentDir: string, outDir: string): Promise<number[]> {
  const pages = markdownFiles(contentDir).length
  await removeBuildCaches()
  const clean = await measureBuild(contentDir, outDir)
  const warm = await measureBuild(contentDir, outDir)
  waitedMs += clean.waitedMs + warm.waitedMs
  const peak = Math.max(clean.peakRss, warm.peakRss)
  if (clean.waitedMs + warm.waitedMs > 0) console.error(`  (${subject}: ${seconds(clean.waitedMs)} + ${seconds(warm.waitedMs)} waiting for other builds, not counted)`)
  row(
    'build',
    `${subject} (${pages} pages)`,
    `clean ${seconds(clean.wallMs)} · warm ${seconds(warm.wallMs)} · peak RSS ${(peak / 2 ** 30).toFixed(2)} GB · per page: clean ${(clean.wallMs / pages).toFixed(0)} ms, warm ${(warm.wallMs / pages).toFixed(0)} ms`,
  )
  return [clean.wallMs / pages, warm.wallMs / pages]
}

const weightFigures = (weight: PageWeight) =>
  `HTML ${kb(weight.htmlGzip)} · CSS ${kb(weight.cssGzip)} · JS ${kb(weight.jsGzip)} (${weight.scripts} files)${weight.dataGzip > 0 ? ` · page data ${kb(weight.dataGzip)}` : ''}`
/** The page's RSC payload for client-side navigation (index.txt beside index.html), gzip. */
const rscGzip = (outDir: string, url: string) => {
  const file = path.join(outDir, decodeURIComponent(url), 'index.txt')
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : Number.NaN
}

async function main() {
  const started = new Date()
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')
  console.error(`Benchmark in ${tmp}; generated books: ${sizes.join(', ') || 'none'}`)

  // a. Build, b. weight of the generated books' probe page (the same text at every size).
  const defaultContent = path.resolve('content')
  const defaultOut = path.join(tmp, 'out-default')
  const perPage = new Map<string, number[]>()
  perPage.set('default', await buildRow('default book', defaultContent, defaultOut))
  const probes = new Map<number, PageWeight & { rsc: number }>()
  for (const size of sizes) {
    const contentDir = path.join(tmp, `book-${size}`)
    const outDir = path.join(tmp, `out-${size}`)
    const book = writeGeneratedBook(size, contentDir)
    perPage.set(String(size), await buildRow(`generated ${size}, ${book.depth} section levels`, contentDir, outDir))
    probes.set(size, { ...pageWeight(outDir, book.probeUrl), rsc: rscGzip(outDir, book.probeUrl) })
    rmSync(contentDir, { recursive: true, force: true })
    rmSync(outDir, { recursive: true, force: true })
  }
  if (sizes.length >= 2) {
    const [small, large] = [Math.min(...sizes), Math.max(...sizes)]
    const [cleanSmall, warmSmall] = perPage.get(String(small))!
    const [cleanLarge, warmLarge] = perPage.get(String(large))!
    row('build', `time per page at ${large} ÷ at ${small}`, `clean ${(cleanLarge! / cleanSmall!).toFixed(2)}× · warm ${(warmLarge! / warmSmall!).toFixed(2)}×`)
  }

  // b. Page weight against the floor.
  const bareWeight = pageWeight(buildBareNext(path.join(tmp, 'bare-next')), '/')
  row('weight', 'bare Next.js page (floor)', weightFigures(bareWeight))
  const longest = markdownFiles(path.join(defaultContent, 'docs')).sort((a, b) => statSync(b).size - statSync(a).size)[0]!
  const pages = ['/', '/docs/news/', urlOf(defaultContent, longest)]
  for (const url of pages) {
    const weight = pageWeight(defaultOut, url)
    // The bare page's payload is inline (in its HTML); ours is moved out for the CSP: compare HTML + data.
    const minus = `HTML + page data ${signedKb(weight.htmlGzip + weight.dataGzip - bareWeight.htmlGzip - bareWeight.dataGzip)} · CSS ${signedKb(weight.cssGzip - bareWeight.cssGzip)} · JS ${signedKb(weight.jsGzip - bareWeight.jsGzip)}`
    row('weight', `default book ${url}`, `${weightFigures(weight)}; minus bare: ${minus} KB`)
  }
  for (const [size, probe] of probes) row('weight', `generated ${size}, probe page`, `${weightFigures(probe)} · RSC payload ${kb(probe.rsc)}`)
  if (probes.size >= 2) {
    const [small, large] = [Math.min(...sizes), Math.max(...sizes)]
    const ratio = (pick: (probe: PageWeight & { rsc: number }) => number) => (pick(probes.get(large)!) / pick(probes.get(small)!)).toFixed(2)
    row('weight', `probe page at ${large} ÷ at ${small}`, `HTML gzip ${ratio((probe) => probe.htmlGzip)}× · RSC payload ${ratio((probe) => probe.rsc)}×`)
  }

  // c. Lighthouse on the production server.
  if (!skip('lighthouse')) {
    const server = await serveFolder(defaultOut)
    try {
      for (const url of pages) {
        const lh = await lighthouseMedian(server.origin + url, 3)
        row(
          'lighthouse',
          url,
          `perf ${lh.performance} · a11y ${lh.accessibility} · best practices ${lh.bestPractices} · SEO ${lh.seo} · LCP ${seconds(lh.lcpMs)} · TBT ${lh.tbtMs.toFixed(0)} ms · CLS ${lh.cls.toFixed(3)} · ${kb(lh.totalBytes)}`,
        )
      }
    } finally {
      server.stop()
    }
  }

  // d. Search: the rows of the search benchmark, condensed.
  if (!skip('search')) {
    const search = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/bench-search.ts'], { encoding: 'utf8' })
    const lines = search.stdout.split('\n').filter((line) => line.startsWith('|') && !line.startsWith('|-'))
    const header = lines[0]?.split('|').map((cell) => cell.trim()) ?? []
    for (const line of lines.slice(1)) {
      const cell = (name: string) => line.split('|').map((value) => value.trim())[header.indexOf(name)] ?? '?'
      row(
        'search',
        `${cell('book')} (${cell('sections')} sections)`,
        `index ${cell('index gz KB')} KB gz · build ${cell('build ms')} ms · import ${cell('import ms')} ms · query p50 ${cell('p50 ms')} ms, p95 ${cell('p95 ms')} ms, first ${cell('first ms')} ms`,
      )
    }
    if (lines.length === 0) row('search', 'bench:search', `failed: ${search.stderr.slice(-300)}`)
  }

  // e. Dev-mode edit latency, every kind of edit, on a copy of the default book.
  if (!skip('dev')) {
    const dev = await measureDevEdits({ contentDir: defaultContent, runs: 3 })
    row('dev', 'npm run dev, start-up to first page', seconds(dev.startupMs))
    for (const result of dev.results) {
      const { shown, seconds: figures } = summarize(result)
      row('dev', `edit → shown, no reload: ${result.edit}`, shown === 'no' ? `not shown within ${dev.timeoutMs / 1000} s` : `${shown}, ${figures} s`)
    }
    if (dev.recoveries > 0) row('dev', 'page broken by an edit (an error page; reloaded between measures)', `${dev.recoveries} time(s): run scripts/bench/dev-latency.ts alone for the notes`)
  }

  const finished = new Date()
  console.log(`\n### npm run bench — ${cpus().length} CPUs, ${started.toISOString().slice(0, 10)}\n`)
  console.log('| part | subject | figures |\n| --- | --- | --- |')
  for (const [group, subject, figures] of rows) console.log(`| ${group} | ${subject} | ${figures} |`)
  console.log(
    `\n${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}; load average ${load} at the start; ${seconds(finished.getTime() - started.getTime())} in all` +
      (waitedMs > 0 ? `; ${seconds(waitedMs)} spent waiting for other builds, not counted.` : '.'),
  )
  console.log('Sizes are gzip level 9; peak RSS sums the build process tree, polled every 200 ms (shared pages counted once per process).')
}

try {
  await main()
} finally {
  removeTmp()
}
