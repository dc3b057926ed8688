import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'contentlayer/generated'
import type { BuildContext, BuildLanguage } from '../config/build-context'
import { sha256Hex } from '../formats/digest'
import { BUILD_PLAN_FILE, lastBuildPlan, type BuildPlan, type ExportState } from '../site/build-plan'
import { isMenuBundleFile } from '../site/menu-bundle'
import { menuTreeFile } from '../site/menu-file'
import { pageRouteUrls } from '../site/page-routes'
import type { Site } from '../site/site'
import { createSites } from '../site/sites'
import { planExport, routeKeys, type ExportPlan } from './export/incremental-export'
import { exportPath } from './common/output-files'

/**
 * The site step: every language's site model, from the documents, in this process; from them
 * the plan `next build` follows (lib/site/build-plan.ts): the build id, every language's
 * settings and menu file, and, when only some pages changed since the last export, the page
 * routes to render again (lib/build/export/incremental-export.ts).
 */

/** Next's build id, from the code and the base path: the same code gives the same id, so kept and new pages belong together. */
function buildIdFor(engine: string, basePath: string): string {
  return sha256Hex(engine, basePath).slice(0, 20)
}

export interface SiteStepResult {
  buildId: string
  /** Every language's site, by key, in Hugo's order. */
  sites: Map<string, Site>
  plan: BuildPlan
  exportPlan: ExportPlan
  /** The state to remember once the export is published (its routes' scripts filled in then). */
  state: ExportState
  summary: string
}

/** A page route's path in the export: the language's folder, then the page's site path (`/zh/docs/a/`). */
function exportRoute(folder: string, url: string): string {
  return folder === '' ? url : `/${folder}${url}`
}

export function siteStep(
  context: BuildContext,
  documents: readonly Page[],
  options: { engine: string; cwd: string; target: string; lastOutput: string },
): SiteStepResult {
  const buildId = buildIdFor(options.engine, context.siteBasePath)
  const sites = createSites(documents, context.languages, {
    basePath: context.siteBasePath,
    multilingual: context.multilingual,
  })
  const routes = context.languages.flatMap(({ key, folder }) => {
    const site = sites.get(key)!
    return pageRouteUrls(site).map((url) => [exportRoute(folder, url), site.page(url)] as const)
  })
  const { sharedKey, keys } = routeKeys({
    buildId,
    settings: {
      languages: context.languages.map(({ key, name, folder, isDefault, config }) => ({
        key,
        name,
        folder,
        isDefault,
        config,
      })),
    },
    pages: documents,
    routes,
    isShownEverywhere: (page) => {
      const { menuBundle } = context.languages.find((language) => language.key === page.language)!.config
      return menuBundle !== undefined && isMenuBundleFile(page.filePath, menuBundle)
    },
  })
  const target = path.resolve(options.cwd, options.target)
  const last = lastBuildPlan(options.cwd)?.exported
  // A kept route needs its page and its moved scripts in the last output.
  const lastHas = (route: string) => {
    const script = last?.routes[route]?.script
    return (
      existsSync(path.join(exportPath(options.lastOutput, route), 'index.html')) &&
      (script === undefined || existsSync(exportPath(options.lastOutput, script)))
    )
  }
  // An MDX page's look depends on the components it imports, which the keys do not see: every route is made again.
  const exportPlan: ExportPlan = documents.some((page) => page.mdx !== undefined)
    ? { kind: 'full', reason: 'the book has MDX pages' }
    : planExport(last, { target, buildId, sharedKey, keys }, lastHas)
  const rendered = exportPlan.kind === 'partial' ? new Set(exportPlan.render) : undefined
  // Next's export wants at least one page of the route: an unchanged page rendered again writes the same files.
  if (rendered && rendered.size === 0 && routes.length > 0) rendered.add(routes[0]![0])
  const planned = sitePlan(
    context,
    sites,
    buildId,
    (language) =>
      rendered &&
      pageRouteUrls(sites.get(language.key)!).filter((url) => rendered.has(exportRoute(language.folder, url))),
  )
  const moduleRoot = mdxModuleRoot(context, documents, options.cwd)
  const plan = moduleRoot ? { ...planned, moduleRoot } : planned
  writeBuildPlan(plan, options.cwd)
  const kept = new Map(exportPlan.kind === 'partial' ? exportPlan.keep.map(({ url, script }) => [url, script]) : [])
  const state: ExportState = {
    target,
    buildId,
    sharedKey,
    routes: Object.fromEntries(
      [...keys].map(([route, key]) => [route, { key, ...(kept.get(route) ? { script: kept.get(route)! } : {}) }]),
    ),
  }
  const summary =
    exportPlan.kind === 'full'
      ? `all ${routes.length} page routes (${exportPlan.reason})`
      : `${exportPlan.render.length} of ${routes.length} page routes changed; the other ${exportPlan.keep.length} are kept from the last build`
  return { buildId, sites, plan, exportPlan, state, summary }
}

/**
 * The plan Next follows: the build id, the site's base path, every language with its settings
 * and menu file; `render(language)`: the page routes of that language to render, all when undefined.
 */
export function sitePlan(
  context: BuildContext,
  sites: ReadonlyMap<string, Site>,
  buildId: string,
  render: (language: BuildLanguage) => string[] | undefined = () => undefined,
): BuildPlan {
  return {
    buildId,
    basePath: context.siteBasePath,
    multilingual: context.multilingual,
    languages: context.languages.map((language) => {
      const { key, name, folder, isDefault, config } = language
      const routes = render(language)
      return {
        key,
        name,
        folder,
        isDefault,
        config,
        menuFile: menuTreeFile(sites.get(key)!).url,
        ...(routes ? { render: routes } : {}),
      }
    }),
  }
}

/** Writes the plan for `next build`; with `exported`, the plan of a published build, which the next build starts from. */
export function writeBuildPlan(plan: BuildPlan, cwd: string): void {
  const file = path.join(cwd, BUILD_PLAN_FILE)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(plan))
}

/** For a book with MDX pages: the folder holding the project and every content folder (BuildPlan.moduleRoot). */
export function mdxModuleRoot(context: BuildContext, documents: readonly Page[], cwd: string): string | undefined {
  if (!documents.some((page) => page.mdx !== undefined)) return undefined
  return commonFolder([cwd, ...context.languages.map((language) => language.contentDir)])
}

/** The deepest folder holding all of these (absolute) folders. */
function commonFolder(folders: readonly string[]): string {
  const [first, ...rest] = folders.map((folder) => path.resolve(folder).split(path.sep))
  let length = first!.length
  for (const parts of rest)
    while (length > 0 && parts.slice(0, length).join('/') !== first!.slice(0, length).join('/')) length--
  return first!.slice(0, length).join(path.sep) || path.sep
}
