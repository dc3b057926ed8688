import { readFileSync, rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import type { Page } from 'contentlayer/generated'
import type { BuildContext, Env } from '../config/build-context'
import { gitLastModified } from '../content/git-dates'
import { formatWarning, type BuildWarning } from '../diagnostics/build-warnings'
import { isContentError } from '../diagnostics/content-error'
import type { Problem } from '../diagnostics/problem'
import type { IsoDate } from '../formats/dates'
import { EXPORT_DIR } from '../site/build-plan'
import { writeBuildPlan } from './site-step'
import { withBuildLock } from './common/build-lock'
import { BuildStopped } from './common/build-stopped'
import { documentsStep, planDocuments, previousDocuments, startTypists } from './documents-step'
import { engineVersion } from './documents/engine-version'
import { filesStep, siteFiles } from './files-step'
import { KNOWN_NEXT } from './secure/flight-payload'
import { linkKeptRoutes } from './export/incremental-export'
import { counted, STOP } from './common/messages'
import { decodeMdxRouteFolders, writeMdxRoutes } from './mdx-routes'
import { nextStep } from './next-step'
import { publishStep } from './publish-step'
import type { RenderedFields } from './documents/staged-page'
import { renderStep, type RenderInit, type RenderJob } from './render-step'
import { secureStep } from './secure-step'
import { settingsStep } from './settings-step'
import { siteStep } from './site-step'
import { sourcesStep, type LanguageSources } from './sources-step'

export { BuildStopped } from './common/build-stopped'

/**
 * The build: one function that runs the steps in order and hands each the values the one
 * before made, as VitePress' build() and mdBook's MDBook::build do.
 *   settings → sources → render (worker processes) → documents (contentlayer2) → site models
 *   and the plan → `next build` → files (languages laid out, search index, menus, sitemaps,
 *   vendor and static files) → secure (CSP) → publish.
 * Two files cross to `next build` (lib/site/build-plan.ts); everything else is a value here.
 * The published output is replaced in one move at the end: a build that stops leaves it as it
 * was. Only one build at a time runs in a checkout (build-lock.ts).
 */

export interface BuildOptions {
  /** The project folder (where next.config.ts is). */
  cwd?: string
  /** HUGO_SITE, CONTENT_DIR, SITE_URL, BASE_PATH (lib/config/build-context.ts). */
  env?: Env
  /** Where the site is published (`out` by default). */
  outDir?: string
  /** Warnings stop the build (`--strict`). */
  strict?: boolean
  /** Progress, a line at a time. */
  log?: (line: string) => void
  /** Warnings for authors, formatted. */
  warn?: (text: string) => void
}

export interface BuildReport {
  outDir: string
  /** Every language's pages built. */
  pages: number
  /** Pages rendered by this build; the others' documents were the last build's. */
  rendered: number
  warnings: BuildWarning[]
  /** The site path the site is served under ('' at the root). */
  basePath: string
  /** Pages whose Next payload this build could not read, left whole (lib/build/secure/flight-payload.ts). */
  payloadsLeftWhole: string[]
}

export async function build(options: BuildOptions = {}): Promise<BuildReport> {
  const cwd = options.cwd ?? process.cwd()
  const env = options.env ?? process.env
  const log = options.log ?? ((line: string) => console.log(line))
  const warn = options.warn ?? ((text: string) => console.warn(text))
  const target = path.resolve(cwd, options.outDir ?? 'out')
  const step = (title: string) => log(`\n▸ ${title}`)
  const warnings: BuildWarning[] = []
  const report = (found: readonly BuildWarning[]) => {
    for (const warning of found) warn(formatWarning(warning))
    warnings.push(...found)
  }

  const settings = settingsStep(env, cwd)
  if (settings.title) step(settings.title)
  if (!settings.ok) throw new BuildStopped(settings.stop, [settings.error])
  for (const line of settings.lines) log(`  ${line}`)
  report(settings.warnings)
  const { context } = settings
  if (context.siteBasePath !== '')
    log(`  served under ${context.siteBasePath}/: every link, file and index is under it`)

  const content = sourcesStep(context, cwd)
  if (!content.ok) throw new BuildStopped(content.stop)
  step(content.title)
  for (const line of content.summary) log(`  ${line}`)
  report(content.warnings)
  if (content.stop) throw new BuildStopped(content.stop, content.errors)

  // The steps below write .book/, .contentlayer/ and .next/: one build at a time in a checkout.
  return withBuildLock(
    cwd,
    () => log('Another build is running in this folder; waiting for it to finish…'),
    async () => {
      step('Rendering the Markdown')
      const engine = engineVersion(cwd)
      const documents = await buildDocuments(context, content.languages, {
        cwd,
        engine,
        previous: previousDocuments(cwd),
        cores: availableParallelism(),
        log: (line) => log(`  ${line}`),
        step,
      })
      report(documents.warnings)
      if (warnings.length > 0) log(`\n  ${counted(warnings.length, 'warning')} (listed above with file and line)`)
      if (options.strict && warnings.length > 0) throw new BuildStopped(STOP.strict(warnings.length))

      step('Building the site (next build)')
      const sites = siteStep(context, documents.documents, { engine, cwd, target, lastOutput: target })
      log(`  exporting ${sites.summary}`)
      const mdxRoutes = mdxRoutesStep(cwd, documents.documents)
      if (mdxRoutes > 0) log(`  ${counted(mdxRoutes, 'MDX page route')} written (app/[lang]/(mdx)/)`)
      const exportDir = path.join(cwd, EXPORT_DIR)
      rmSync(exportDir, { recursive: true, force: true })
      const exporting = nextStep(cwd)
      // Made in this process while Next exports the pages: the search index alone takes seconds for a large book.
      const made = await siteFiles({ context, sites: sites.sites, buildId: sites.buildId }).catch(
        async (error: unknown) => {
          await exporting // no `next build` left running behind a stopped build
          throw error
        },
      )
      const failed = await exporting
      if (failed !== undefined) throw new BuildStopped(STOP.tool('next', ['build'], failed))
      decodeMdxRouteFolders(exportDir, documents.documents)

      step('Writing the site’s files beside the pages')
      for (const line of await filesStep(exportDir, { context, languages: content.languages, site: made }))
        log(`  ${line}`)

      step('Moving inline scripts into files and writing the security headers (CSP)')
      const secured = await secureStep(exportDir, {
        themes: context.languages.map((language) => language.config.theme),
        basePath: context.siteBasePath,
        folders: context.languages.map((language) => language.folder),
        cores: availableParallelism(),
      })
      log(
        `  ${secured.pages} pages, ${secured.scripts} script files; serve.json, _headers and nginx-headers.conf written`,
      )
      if (secured.unreadable.length > 0) log(`  warning: ${payloadsLeftWhole(secured.unreadable, cwd)}`)
      for (const [route, state] of Object.entries(sites.state.routes)) {
        const script = secured.pageScripts.get([...route.split('/').filter(Boolean), 'index.html'].join('/'))
        if (script) state.script = script
      }

      if (sites.exportPlan.kind === 'partial') {
        step('Keeping the unchanged pages of the last build')
        log(
          `  ${counted(linkKeptRoutes(target, exportDir, sites.exportPlan.keep), 'page route')} linked from the last output`,
        )
      }
      publishStep(exportDir, target)
      // The plan of a published build: the next build starts from it.
      writeBuildPlan({ ...sites.plan, exported: sites.state }, cwd)
      return {
        outDir: target,
        pages: documents.documents.length,
        rendered: documents.rendered,
        warnings,
        basePath: context.siteBasePath,
        payloadsLeftWhole: secured.unreadable,
      }
    },
  )
}

export interface BuiltDocuments {
  documents: Page[]
  /** Pages rendered; the other documents were the last build's. */
  rendered: number
  /** Every page's warnings, kept documents' too, in the site's order. */
  warnings: BuildWarning[]
}

/**
 * The render and documents steps: every page of every language as a typed document, made again
 * only when what it is made of changed since `previous` (the last build's documents). Tests
 * build their sites through here too, in a folder of their own (`cwd`: where .book/ and
 * .contentlayer/ are written).
 */
export async function buildDocuments(
  context: BuildContext,
  languages: readonly LanguageSources[],
  options: {
    cwd: string
    engine: string
    previous: ReadonlyMap<string, Page>
    cores: number
    log?: (line: string) => void
    step?: (title: string) => void
    /** A page's last-modified date falls back to its file's last commit (false: to its date alone, as tests want it). */
    gitDates?: boolean
  },
): Promise<BuiltDocuments> {
  const log = options.log ?? (() => undefined)
  const gitDates = new Map<string, ReadonlyMap<string, IsoDate>>(
    options.gitDates === false
      ? []
      : languages.map(({ language }) => [language.key, gitLastModified(language.contentDir)]),
  )
  const entries = planDocuments(context, languages, {
    engine: options.engine,
    previous: options.previous,
    gitDates,
    cwd: options.cwd,
  })
  const toRender = entries.filter((entry) => !entry.kept && entry.source)
  const jobs: RenderJob[] = toRender.map(({ language, source }) => {
    const { body, ...record } = source!
    return { language: language.key, record, body }
  })
  // contentlayer's workers load it while the pages render.
  const toType = entries.filter((entry) => !entry.kept).length
  const typists = startTypists(toType, options.cores)
  const rendered = await renderStep(renderInit(context, languages, options.cwd), jobs, { cores: options.cores }).catch(
    (error: unknown) => {
      typists?.stop()
      // A page over its render time (render-step.ts) names the page; anything else is the build's own failure.
      if (isContentError(error)) throw new BuildStopped(STOP.render, [error])
      throw error
    },
  )
  const made = new Map<string, { rendered: RenderedFields; warnings: BuildWarning[] }>()
  const failures: Problem[] = []
  rendered.results.forEach((result, index) => {
    if ('failure' in result) failures.push(result.failure)
    else made.set(toRender[index]!.id, result)
  })
  if (failures.length > 0) {
    // The typists started beside the render would keep the process waiting for work that never comes.
    typists?.stop()
    throw new BuildStopped(STOP.render, failures)
  }
  const files = entries.filter((entry) => entry.source).length
  const workers = rendered.workers > 0 ? ` by ${counted(rendered.workers, 'worker')}` : ''
  log(`${counted(toRender.length, 'page')} rendered${workers}, ${files - toRender.length} kept from the last build`)
  options.step?.('Typing the documents (contentlayer2)')
  const documents = await documentsStep(entries, made, { cwd: options.cwd, typists })
  log(`${counted(documents.documents.length, 'document')}, ${documents.made} made by this build`)
  return { documents: documents.documents, rendered: toRender.length, warnings: documents.warnings }
}

/** Said when Next's page payload no longer reads as the rows the build knows (a Next upgrade): the pages work, heavier. */
function payloadsLeftWhole(pages: readonly string[], cwd: string): string {
  const file = path.join(cwd, 'node_modules', 'next', 'package.json')
  const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version: string }
  const known = KNOWN_NEXT.test(version) ? '' : ` (this build knows the rows of ${KNOWN_NEXT.source})`
  return `${counted(pages.length, 'page')}, e.g. ${pages[0]}: the page payload of Next ${version} did not read as the rows this build knows${known}; their article was left in it, so they are heavier (lib/build/secure/flight-payload.ts)`
}

/** What every render worker is told: each language's settings and what its pages may link to. */
function renderInit(context: BuildContext, languages: readonly LanguageSources[], cwd: string): RenderInit {
  return {
    cwd,
    ...(context.siteDir ? { siteDir: context.siteDir } : {}),
    languages: languages.map(({ language, sources }) => ({
      key: language.key,
      config: language.config,
      records: sources.pages.map(({ body: _body, ...record }) => record),
      assets: sources.assets,
      ...(sources.staticFiles ? { staticFiles: sources.staticFiles } : {}),
      contentFolder: path
        .relative(context.siteDir ?? cwd, language.contentDir)
        .split(path.sep)
        .join('/'),
      contentDir: language.contentDir,
    })),
  }
}

/** The MDX pages' routes for `next build` (mdx-routes.ts); a page Next cannot route stops the build. */
function mdxRoutesStep(cwd: string, documents: readonly Page[]): number {
  try {
    return writeMdxRoutes(cwd, documents)
  } catch (error) {
    if (isContentError(error)) throw new BuildStopped(STOP.render, [error])
    throw error
  }
}
