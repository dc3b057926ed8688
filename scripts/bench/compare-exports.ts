/**
 * Are two exports the same site? `npx tsx scripts/bench/compare-exports.ts <dirA> <dirB>` compares
 * the set of files and every page (`.html`) byte for byte, once what differs between two builds of
 * the same code is replaced by placeholders:
 *   - Next's build id (the folders `_next/<id>/` and `_next/static/<id>/`, `"b":"<id>"` in the
 *     page payload, a `<!--<id>-->` comment at the top of a page);
 *   - hashed file names under `/_next/static/` (chunks, css, media) and the page's inline scripts
 *     (`/_next/static/inline/<hash>.js`, named by a hash of a payload that holds the build id);
 *   - the content-hashed files the build writes (`menu/tree.<hash>.json`, `search-index/index.<hash>.json`).
 * With --route-tree, the two exports may come from different route trees (a change of the app/
 * folder): React's generated ids (`_R_…_`, from a component's place in the tree) and the
 * segments of Next's prefetch file names (`__next.$d$lang.…`) are replaced too.
 * With --payload, a page's inline scripts (its RSC payload) are compared too: each is appended to
 * the page, in the order the page loads them. Not by default: two builds of the same code can
 * order the payload's rows differently (seen on the not-found page, whose HTML was identical).
 * Prints `N pages identical, M differ` and the first difference of each differing page (first 20);
 * exits 1 when a page or the set of files differs. Other files (.txt payloads, .json) are not compared.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** An export folder as the comparison sees it: its files (relative, `/`-separated) and a reader. */
export interface ExportView {
  files: readonly string[]
  read(file: string): string
}

export interface PageDifference {
  page: string
  /** 1-based line and column of the first differing character, in the normalised page. */
  line: number
  column: number
  offset: number
  contextA: string
  contextB: string
}

export interface Comparison {
  identical: number
  differing: PageDifference[]
  onlyInA: string[]
  onlyInB: string[]
}

