import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import book from '../../site.config'
import { buildDocuments } from '../../lib/build/build'
import { sourcesStep } from '../../lib/build/sources-step'
import { loadBuildContext, type BuildContext, type Env } from '../../lib/config/build-context'
import { defineSiteConfig, type SiteConfigInput } from '../../lib/config/site-config'
import { formatWarning } from '../../lib/diagnostics/build-warnings'
import type { Site } from '../../lib/site/site'
import { createSites } from '../../lib/site/sites'

/**
 * Sites built by the build's own path (lib/build/build.ts): the sources step, the render step
 * and contentlayer2's documents, then the site models, as `npm run build` makes them before
 * `next build`. Their .book/ and .contentlayer/ go to a temporary folder of their own.
 */
export async function sitesOf(context: BuildContext): Promise<Map<string, Site>> {
  return (await builtSites(context)).sites
}

/** The sites, and the warnings the build reports for them (formatted as it prints them). */
async function builtSites(context: BuildContext): Promise<{ sites: Map<string, Site>; warnings: string[] }> {
  const sources = sourcesStep(context)
  if (!sources.ok) throw new Error(sources.stop)
  if (sources.errors.length > 0) throw sources.errors[0]
  const { documents, warnings } = await buildDocuments(context, sources.languages, {
    cwd: mkdtempSync(path.join(tmpdir(), 'book-documents-')),
    engine: 'test',
    previous: new Map(),
    cores: 1,
    // The fixtures' git history is the project's: their dates are their own.
    gitDates: false,
  })
  return {
    sites: createSites(documents, context.languages, {
      basePath: context.siteBasePath,
      multilingual: context.multilingual,
    }),
    warnings: [...sources.warnings, ...warnings].map(formatWarning),
  }
}

/**
 * The site of a fixture folder. The fixtures are Chinese books, so their settings default to
 * the default book's language and date layout.
 */
export async function siteFromFolder(contentDir: string, config: SiteConfigInput = {}): Promise<Site> {
  return (await builtFromFolder(contentDir, config)).site
}

/** The site of a fixture folder and the warnings of its build. */
export async function builtFromFolder(
  contentDir: string,
  config: SiteConfigInput = {},
): Promise<{ site: Site; warnings: string[] }> {
  const settings = defineSiteConfig({
    title: 'Test Book',
    language: 'zh-CN',
    dateFormat: '2006年1月2日',
    theme: 'auto',
    ...config,
  })
  const key = settings.language.toLowerCase()
  const { sites, warnings } = await builtSites({
    siteBasePath: settings.basePath,
    languages: [{ key, name: key, folder: '', isDefault: true, config: settings, contentDir }],
    multilingual: false,
  })
  return { site: sites.get(key)!, warnings }
}

/** The sites of a build as `npm run build` reads its settings (`env`: HUGO_SITE, CONTENT_DIR…), from `cwd`. */
export async function sitesOfBuild(env: Env, cwd: string = process.cwd()): Promise<Map<string, Site>> {
  return sitesOf(loadBuildContext(book, env, cwd))
}

export { contentErrorOf, writeFixture } from './files'
