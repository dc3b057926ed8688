/**
 * `npm run bench`: what readers and authors feel, printed as one Markdown table; asserts nothing.
 *   build      clean and warm `scripts/build.ts` of the default book and of generated books
 *              (scripts/bench/generate-book.ts): wall time, peak RSS of the build's process tree;
 *              for each generated book also a warm build after a one-page edit, the warm export
 *              compared with the clean one (scripts/bench/compare-exports.ts), every build split
 *              into phases (scripts/bench/phases.ts), the floor — a bare Next.js export of the same
 *              URLs, article HTML and menu size (scripts/bench/floor-next.ts) — and, with `hugo` on
 *              PATH and HUGO_BOOK_THEME=/path/to/hugo-book, Hugo + hugo-book (scripts/bench/hugo-book.ts);
 *   weight     gzip HTML / CSS / first-load JS of three pages, minus a bare Next.js page's;
 *   lighthouse mobile preset, median of 3 runs, on the production server (`serve`);
 *   search     the rows of `npm run bench:search`;
 *   dev        under `npm run dev`, time from each kind of Markdown edit (body, title, heading,
 *              weight, tags, description, new / deleted page, ref to a new page) to the open
 *              page showing it (scripts/bench/dev-latency.ts; alone: npx tsx scripts/bench/dev-latency.ts).
 * Flags: --sizes=200,1000,3000 (generated books; --sizes= for none), --skip-lighthouse,
 * --skip-search, --skip-dev; --write also puts the table into the manual's performance page
 * (scripts/bench/manual-table.ts). Every build writes to a temporary OUT_DIR: out/ is never touched.
 */
import { spawnSync } from 'node:child_process'
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { pageWeight, type PageWeight } from '../page-weight'
import { onInterrupt } from './at-exit'
import { buildBareNext } from './bare-next'
import { withBuildLock } from '../../lib/build/common/build-lock'
import { readDocuments } from '../../lib/site/build-plan'
import { measureBuild, removeBuildCaches } from './build-book'
import { compareExports, folderView, report } from './compare-exports'
import { measureDevEdits, summarize } from './dev-latency'
import { buildFloorNext, countMenuLinks, writeFloorNext } from './floor-next'
import { writeGeneratedBook } from './generate-book'
import type { GeneratedBook } from './generated-book'
import { buildWithHugo, hugoSetup, type HugoSetup } from './hugo-book'
import { lighthouseMedian } from './lighthouse'
import { PERFORMANCE_PAGE, withBenchTable } from './manual-table'
import { formatPhases, splitPhases } from './phases'
import type { Measured } from './process-tree'
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
const urlOf = (contentDir: string, file: string) =>
  `/${path.relative(contentDir, file).replace(/(^|\/)_index\.md$|\.md$/, '')}/`.replace(/\/+/g, '/')

const tmp = mkdtempSync(path.join(tmpdir(), 'hugo-book-bench-'))
const removeTmp = () => rmSync(tmp, { recursive: true, force: true })
onInterrupt(removeTmp)
let waitedMs = 0

