import type { Page } from 'contentlayer/generated'
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { sha256Hex } from '../../formats/digest'
import type { ExportState } from '../../site/build-plan'
import { exportPath } from '../common/output-files'

/**
 * Rebuilding after an edit without exporting every page again. Each page route's output (its
 * index.html, index.txt and Next's segment files) depends on
 *   - what every page shows of every other page — the menu, breadcrumbs, prev/next, section
 *     lists, tags, the language menu: titles, URLs, weights, summaries, dates… — the settings
 *     and the build id (the code): together, the shared key; and
 *   - its own document: its rendered body, headings, reading time, last-modified date: the route's key.
 * When the shared key is the one of the last build, next build exports only the routes whose
 * key changed, and the others' files are linked from the last output; otherwise every route
 * is exported. Site-wide files (search index, menu file, sitemap, 404, taxonomies) are always
 * exported. Fields are shared unless listed in OWN_FIELDS: a new field is never missed.
 */

/** Fields of a page's document that only its own route shows. */
const OWN_FIELDS: ReadonlySet<string> = new Set([
  'html',
  'headings',
  'sections',
  'openingHeading',
  'startsWithHeading',
  'usesMath',
  'usesMermaid',
  'usesImageZoom',
  'usesCodeBlocks',
  'mdx',
  'readingMinutes',
  'lastmod',
  'warnings',
  'documentKey',
] satisfies (keyof Page)[])

export interface RouteKeyInputs {
  buildId: string
  /** The build's settings. */
  settings: unknown
  /** Every page of every language. */
  pages: readonly Page[]
  /** The page routes the export renders, each with its path in the export (`/zh/docs/a/`) and its page (none for a blog pager). */
  routes: readonly (readonly [path: string, page: Page | undefined])[]
  /** A page whose whole document every page shows (BookMenuBundle's bundle: the menu). */
  isShownEverywhere?: (page: Page) => boolean
}

export function routeKeys(inputs: RouteKeyInputs): { sharedKey: string; keys: Map<string, string> } {
  const shared = inputs.pages.map((page) =>
    inputs.isShownEverywhere?.(page)
      ? page
      : Object.fromEntries(Object.entries(page).filter(([field]) => !OWN_FIELDS.has(field))),
  )
  const sharedKey = sha256Hex(
    inputs.buildId,
    JSON.stringify(inputs.settings),
    JSON.stringify(shared),
    JSON.stringify(inputs.routes.map(([route]) => route)),
  )
  const keys = new Map(
    inputs.routes.map(([route, page]) => [route, sha256Hex(sharedKey, JSON.stringify(page ?? null))]),
  )
  return { sharedKey, keys }
}

export type ExportPlan =
  | { kind: 'full'; reason: string }
  | {
      kind: 'partial'
      /** Routes next build exports. */
      render: string[]
      /** Routes whose files come from the last output, with the file of their moved inline scripts. */
      keep: { url: string; script?: string }[]
    }

/** What to export, given the last build's state; `lastHas(url)`: whether the last output still holds that route's page. */
export function planExport(
  last: ExportState | undefined,
  current: { target: string; buildId: string; sharedKey: string; keys: ReadonlyMap<string, string> },
  lastHas: (url: string) => boolean,
): ExportPlan {
  if (!last) return { kind: 'full', reason: 'no earlier build' }
  if (last.target !== current.target) return { kind: 'full', reason: 'the last build went elsewhere' }
  if (last.buildId !== current.buildId) return { kind: 'full', reason: 'the code changed' }
  if (last.sharedKey !== current.sharedKey)
    return { kind: 'full', reason: 'the settings or what pages show of each other changed' }
  const render: string[] = []
  const keep: { url: string; script?: string }[] = []
  for (const [url, key] of current.keys) {
    const before = last.routes[url]
    if (before?.key === key && lastHas(url)) keep.push({ url, ...(before.script ? { script: before.script } : {}) })
    else render.push(url)
  }
  return { kind: 'partial', render, keep }
}

/** A route's own files in its folder (its child routes are folders of their own; the root folder holds site-wide files too). */
const ROUTE_FILE = /^(?:index\.html|index\.txt|__next\..*\.txt)$/

/**
 * Links the kept routes' files and their inline script files from the last output into the
 * new one (a copy where they are on different file systems). Returns how many routes.
 */
export function linkKeptRoutes(from: string, into: string, keep: readonly { url: string; script?: string }[]): number {
  const link = (source: string, target: string) => {
    mkdirSync(path.dirname(target), { recursive: true })
    rmSync(target, { force: true })
    try {
      linkSync(source, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
      copyFileSync(source, target)
    }
  }
  for (const { url, script } of keep) {
    const source = exportPath(from, url)
    for (const name of readdirSync(source))
      if (ROUTE_FILE.test(name)) link(path.join(source, name), path.join(exportPath(into, url), name))
    if (script) link(exportPath(from, script), exportPath(into, script))
  }
  return keep.length
}
