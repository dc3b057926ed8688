/**
 * What this build builds, decided once per process from the environment:
 * - `HUGO_SITE=/path/to/site`: a Hugo site; its configuration is the site's configuration, with
 *   Hugo's defaults for the rest (nothing of the default book's site.config.ts), and its content
 *   folder is built;
 * - `CONTENT_DIR=/path/to/content`: that content folder (wins over the Hugo site's);
 * - `SITE_URL`: the site address (wins over baseURL);
 * - neither HUGO_SITE nor CONTENT_DIR: the default book, its settings (`book`, site.config.ts,
 *   handed in by lib/site/settings.ts) and ./content.
 * The Hugo configuration is parsed once per process (memoised by these variables and the
 * working folder); a file that does not parse throws a ContentError with its file and line.
 */
import path from 'node:path'
import { ignoredSettingsLine } from './hugo/ignored'
import { readHugoSite } from './hugo/read-hugo-site'
import { defineSiteConfig, type SiteConfig, type SiteConfigInput } from './site-config'

export type Env = Record<string, string | undefined>

export interface BuildContext {
  /** The site configuration in effect. */
  config: SiteConfig
  /** The content folder built (absolute). */
  contentDir: string
  /** The Hugo site folder (absolute), with HUGO_SITE. */
  siteDir?: string
  /** What the Hugo site's configuration said, with HUGO_SITE. */
  hugo?: {
    /** The configuration files read, relative to siteDir, in the order they were merged. */
    files: string[]
    /** Settings without effect here, as written (`theme`, `params.BookComments`). */
    ignored: string[]
    /** Settings of the wrong kind, one sentence each (`params.BookTheme: expected …`). */
    warnings: string[]
    /** Hugo's static folders (absolute), whether or not they exist. */
    staticDirs: string[]
    /** The one line to print about `ignored`, e.g. `hugo.toml: ignored theme`; undefined when none. */
    ignoredLine?: string
  }
}

let cached: { key: string; book: SiteConfigInput; context: BuildContext } | undefined

export function loadBuildContext(book: SiteConfigInput, env: Env = process.env, cwd: string = process.cwd()): BuildContext {
  const key = JSON.stringify([env['HUGO_SITE'] || '', env['CONTENT_DIR'] || '', env['SITE_URL'] || '', cwd])
  if (cached?.key !== key || cached.book !== book) cached = { key, book, context: readBuildContext(book, env, cwd) }
  return cached.context
}

function readBuildContext(book: SiteConfigInput, env: Env, cwd: string): BuildContext {
  const contentDirFromEnv = env['CONTENT_DIR'] ? path.resolve(cwd, env['CONTENT_DIR']) : undefined
  const siteUrl = env['SITE_URL'] || undefined
  if (!env['HUGO_SITE']) {
    const config = defineSiteConfig(siteUrl ? { ...book, baseURL: siteUrl } : book)
    return { config, contentDir: contentDirFromEnv ?? path.resolve(cwd, 'content') }
  }
  const siteDir = path.resolve(cwd, env['HUGO_SITE'])
  const site = readHugoSite(siteDir, { cwd })
  const { files, ignored, warnings, staticDirs } = site
  const ignoredLine = ignoredSettingsLine(site)
  return {
    config: hugoSiteConfig(site.config, siteUrl),
    contentDir: contentDirFromEnv ?? site.contentDir,
    siteDir,
    hugo: { files, ignored, warnings, staticDirs, ...(ignoredLine === undefined ? {} : { ignoredLine }) },
  }
}

/**
 * A migrated Hugo site's configuration: what its Hugo configuration sets, Hugo's defaults
 * (DEFAULT_SITE_CONFIG) for the rest. Nothing comes from site.config.ts, whose title,
 * language, date format, menu and repository belong to the default book. SITE_URL, when set,
 * still decides the site address.
 */
export function hugoSiteConfig(hugo: SiteConfigInput, siteUrl?: string): SiteConfig {
  return defineSiteConfig({ ...hugo, baseURL: siteUrl || hugo.baseURL })
}