const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`
const perPageMs = (ms: number, pages: number) => `${(ms / pages).toFixed(0)} ms`
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
const notWaited = (subject: string, builds: Measured[]) => {
  const waited = builds.reduce((sum, build) => sum + build.waitedMs, 0)
  waitedMs += waited
  if (waited > 0) console.error(`  (${subject}: ${seconds(waited)} waiting for other builds, not counted)`)
}
// Step names may hold the content folder's path: the temporary folder is left out.
const phaseRow = (subject: string, build: Measured) =>
  row(
    'build',
    `${subject}: phases`,
    formatPhases(splitPhases(build.lines, build.wallMs)).replaceAll(`${tmp}${path.sep}`, ''),
  )

/** Clean then warm build of the default book into `outDir`; a row and the clean build's phases. */
async function defaultBookRow(contentDir: string, outDir: string): Promise<void> {
  const pages = markdownFiles(contentDir).length
  await removeBuildCaches()
  const clean = await measureBuild(contentDir, outDir)
  const warm = await measureBuild(contentDir, outDir)
  notWaited('default book', [clean, warm])
  row(
    'build',
    `default book (${pages} pages)`,
    `clean ${seconds(clean.wallMs)} · warm ${seconds(warm.wallMs)} · peak RSS ${gb(Math.max(clean.peakRss, warm.peakRss))} · per page: clean ${perPageMs(clean.wallMs, pages)}, warm ${perPageMs(warm.wallMs, pages)}`,
  )
  phaseRow('default book, clean', clean)
}

const EDIT = 'One more paragraph, added by the benchmark to time a rebuild after a one-page edit.'

/** A middle page of the book (not a section, not the probe page) with one new paragraph at the end of its body. */
function editOnePage(contentDir: string, book: GeneratedBook): { file: string; url: string } {
  const urlOf = (file: string) => `/${file.replace(/\.md$/, '/')}`
  const leaves = book.files.filter((file) => !file.path.endsWith('_index.md') && urlOf(file.path) !== book.probeUrl)
  const page = leaves[Math.floor(leaves.length / 2)]!
  appendFileSync(path.join(contentDir, page.path), `\n${EDIT}\n`)
  return { file: page.path, url: urlOf(page.path) }
}

interface SizeResult {
  pages: number
  cleanMs: number
  warmMs: number
  editedMs: number
}

/**
 * A generated book of `size` pages: our clean build, warm build (no change; its export compared
 * with the clean one), warm build after a one-page edit; the bare-Next floor of the same pages;
 * Hugo + hugo-book when present. Rows: times, peak memory, per-page ratios, phases.
 */
async function generatedBookRows(
  size: number,
  hugo: HugoSetup,
): Promise<SizeResult & { probe: PageWeight & { rsc: number } }> {
  const contentDir = path.join(tmp, `book-${size}`)
  const outDir = path.join(tmp, `out-${size}`)
  const cleanOut = `${outDir}-clean`
  const floorDir = path.join(tmp, `floor-${size}`)
  const book = writeGeneratedBook(size, contentDir)
  const pages = book.files.length
  const subject = `generated ${size}`
  try {
    await removeBuildCaches()
    const clean = await measureBuild(contentDir, outDir)
    // The floor's pages and menu size, taken before any other build replaces the documents.
    const menuLinks = countMenuLinks(readFileSync(path.join(outDir, book.probeUrl, 'index.html'), 'utf8'))
    const floorPages = await withBuildLock(
      process.cwd(),
      () => undefined,
      () => writeFloorNext(floorDir, readDocuments(), menuLinks),
    )
    // A copy, not a move: a warm build may keep unchanged pages of the output it replaces.
    cpSync(outDir, cleanOut, { recursive: true })
    const warm = await measureBuild(contentDir, outDir)
    const sameOutput = report(compareExports(folderView(cleanOut), folderView(outDir)))
    rmSync(cleanOut, { recursive: true, force: true })
    const probe = { ...pageWeight(outDir, book.probeUrl), rsc: rscGzip(outDir, book.probeUrl) }
    const editedPage = editOnePage(contentDir, book)
    const edited = await measureBuild(contentDir, outDir)
    // A cache that missed the edit would make the rebuild fast and wrong.
    const editShown = readFileSync(path.join(outDir, editedPage.url, 'index.html'), 'utf8').includes(EDIT)
    notWaited(subject, [clean, warm, edited])
    rmSync(outDir, { recursive: true, force: true })
    const floor = await buildFloorNext(floorDir)
    rmSync(floorDir, { recursive: true, force: true })

    const perPage = (build: Measured) => perPageMs(build.wallMs, pages)
    row(
      'build',
      `${subject}, ${book.depth} section levels (${pages} pages)`,
      `clean ${seconds(clean.wallMs)} (${perPage(clean)}/page, ${gb(clean.peakRss)}) · warm ${seconds(warm.wallMs)} (${perPage(warm)}/page, ${gb(warm.peakRss)}) · ` +
        `warm after a one-page edit ${seconds(edited.wallMs)} (${perPage(edited)}/page, ${gb(edited.peakRss)}${editShown ? '' : '; THE EDIT IS MISSING FROM THE PAGE'})`,
    )
    phaseRow(`${subject}, clean`, clean)
    phaseRow(`${subject}, warm`, warm)
    phaseRow(`${subject}, after editing ${editedPage.file}`, edited)
    row(
      'build',
      `${subject}, warm export against clean export`,
      sameOutput.ok ? sameOutput.text : sameOutput.text.split('\n').slice(0, 4).join(' · '),
    )
    row(
      'build',
      `${subject}: floor, bare Next.js: same ${floorPages} URLs and article HTML, ${menuLinks}-link menu`,
      `${seconds(floor.wallMs)} (${perPageMs(floor.wallMs, floorPages)}/page, ${gb(floor.peakRss)}) · ours ÷ floor per page: clean ${ratio(clean.wallMs / pages, floor.wallMs / floorPages)}, after one edit ${ratio(edited.wallMs / pages, floor.wallMs / floorPages)}`,
    )
    phaseRow(`${subject}: floor`, floor)
    if (hugo.ok) {
      const hugoDir = path.join(tmp, `hugo-${size}`)
      try {
        const hugoBuild = await buildWithHugo(hugo, contentDir, hugoDir)
        row(
          'build',
          `${subject}: Hugo ${hugo.version} + hugo-book`,
          `${seconds(hugoBuild.wallMs)} (${perPageMs(hugoBuild.wallMs, pages)}/page, ${gb(hugoBuild.peakRss)}) · ours ÷ Hugo per page: clean ${ratio(clean.wallMs, hugoBuild.wallMs)}`,
        )
      } catch (error) {
        // A theme checkout that this Hugo cannot build costs the row, not the benchmark.
        row(
          'build',
          `${subject}: Hugo ${hugo.version} + hugo-book`,
          `failed: ${String(error).slice(0, 300).replace(/\s+/g, ' ')}`,
        )
      } finally {
        rmSync(hugoDir, { recursive: true, force: true })
      }
    }
    return { pages, cleanMs: clean.wallMs, warmMs: warm.wallMs, editedMs: edited.wallMs, probe }
  } finally {
    for (const dir of [contentDir, outDir, cleanOut, floorDir]) rmSync(dir, { recursive: true, force: true })
  }
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

  // a. Build (against the floor and Hugo), b. weight of the generated books' probe page (the same text at every size).
  const defaultContent = path.resolve('content')
  const defaultOut = path.join(tmp, 'out-default')
  await defaultBookRow(defaultContent, defaultOut)
  const hugo = hugoSetup()
  if (!hugo.ok && sizes.length > 0) row('build', 'Hugo + hugo-book', `skipped: ${hugo.reason}`)
  const results = new Map<number, SizeResult>()
  const probes = new Map<number, PageWeight & { rsc: number }>()
  for (const size of sizes) {
    const { probe, ...result } = await generatedBookRows(size, hugo)
    results.set(size, result)
    probes.set(size, probe)
  }
  if (sizes.length >= 2) {
    const [small, large] = [results.get(Math.min(...sizes))!, results.get(Math.max(...sizes))!]
    const growth = (pick: (result: SizeResult) => number) => ratio(pick(large) / large.pages, pick(small) / small.pages)
    row(
      'build',
      `time per page at ${large.pages} ÷ at ${small.pages} pages`,
      `clean ${growth((result) => result.cleanMs)} · warm ${growth((result) => result.warmMs)} · after one edit ${growth((result) => result.editedMs)}`,
    )
  }

  // b. Page weight against the floor.
  const bareWeight = pageWeight(buildBareNext(path.join(tmp, 'bare-next')), '/')
  row('weight', 'bare Next.js page (floor)', weightFigures(bareWeight))
  const longest = markdownFiles(path.join(defaultContent, 'docs')).sort(
    (a, b) => statSync(b).size - statSync(a).size,
  )[0]!
  const pages = ['/', '/docs/news/', urlOf(defaultContent, longest)]
  for (const url of pages) {
    const weight = pageWeight(defaultOut, url)
    // The bare page's payload is inline (in its HTML); ours is moved out for the CSP: compare HTML + data.
    const minus = `HTML + page data ${signedKb(weight.htmlGzip + weight.dataGzip - bareWeight.htmlGzip - bareWeight.dataGzip)} · CSS ${signedKb(weight.cssGzip - bareWeight.cssGzip)} · JS ${signedKb(weight.jsGzip - bareWeight.jsGzip)}`
    row('weight', `default book ${url}`, `${weightFigures(weight)}; minus bare: ${minus} KB`)
  }
  for (const [size, probe] of probes)
    row('weight', `generated ${size}, probe page`, `${weightFigures(probe)} · RSC payload ${kb(probe.rsc)}`)
  if (probes.size >= 2) {
    const [small, large] = [Math.min(...sizes), Math.max(...sizes)]
    const ratio = (pick: (probe: PageWeight & { rsc: number }) => number) =>
      (pick(probes.get(large)!) / pick(probes.get(small)!)).toFixed(2)
    row(
      'weight',
      `probe page at ${large} ÷ at ${small}`,
      `HTML gzip ${ratio((probe) => probe.htmlGzip)}× · RSC payload ${ratio((probe) => probe.rsc)}×`,
    )
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

  // d. Search: the rows of the search benchmark's tables (size, bytes, time), merged by book and condensed.
  if (!skip('search')) {
    const search = spawnSync(
      path.join('node_modules', '.bin', 'tsx'),
      ['scripts/bench-search.ts', 'default', '1000', '10000'],
      { encoding: 'utf8' },
    )
    const books = new Map<string, Map<string, string>>()
    let header: string[] = []
    for (const line of search.stdout.split('\n')) {
      if (!line.startsWith('|')) header = []
      else if (line.startsWith('|-')) continue
      else {
        const cells = line.split('|').map((cell) => cell.trim())
        if (header.length === 0) header = cells
        else {
          const book = books.get(cells[1]!) ?? books.set(cells[1]!, new Map()).get(cells[1]!)!
          for (const [i, name] of header.entries()) if (name) book.set(name, cells[i]!)
        }
      }
    }
    for (const [book, cells] of books) {
      if (!cells.has('sections')) continue // the table of extra queries
      const cell = (name: string) => cells.get(name) ?? '?'
      row(
        'search',
        `${book} (${cell('sections')} sections)`,
        `first query downloads ${cell('cold p50 KB')} KB gz (p95 ${cell('cold p95 KB')}, max ${cell('cold max KB')}) of ${cell('all gz KB')} · build ${cell('build ms')} ms · warm query p50 ${cell('warm p50 ms')} ms, p95 ${cell('warm p95 ms')} ms`,
      )
    }
    if (books.size === 0) row('search', 'bench:search', `failed: ${search.stderr.slice(-300)}`)
  }

  // e. Dev-mode edit latency, every kind of edit, on a copy of the default book.
  if (!skip('dev')) {
    const dev = await measureDevEdits({ contentDir: defaultContent, runs: 3 })
    row('dev', 'npm run dev, start-up to first page', seconds(dev.startupMs))
    for (const result of dev.results) {
      const { shown, seconds: figures } = summarize(result)
      row(
        'dev',
        `edit → shown, no reload: ${result.edit}`,
        shown === 'no' ? `not shown within ${dev.timeoutMs / 1000} s` : `${shown}, ${figures} s`,
      )
    }
    if (dev.recoveries > 0)
      row(
        'dev',
        'page broken by an edit (an error page; reloaded between measures)',
        `${dev.recoveries} time(s): run scripts/bench/dev-latency.ts alone for the notes`,
      )
  }

  const finished = new Date()
  const table = [
    `Measured ${started.toISOString().slice(0, 10)} by \`${['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ')}\`:`,
    '',
    '| part | subject | figures |',
    '| --- | --- | --- |',
    ...rows.map(([group, subject, figures]) => `| ${group} | ${subject} | ${figures.replaceAll('|', '\\|')} |`),
    '',
    `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}; load average ${load} at the start; ${seconds(finished.getTime() - started.getTime())} in all` +
      (waitedMs > 0 ? `; ${seconds(waitedMs)} spent waiting for other builds, not counted.` : '.') +
      ' Sizes are gzip level 9; peak RSS sums the build process tree, polled every 200 ms (shared pages counted once per process).',
  ].join('\n')
  console.log(`\n${table}`)
  if (process.argv.includes('--write')) {
    writeFileSync(PERFORMANCE_PAGE, withBenchTable(readFileSync(PERFORMANCE_PAGE, 'utf8'), table))
    console.error(`  the table is in ${PERFORMANCE_PAGE}`)
  }
}

try {
  await main()
} finally {
  removeTmp()
}
