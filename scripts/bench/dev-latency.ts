/**
 * Edit latency in `npm run dev`, for every kind of edit an author makes: one dev session on a
 * temporary copy of the content folder (CONTENT_DIR; the repository's content/ is never
 * touched), one page open in headless Chromium and never reloaded by the bench, and for each
 * edit the time from the file write until the change is visible in that page (10 s without it
 * is "not shown"). The bench adds its own small section to the copy (<bookSection>/dev-bench/:
 * pages A and C), so that every edit has a known target and a known expected DOM:
 *
 *   (a) body text        a paragraph appended to A          → in A's article text
 *   (b) title            A's front-matter title             → in A's <h1> and A's menu link
 *   (c) heading          a `## heading` appended to A        → a link in the ToC (#book-toc)
 *   (d) weight           A's weight 1 → 5 (C has 3)          → A's menu link after C's
 *   (e) tags             a tag added to A                    → a chip in .page-meta-tags
 *   (f) description      A's front-matter description        → <meta name="description">
 *   (g) new page         a file added beside A               → its link in the open page's menu
 *   (h) deleted page     that file deleted                   → its link gone from the menu
 *   (i) ref to new page  page B added, then A edited to hold `[…]({{< ref "B.md" >}})`
 *                                                            → that link's href is B's URL
 *
 * Each edit is undone after its measure (and the page let settle) before the next; each is
 * measured `--runs` times (default 3) in one session, and the median of the shown ones reported.
 * The bench never reloads the page during a measure. Only when an edit has left an error page in
 * place of the book (which updates no more) does it reload between two measures, and says so.
 *
 *   npx tsx scripts/bench/dev-latency.ts [--runs=3] [--timeout=10] [--content=content] [--section=docs] [--log=dev.log]
 *
 * prints a Markdown table; `npm run bench` prints the same rows (scripts/bench/bench.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/support/chromium'
import { LOCK_HELD_BY, withBuildLock } from '../../lib/build/common/build-lock'
import book from '../../site.config'
import { onInterrupt } from './at-exit'
import { freePort, stopGroup, waitForUrl } from './serve'

export interface DevEditResult {
  /** e.g. "(b) title". */
  edit: string
  /** Milliseconds from the write until shown, per run; undefined when not shown within the timeout. */
  runs: (number | undefined)[]
  /** What the bench saw besides the verdict (partial sightings, HTTP status of a new page). */
  notes: string[]
}

export interface DevEditReport {
  /** From starting `npm run dev` to the target page's first 200. */
  startupMs: number
  /** Body edits before the measures, not counted (they pay for compiling the refresh path): "1.2 s" or "not shown in 20 s", until one shows (3 at most). */
  warmups: string[]
  timeoutMs: number
  /** Times the page lost its layout after an edit (an error page) and the bench reloaded it between two measures. */
  recoveries: number
  /** 1-minute load average at the start and at the end, and the CPU count: the figures depend on them. */
  load: { start: number; end: number; cpus: number }
  results: DevEditResult[]
}

export interface DevEditOptions {
  /** Content folder to copy (default: ./content). */
  contentDir?: string
  runs?: number
  timeoutMs?: number
  /** File for the dev server's output (default: discarded). */
  logFile?: string
  /** The content folder's section the menu shows, where the bench puts its pages (default: site.config.ts's bookSection). */
  bookSection?: string
}

const POLL_MS = 50
const SETTLE_MS = 1500

// ---------------------------------------------------------------------------------------
// The bench's pages

interface PageAState {
  title: string
  weight: number
  tags: string[]
  description: string
  /** Markdown appended to the body. */
  extra: string
}

const BASE_A: PageAState = {
  title: 'Bench page A',
  weight: 1,
  tags: ['bench-tag'],
  description: 'Bench page A description.',
  extra: '',
}

const yamlString = (value: string) => JSON.stringify(value) // a JSON string is a YAML string

function pageA(state: PageAState): string {
  return [
    '---',
    `title: ${yamlString(state.title)}`,
    `weight: ${state.weight}`,
    `tags: [${state.tags.map(yamlString).join(', ')}]`,
    `description: ${yamlString(state.description)}`,
    '---',
    '',
    'Page A of the dev-latency bench: the page kept open while its file is edited.',
    '',
    '## First heading',
    '',
    'Some text under the first heading.',
    '',
    state.extra,
  ].join('\n')
}

