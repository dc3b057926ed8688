import { existsSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BuildContext } from '../config/build-context'
import { gitLastModified } from '../content/git-dates'
import type { IsoDate } from '../formats/dates'
import type { PageDocument } from '../site/documents'
import { EXPORT_PLAN_FILE, type ExportPlanFile } from '../site/export-plan'
import { pageRouteUrls } from '../site/route-params'
import { createSite, type Site, type SitePage } from '../site/site'
import { exportPath } from './output-files'
import {
  EXPORT_STATE_FILE,
  planExport,
  readExportState,
  routeKeys,
  type ExportPlan,
  type ExportState,
} from './incremental-export'

export interface PlannedExport {
  plan: ExportPlan
  /** The state to save once the export is published (its routes' scripts filled in then). */
  state: ExportState
  summary: string
}

/** The site as the routes will make it, from the documents contentlayer wrote (read once by the build). */
export interface DocumentsSite {
  pages: SitePage[]
  gitDates: Map<string, IsoDate>
  site: Site
}

export function siteOfDocuments(
  context: Pick<BuildContext, 'config' | 'contentDir'>,
  documents: readonly PageDocument[],
): DocumentsSite {
  const pages = documents.map((doc) => doc.page)
  const gitDates = gitLastModified(context.contentDir)
  return { pages, gitDates, site: createSite(pages, context.config, { gitDates }) }
}

/**
 * Before next build: which page routes to export (lib/build/incremental-export.ts), from the
 * site of the documents and the last build's state; the plan file tells the page route.
 * `lastOutput`: where the last published output is now; `target`: where this one will go.
 */
export function planExportStep(
  context: Pick<BuildContext, 'config' | 'contentDir'>,
  { pages, gitDates, site }: DocumentsSite,
  options: { buildId: string; lastOutput: string; target: string; cwd?: string },
): PlannedExport {
  const cwd = options.cwd ?? process.cwd()
  const routes = pageRouteUrls(site)
  const { sharedKey, keys } = routeKeys({
    buildId: options.buildId,
    settings: context.config,
    gitDates,
    pages,
    routes,
    ...(context.config.menuBundle ? { menuBundle: context.config.menuBundle } : {}),
  })
  const target = path.resolve(cwd, options.target)
  const last = readExportState(cwd)
  // A kept route needs its page and its moved scripts in the last output.
  const lastHas = (url: string) => {
    const script = last?.routes[url]?.script
    return (
      existsSync(path.join(exportPath(options.lastOutput, url), 'index.html')) &&
      (script === undefined || existsSync(exportPath(options.lastOutput, script)))
    )
  }
  const plan = planExport(last, { target, buildId: options.buildId, sharedKey, keys }, lastHas)
  // Until this build is published, no state: a build stopped halfway leaves the next one a full export.
  rmSync(path.join(cwd, EXPORT_STATE_FILE), { force: true })
  const planFile = path.join(cwd, EXPORT_PLAN_FILE)
  if (plan.kind === 'partial') writeFileSync(planFile, JSON.stringify({ render: plan.render } satisfies ExportPlanFile))
  else rmSync(planFile, { force: true })
  const kept = new Map(plan.kind === 'partial' ? plan.keep.map(({ url, script }) => [url, script]) : [])
  const state: ExportState = {
    target,
    buildId: options.buildId,
    sharedKey,
    routes: Object.fromEntries(
      [...keys].map(([url, key]) => [url, { key, ...(kept.get(url) ? { script: kept.get(url)! } : {}) }]),
    ),
  }
  const summary =
    plan.kind === 'full'
      ? `all ${routes.length} page routes (${plan.reason})`
      : `${plan.render.length} of ${routes.length} page routes changed; the other ${plan.keep.length} are kept from the last build`
  return { plan, state, summary }
}

/** The moved scripts of the routes this build exported (secureExport's map: HTML file → script), into the state. */
export function recordExportedScripts(state: ExportState, pageScripts: ReadonlyMap<string, string>): ExportState {
  for (const [url, route] of Object.entries(state.routes)) {
    const html = [...url.split('/').filter(Boolean), 'index.html'].join('/')
    const script = pageScripts.get(html)
    if (script) route.script = script
  }
  return state
}

/** After next build: the plan file goes (a later `next build` of its own exports everything). */
export function removeExportPlan(cwd: string = process.cwd()): void {
  rmSync(path.join(cwd, EXPORT_PLAN_FILE), { force: true })
}