const BUILD_ID_FILE = /^_next\/static\/([^/]+)\/_buildManifest\.js$/
const INLINE_SCRIPT = /\/_next\/static\/inline\/([0-9a-f]+)\.js/g
const HASHED_STATIC = /\/_next\/static\/(chunks|css|media)\/[^"'\s)?#\\]+?\.([a-z0-9]+)(?=["'\s)?#\\]|$)/g
const CONTENT_HASHED = /\.[0-9a-f]{12}(\.[a-z]+[0-9]*)?\.json\b/g
const REACT_ID = /_R_[0-9a-z]+_/g
const SEGMENT_FILE = /__next\.[^/"'\s]*\.txt/g
const PAYLOAD_BUILD_ID = /(\\?"b\\?":\\?")[A-Za-z0-9_-]+(\\?")/g
const TOP_COMMENT = /^<!--[A-Za-z0-9_-]+-->/
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Next's build id of an export (the folder of `_buildManifest.js`), if it has one. */
function buildIdOf(files: readonly string[]): string | undefined {
  for (const file of files) {
    const match = BUILD_ID_FILE.exec(file)
    if (match) return match[1]
  }
  return undefined
}

/** A file's text (or name) with build hashes replaced by placeholders. */
function normalize(text: string, buildId: string | undefined, routeTree = false): string {
  let result = buildId ? text.replace(new RegExp(escapeRegExp(buildId), 'g'), '[build-id]') : text
  result = result
    .replace(TOP_COMMENT, '<!--[build-id]-->')
    .replace(PAYLOAD_BUILD_ID, '$1[build-id]$2')
    .replace(HASHED_STATIC, '/_next/static/$1/[hash].$2')
    .replace(INLINE_SCRIPT, '/_next/static/inline/[hash].js')
    .replace(CONTENT_HASHED, '.[hash]$1.json')
  if (routeTree) result = result.replace(REACT_ID, '_R_[id]_').replace(SEGMENT_FILE, '__next.[segments].txt')
  return result
}

/** A file's name with build hashes replaced: `_next/static/chunks/[hash].js`. */
const normalizeName = (file: string, buildId: string | undefined, routeTree = false) =>
  normalize(`/${file}`, buildId, routeTree).slice(1)

/** The page as compared: its normalised HTML, then (with `payload`) each inline script it loads, normalised, in order. */
function normalizedPage(
  view: ExportView,
  page: string,
  buildId: string | undefined,
  { payload = false, routeTree = false } = {},
): string {
  const html = view.read(page)
  if (!payload) return normalize(html, buildId, routeTree)
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((match) => {
    const file = `_next/static/inline/${match[1]}.js`
    return `\n[inline script /_next/static/inline/[hash].js]\n${view.files.includes(file) ? normalize(view.read(file), buildId, routeTree) : '(missing)'}`
  })
  return normalize(html, buildId, routeTree) + scripts.join('')
}

/** Where two texts first differ, or undefined when they are equal. */
export function firstDifference(a: string, b: string, contextChars = 120): Omit<PageDifference, 'page'> | undefined {
  if (a === b) return undefined
  let offset = 0
  while (offset < a.length && offset < b.length && a[offset] === b[offset]) offset++
  const before = a.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  const from = Math.max(lineStart, offset - Math.floor(contextChars / 3))
  const context = (text: string) => text.slice(from, from + contextChars).replace(/\n/g, '⏎') || '(end of file)'
  return {
    line: before.split('\n').length,
    column: offset - lineStart + 1,
    offset,
    contextA: context(a),
    contextB: context(b),
  }
}

/** Counts of the normalised file names; two chunks both named `[hash].js` count as two. */
function nameCounts(files: readonly string[], buildId: string | undefined, routeTree: boolean): Map<string, number> {
  const counts = new Map<string, number>()
  for (const file of files) {
    const name = normalizeName(file, buildId, routeTree)
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return counts
}

/** Compares the file sets and every page of two exports; `payload`: the pages' inline scripts too; `routeTree`: see above. */
export function compareExports(a: ExportView, b: ExportView, { payload = false, routeTree = false } = {}): Comparison {
  const [idA, idB] = [buildIdOf(a.files), buildIdOf(b.files)]
  const [countsA, countsB] = [nameCounts(a.files, idA, routeTree), nameCounts(b.files, idB, routeTree)]
  const missing = (from: Map<string, number>, other: Map<string, number>) =>
    [...from].flatMap(([name, count]) => {
      const extra = count - (other.get(name) ?? 0)
      return extra <= 0 ? [] : [extra === 1 ? name : `${name} (${extra} more)`]
    })
  const comparison: Comparison = {
    identical: 0,
    differing: [],
    onlyInA: missing(countsA, countsB),
    onlyInB: missing(countsB, countsA),
  }
  const pagesB = new Set(b.files.filter((file) => file.endsWith('.html')))
  for (const page of a.files.filter((file) => file.endsWith('.html')).sort()) {
    if (!pagesB.has(page)) continue // listed in onlyInA
    const difference = firstDifference(
      normalizedPage(a, page, idA, { payload, routeTree }),
      normalizedPage(b, page, idB, { payload, routeTree }),
    )
    if (difference) comparison.differing.push({ page, ...difference })
    else comparison.identical++
  }
  return comparison
}

/** The files of a folder, relative and `/`-separated. */
export function folderView(dir: string): ExportView {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  return { files, read: (file) => readFileSync(path.join(dir, file), 'utf8') }
}

/** The report printed by the command; `ok` is false when anything differs. */
export function report(comparison: Comparison, shown = 20): { ok: boolean; text: string } {
  const lines = [`${comparison.identical} pages identical, ${comparison.differing.length} differ`]
  for (const [side, names] of [
    ['A', comparison.onlyInA],
    ['B', comparison.onlyInB],
  ] as const) {
    if (names.length > 0)
      lines.push(
        `${names.length} file name(s) only in ${side}: ${names.slice(0, shown).join(', ')}${names.length > shown ? ', …' : ''}`,
      )
  }
  for (const difference of comparison.differing.slice(0, shown)) {
    lines.push(
      `${difference.page}: first difference at line ${difference.line}, column ${difference.column} (character ${difference.offset})`,
      `  A: ${difference.contextA}`,
      `  B: ${difference.contextB}`,
    )
  }
  if (comparison.differing.length > shown)
    lines.push(`… and ${comparison.differing.length - shown} more differing pages`)
  return {
    ok: comparison.differing.length === 0 && comparison.onlyInA.length === 0 && comparison.onlyInB.length === 0,
    text: lines.join('\n'),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dirA, dirB] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
  if (!dirA || !dirB) {
    console.error(
      'usage: npx tsx scripts/bench/compare-exports.ts [--payload] [--route-tree] <export folder A> <export folder B>',
    )
    process.exit(2)
  }
  const { ok, text } = report(
    compareExports(folderView(dirA), folderView(dirB), {
      payload: process.argv.includes('--payload'),
      routeTree: process.argv.includes('--route-tree'),
    }),
  )
  console.log(text)
  process.exit(ok ? 0 : 1)
}