const simplePage = (title: string, weight: number, text: string) =>
  `---\ntitle: ${yamlString(title)}\nweight: ${weight}\n---\n\n${text}\n`

/** Hugo's URL of a content file without slug or url front matter: docs/a/b.md → /docs/a/b/. */
const urlOf = (relativeFile: string) => `/${relativeFile.replace(/(^|\/)_index\.md$|\.md$/, '')}/`.replace(/\/+/g, '/')

// ---------------------------------------------------------------------------------------
// What the open page shows (selectors from components/: page/Article.tsx, sidebar/MenuTree.tsx,
// toc/Toc.tsx, lists/TermChips.tsx; the description from generateMetadata)

/** A snapshot of the open page, taken in the browser. */
interface Shown {
  h1: string
  article: string
  /** Menu links of the book tree, in document order: href and text. */
  menu: { href: string; text: string }[]
  toc: string[]
  tags: string[]
  descriptions: string[]
  /** Links inside the article: text and href attribute. */
  links: { text: string; href: string }[]
  /** The start of the page's text, to tell what an error page says. */
  bodyText: string
}

// A string, not a function: tsx (esbuild, keepNames) would wrap the function's inner helpers
// in a `__name` call that does not exist in the browser.
const SNAPSHOT = `(() => {
  const text = (element) => (element && element.textContent ? element.textContent.trim() : '')
  const article = document.querySelector('main#content article') || document.querySelector('main')
  return {
    h1: text((article && article.querySelector('h1')) || document.querySelector('main h1')),
    article: article ? article.innerText : '',
    menu: [...document.querySelectorAll('#book-menu a.menu-link, .book-menu a.menu-link')].map((link) => ({ href: link.getAttribute('href') || '', text: text(link) })),
    toc: [...document.querySelectorAll('#book-toc nav a, .book-toc nav a')].map(text),
    tags: [...document.querySelectorAll('.page-meta-tags .term')].map(text),
    descriptions: [...document.querySelectorAll('meta[name="description"]')].map((meta) => meta.content),
    links: article ? [...article.querySelectorAll('a[href]')].map((link) => ({ text: text(link), href: link.getAttribute('href') || '' })) : [],
    bodyText: document.body ? document.body.innerText.slice(0, 300) : '',
  }
})()`

let lastSnapshotError = ''
async function snapshot(page: Page): Promise<Shown | undefined> {
  try {
    return (await page.evaluate(SNAPSHOT)) as Shown
  } catch (error) {
    lastSnapshotError = String(error) // mid-navigation or mid-refresh: the caller tries again
    return undefined
  }
}

/** The book page is there: its title and its own menu entry (an error page has neither). */
const healthy = (shown: Shown, url: string) => shown.h1 !== '' && shown.menu.some((link) => link.href === url)
const menuIndex = (shown: Shown, url: string) => shown.menu.findIndex((link) => link.href === url)
const sameUrl = (href: string, url: string) => href.replace(/[?#].*$/, '').replace(/\/?$/, '/') === url

/** Polls until `test` holds; the time from `start`, or undefined after `timeoutMs`. */
async function timeUntil(
  page: Page,
  start: number,
  timeoutMs: number,
  test: (shown: Shown) => boolean,
  onSnapshot?: (shown: Shown, elapsed: number) => void,
): Promise<number | undefined> {
  while (performance.now() - start < timeoutMs) {
    const shown = await snapshot(page)
    const elapsed = performance.now() - start
    if (shown) {
      onSnapshot?.(shown, elapsed)
      if (test(shown)) return elapsed
    }
    await sleep(POLL_MS)
  }
  return undefined
}

// ---------------------------------------------------------------------------------------
// The edits

interface Bench {
  page: Page
  origin: string
  /** Absolute folder of the bench's pages in the content copy, and its path in the content folder. */
  dir: string
  relDir: string
  fileA: string
  urlA: string
  urlC: string
  timeoutMs: number
  tag: string
}

interface Edit {
  name: string
  /** One run: applies the edit, measures, undoes it. */
  run(bench: Bench, run: number): Promise<{ ms: number | undefined; notes?: string[] }>
}

const seconds = (ms: number) => (ms / 1000).toFixed(1)

/** Writes A with `change`, waits for `test`, restores A and waits for `restored` (or the timeout), then settles. */
async function editA(
  bench: Bench,
  change: Partial<PageAState>,
  test: (shown: Shown) => boolean,
  restored: (shown: Shown) => boolean,
  onSnapshot?: (shown: Shown, elapsed: number) => void,
): Promise<number | undefined> {
  const start = performance.now()
  writeFileSync(bench.fileA, pageA({ ...BASE_A, ...change }))
  const ms = await timeUntil(bench.page, start, bench.timeoutMs, test, onSnapshot)
  writeFileSync(bench.fileA, pageA(BASE_A))
  await timeUntil(bench.page, performance.now(), bench.timeoutMs, restored)
  await sleep(SETTLE_MS)
  return ms
}

const marker = (bench: Bench, what: string, run: number) => `bench${bench.tag}-${what}-${run}`

/** Records when each part of a two-part check was first seen. */
function firstSeen(parts: Record<string, (shown: Shown) => boolean>) {
  const seen = new Map<string, number>()
  return {
    onSnapshot: (shown: Shown, elapsed: number) => {
      for (const [name, test] of Object.entries(parts)) if (!seen.has(name) && test(shown)) seen.set(name, elapsed)
    },
    notes: () =>
      Object.keys(parts)
        .map((name) => `${name} ${seen.has(name) ? `${seconds(seen.get(name)!)} s` : 'not shown'}`)
        .join(', '),
  }
}

const EDITS: Edit[] = [
  {
    name: '(a) body text',
    async run(bench, run) {
      const text = marker(bench, 'body', run)
      const ms = await editA(
        bench,
        { extra: `A new paragraph: ${text}.` },
        (shown) => shown.article.includes(text),
        (shown) => !shown.article.includes(text),
      )
      return { ms }
    },
  },
  {
    name: '(b) title (H1 and menu entry)',
    async run(bench, run) {
      const text = marker(bench, 'title', run)
      const parts = {
        H1: (shown: Shown) => shown.h1.includes(text),
        menu: (shown: Shown) => shown.menu.some((link) => link.href === bench.urlA && link.text.includes(text)),
      }
      const seen = firstSeen(parts)
      const ms = await editA(
        bench,
        { title: `Bench page A ${text}` },
        (shown) => parts.H1(shown) && parts.menu(shown),
        (shown) => !shown.h1.includes(text),
        seen.onSnapshot,
      )
      return { ms, notes: [seen.notes()] }
    },
  },
  {
    name: '(c) new ## heading (ToC)',
    async run(bench, run) {
      const text = marker(bench, 'heading', run)
      const parts = {
        ToC: (shown: Shown) => shown.toc.some((entry) => entry.includes(text)),
        'heading in the body': (shown: Shown) => shown.article.includes(text),
      }
      const seen = firstSeen(parts)
      const ms = await editA(
        bench,
        { extra: `## Heading ${text}\n\nText under the new heading.` },
        parts.ToC,
        (shown) => !shown.article.includes(text),
        seen.onSnapshot,
      )
      return { ms, notes: [seen.notes()] }
    },
  },
  {
    name: '(d) weight (menu order)',
    async run(bench) {
      const aAfterC = (shown: Shown) =>
        menuIndex(shown, bench.urlA) > menuIndex(shown, bench.urlC) && menuIndex(shown, bench.urlC) >= 0
      const aBeforeC = (shown: Shown) =>
        menuIndex(shown, bench.urlA) >= 0 && menuIndex(shown, bench.urlA) < menuIndex(shown, bench.urlC)
      const ms = await editA(bench, { weight: 5 }, aAfterC, aBeforeC)
      return { ms }
    },
  },
  {
    name: '(e) tags (tag chips)',
    async run(bench, run) {
      const text = marker(bench, 'tag', run)
      const ms = await editA(
        bench,
        { tags: [...BASE_A.tags, text] },
        (shown) => shown.tags.includes(text),
        (shown) => !shown.tags.includes(text),
      )
      return { ms }
    },
  },
  {
    name: '(f) description (meta description)',
    async run(bench, run) {
      const text = marker(bench, 'description', run)
      const has = (shown: Shown) =>
        shown.descriptions.length > 0 && shown.descriptions.every((content) => content.includes(text))
      const ms = await editA(
        bench,
        { description: `Description ${text}.` },
        has,
        (shown) => !shown.descriptions.some((content) => content.includes(text)),
      )
      return { ms }
    },
  },
  // (g) and (h) run as one: add a page, then delete it.
  {
    name: '(g) new page (in the menu)',
    async run(bench, run) {
      const name = `${marker(bench, 'new', run)}.md`
      const file = path.join(bench.dir, name)
      const url = urlOf(`${bench.relDir}/${name}`)
      const inMenu = (shown: Shown) => menuIndex(shown, url) >= 0
      const start = performance.now()
      writeFileSync(file, simplePage(`Bench new page ${run}`, 2, 'A page added while `npm run dev` runs.'))
      const ms = await timeUntil(bench.page, start, bench.timeoutMs, inMenu)
      const notes: string[] = []
      // Its own URL, as a reader's click on the new menu entry would ask for it: the first
      // answer, then how long until it answers 200 (polled, 10 s at most).
      const status = async () => (await fetch(bench.origin + url).catch(() => undefined))?.status ?? 0
      const asked = performance.now()
      const first = await status()
      let okAfter: number | undefined = first === 200 ? 0 : undefined
      while (okAfter === undefined && performance.now() - asked < bench.timeoutMs) {
        await sleep(250)
        if ((await status()) === 200) okAfter = performance.now() - asked
      }
      notes.push(
        `its URL's first answer ${first || 'none'}${first === 200 ? '' : okAfter === undefined ? ', no 200 within 10 s' : `, 200 ${seconds(okAfter)} s later`}`,
      )
      pendingDeletion = { file, url, shownInMenu: ms !== undefined }
      return { ms, notes }
    },
  },
  {
    name: '(h) deleted page (gone from the menu)',
    async run(bench) {
      const pending = pendingDeletion
      pendingDeletion = undefined
      if (!pending) return { ms: undefined, notes: ['no page from (g) to delete'] }
      const notes: string[] = []
      // Deleting a page the menu never showed proves nothing: wait once more for it.
      const visible =
        pending.shownInMenu ||
        (await timeUntil(
          bench.page,
          performance.now(),
          bench.timeoutMs,
          (shown) => menuIndex(shown, pending.url) >= 0,
        )) !== undefined
      if (!visible) notes.push('the added page never showed in the menu, so its removal could not be seen')
      const start = performance.now()
      unlinkSync(pending.file)
      const ms = visible
        ? await timeUntil(bench.page, start, bench.timeoutMs, (shown) => menuIndex(shown, pending.url) < 0)
        : undefined
      await sleep(SETTLE_MS)
      return { ms, notes }
    },
  },
  {
    name: '(i) ref to a page added during the session',
    async run(bench, run) {
      const name = `${marker(bench, 'ref', run)}.md`
      const fileB = path.join(bench.dir, name)
      const urlB = urlOf(`${bench.relDir}/${name}`)
      const linkText = marker(bench, 'reflink', run)
      const notes: string[] = []
      writeFileSync(fileB, simplePage(`Bench ref target ${run}`, 4, 'The target of a ref written during the session.'))
      // Let the dev server take B in before A names it (B's own appearance is measured by (g)).
      const bShown = await timeUntil(
        bench.page,
        performance.now(),
        bench.timeoutMs,
        (shown) => menuIndex(shown, urlB) >= 0,
      )
      if (bShown === undefined) notes.push('B never showed in the menu; A was edited after 10 s anyway')
      let lastHref: string | undefined
      const ms = await editA(
        bench,
        { extra: `[${linkText}]({{< ref "${name}" >}})` },
        (shown) => shown.links.some((link) => link.text === linkText && sameUrl(link.href, urlB)),
        (shown) => !shown.links.some((link) => link.text === linkText),
        (shown) => {
          lastHref = shown.links.find((link) => link.text === linkText)?.href ?? lastHref
        },
      )
      notes.push(lastHref === undefined ? 'the link never showed' : `last href seen: "${lastHref}" (B is ${urlB})`)
      rmSync(fileB, { force: true })
      await sleep(SETTLE_MS)
      return { ms, notes }
    },
  },
]
let pendingDeletion: { file: string; url: string; shownInMenu: boolean } | undefined

// ---------------------------------------------------------------------------------------
// The session

/** Stops a detached child's whole process group: SIGTERM, then SIGKILL after 5 s. */
async function stopGroupAndWait(child: ChildProcess): Promise<void> {
  const pid = child.pid
  if (!pid) return
  const alive = () => {
    try {
      process.kill(-pid, 0)
      return true
    } catch {
      return false
    }
  }
  if (!alive()) return
  stopGroup(child) // SIGTERM
  for (let waited = 0; waited < 5000 && alive(); waited += 100) await sleep(100)
  if (alive()) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // gone meanwhile
    }
  }
}

export async function measureDevEdits(options: DevEditOptions = {}): Promise<DevEditReport> {
  const runs = options.runs ?? 3
  const timeoutMs = options.timeoutMs ?? 10_000
  const sourceContent = path.resolve(options.contentDir ?? 'content')
  const tmp = mkdtempSync(path.join(tmpdir(), 'dev-latency-'))
  const removeTmp = () => rmSync(tmp, { recursive: true, force: true })
  const unregisterTmp = onInterrupt(removeTmp)
  try {
    return await session(tmp, sourceContent, runs, timeoutMs, options)
  } finally {
    unregisterTmp()
    removeTmp()
  }
}

async function session(
  tmp: string,
  sourceContent: string,
  runs: number,
  timeoutMs: number,
  options: DevEditOptions,
): Promise<DevEditReport> {
  const loadAtStart = loadavg()[0]!
  const contentCopy = path.join(tmp, 'content')
  cpSync(sourceContent, contentCopy, {
    recursive: true,
    filter: (source) => !/(^|\/)(\.git|node_modules)$/.test(source),
  })

  // The bench's section, inside the section the menu shows (site.config.ts's bookSection; "*" is the whole site).
  const configured = options.bookSection ?? (book as { bookSection?: string }).bookSection ?? 'docs'
  const bookSection = configured === '*' || configured === '/' ? '' : configured.replace(/^\/+|\/+$/g, '')
  const relDir = [bookSection, 'dev-bench'].filter(Boolean).join('/')
  const dir = path.join(contentCopy, relDir)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, '_index.md'), simplePage('Dev bench', 9999, 'Pages of the dev-latency bench.'))
  writeFileSync(path.join(dir, 'a.md'), pageA(BASE_A))
  writeFileSync(
    path.join(dir, 'c.md'),
    simplePage('Bench page C', 3, 'Page C: page A moves after it when its weight changes.'),
  )
  const fileA = path.join(dir, 'a.md')
  const urlA = urlOf(`${relDir}/a.md`)
  const urlC = urlOf(`${relDir}/c.md`)

  // The dev server rewrites .contentlayer/ and the build plan, which a build in this folder also uses.
  return withBuildLock(
    process.cwd(),
    () => undefined,
    async () => {
      const port = await freePort()
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: contentCopy,
        PORT: String(port),
        // Its updates take the lock this process holds: handed to it.
        [LOCK_HELD_BY]: String(process.pid),
      }
      delete env['HUGO_SITE']
      delete env['BOOK_WARNINGS_FILE']
      const log = openSync(options.logFile ?? '/dev/null', 'w')
      const startedAt = performance.now()
      const server = spawn('npm', ['run', 'dev', '--', '-p', String(port)], {
        detached: true,
        stdio: ['ignore', log, log],
        env,
      })
      closeSync(log)
      const unregister = onInterrupt(() => {
        if (server.pid && server.exitCode === null) {
          try {
            process.kill(-server.pid, 'SIGKILL')
          } catch {
            // gone
          }
        }
      })
      let browser: Browser | undefined
      try {
        const origin = `http://localhost:${port}`
        await waitForUrl(origin + urlA, 300_000) // the first request compiles the route
        const startupMs = performance.now() - startedAt
        browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
        const page = await browser.newPage()
        await page.goto(origin + urlA, { waitUntil: 'load', timeout: 180_000 })
        await sleep(3000) // hydration, the dev client's first requests
        const bench: Bench = { page, origin, dir, relDir, fileA, urlA, urlC, timeoutMs, tag: process.pid.toString(36) }
        const initial = await snapshot(page)
        if (
          !initial ||
          menuIndex(initial, urlA) < 0 ||
          !(menuIndex(initial, urlA) < menuIndex(initial, urlC)) ||
          !initial.h1.includes(BASE_A.title)
        ) {
          throw new Error(
            `the bench page does not look as expected at ${urlA}: ${initial ? JSON.stringify(initial).slice(0, 600) : lastSnapshotError}`,
          )
        }

        // Warm-up, not counted: the first refresh compiles whatever the refresh path needs. An edit
        // made before the page's reload mechanism is ready can be missed for good (today's
        // ContentReload takes its first answer as the baseline): then one more edit.
        let warmupMs: number | undefined
        const warmups: string[] = []
        for (let attempt = 1; attempt <= 3 && warmupMs === undefined; attempt++) {
          const warmText = marker(bench, 'warmup', attempt)
          warmupMs = await editA(
            { ...bench, timeoutMs: 20_000 },
            { extra: warmText },
            (shown) => shown.article.includes(warmText),
            (shown) => !shown.article.includes(warmText),
          )
          warmups.push(warmupMs === undefined ? 'not shown in 20 s' : `${seconds(warmupMs)} s`)
        }
        console.error(`  dev: start-up ${seconds(startupMs)} s, warm-up edits: ${warmups.join(', ')}`)

        const results: DevEditResult[] = EDITS.map((edit) => ({ edit: edit.name, runs: [], notes: [] }))
        let recoveries = 0
        for (let run = 1; run <= runs; run++) {
          for (const [index, edit] of EDITS.entries()) {
            const { ms, notes = [] } = await edit.run(bench, run)
            // A page that lost its layout (an error page in place of the book) updates no more: say
            // so, and reload it (between measures only) so that the next edits are still measured.
            const after = await snapshot(page)
            if (!after || !healthy(after, urlA)) {
              const said = after?.bodyText.replace(/\s+/g, ' ').trim().slice(0, 160) ?? lastSnapshotError.slice(0, 160)
              notes.push(
                `afterwards the page had lost its layout ("${said}"): the bench reloaded it before the next edit`,
              )
              recoveries++
              await page.reload({ waitUntil: 'load', timeout: 180_000 }).catch(() => undefined)
              await timeUntil(page, performance.now(), 30_000, (shown) => healthy(shown, urlA))
              await sleep(3000)
            }
            const result = results[index]!
            result.runs.push(ms)
            if (notes.length > 0) result.notes.push(`run ${run}: ${notes.join('; ')}`)
            console.error(
              `  dev: run ${run} ${edit.name}: ${ms === undefined ? 'not shown' : `${seconds(ms)} s`}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`,
            )
          }
        }
        return {
          startupMs,
          warmups,
          timeoutMs,
          recoveries,
          load: { start: loadAtStart, end: loadavg()[0]!, cpus: cpus().length },
          results,
        }
      } finally {
        unregister()
        await browser?.close().catch(() => undefined)
        await stopGroupAndWait(server)
      }
    },
  )
}

// ---------------------------------------------------------------------------------------
// Printing

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** "yes" / "no" / "partly (2/3)", and the seconds: median of the shown runs, each run in brackets. */
export function summarize(result: DevEditResult): { shown: string; seconds: string } {
  const times = result.runs.filter((ms): ms is number => ms !== undefined)
  const shown =
    times.length === result.runs.length
      ? 'yes'
      : times.length === 0
        ? 'no'
        : `partly (${times.length}/${result.runs.length})`
  const each = result.runs.map((ms) => (ms === undefined ? '—' : seconds(ms))).join(', ')
  return {
    shown,
    seconds:
      times.length === 0 ? '—' : result.runs.length > 1 ? `${seconds(median(times))} (${each})` : seconds(times[0]!),
  }
}

function devEditTable(report: DevEditReport): string {
  const lines = ['| edit | shown | seconds |', '| --- | --- | --- |']
  for (const result of report.results) {
    const { shown, seconds: figures } = summarize(result)
    lines.push(`| ${result.edit} | ${shown} | ${figures} |`)
  }
  lines.push(
    '',
    `Seconds: median of the runs shown within ${report.timeoutMs / 1000} s (each run in brackets, — = not shown). ` +
      `Start-up to the first page ${seconds(report.startupMs)} s; warm-up body edits (not counted): ${report.warmups.join(', ')}. ` +
      `Load average ${report.load.start.toFixed(1)} → ${report.load.end.toFixed(1)} on ${report.load.cpus} CPUs.` +
      (report.recoveries > 0
        ? ` The page broke (lost its layout) ${report.recoveries} time(s) and was reloaded by the bench between measures: see the notes.`
        : ''),
  )
  const notes = report.results.filter((result) => result.notes.length > 0)
  if (notes.length > 0) {
    lines.push('')
    for (const result of notes) lines.push(`- ${result.edit}: ${result.notes.join(' · ')}`)
  }
  return lines.join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const flag = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
  const report = await measureDevEdits({
    runs: Number(flag('runs') ?? 3),
    timeoutMs: Number(flag('timeout') ?? 10) * 1000,
    contentDir: flag('content'),
    logFile: flag('log') ? path.resolve(flag('log')!) : undefined,
    bookSection: flag('section'),
  })
  console.log(`\n### Dev-mode edit latency (npm run dev)\n\n${devEditTable(report)}`)
  process.exit(0) // playwright's and the server's handles
}
