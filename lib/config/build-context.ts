/**
 * What this build builds, decided once per process from the environment:
 * - `HUGO_SITE=/path/to/site`: a Hugo site; its configuration is the site's configuration, with
 *   Hugo's defaults for the rest (nothing of the default book's site.config.ts), and its content
 *   folder is built;
 * - `CONTENT_DIR=/path/to/content`: that content folder (wins over the Hugo site's);
 * - `SITE_URL`: the site address (wins over baseURL);
 * - `BOOK_LANGUAGE`: with a multilingual Hugo site, the language built (each is built on its
 *   own, under its own base path: scripts/build.ts builds them all); the default language otherwise;
 * - `BASE_PATH`: the path the site is served under (wins over baseURL's path: `/repo` for
 *   `https://owner.github.io/repo/`);
 * - neither HUGO_SITE nor CONTENT_DIR: the default book, its settings (`book`, site.config.ts,
 *   handed in by lib/site/settings.ts) and ./content.
 * The Hugo configuration is parsed once per process (memoised by these variables and the
 * working folder); a file that does not parse throws a ContentError with its file and line.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { ContentError } from '../diagnostics/content-error'
import { ignoredSettingsLine } from './hugo/ignored'
import { readHugoSite } from './hugo/read-hugo-site'
import { defineSiteConfig, type SiteConfig, type SiteConfigInput } from './site-config'

export type Env = Record<string, string | undefined>

/** One language of a multilingual site, as the build lays it out. */
export interface BuildLanguage {
  /** Hugo's key, lower case (`en`, `cn`): hreflang and the folder name. */
  key: string
  /** What the language switcher shows (languageName, else the key). */
  name: string
  /** Where its pages live: the site's base path, then `/<key>` unless it is the default language at the root. */
  basePath: string
  /** Its folder in the export: '' for the default language at the root, else the key. */
  folder: string
  /** Its content folder (absolute). */
  contentDir: string
  /** The default language (defaultContentLanguage). */
  isDefault: boolean
  /** The language this process builds. */
  current: boolean
}

export interface BuildContext {
  /** The site configuration in effect. */
  config: SiteConfig
  /** The path the whole site is served under (`/repo`); config.basePath adds the language's folder to it. */
  siteBasePath: string
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
    /** Languages of the languages block left out, each with why: `zh (its content folder content.zh does not exist)`. */
    languagesNotBuilt?: string[]
  }
  /**
   * A multilingual site's languages in Hugo's order (also a site with one language when
   * defaultContentLanguageInSubdir puts it under `/<key>/`); undefined otherwise.
   */
  languages?: BuildLanguage[]
}

let cached: { key: string; book: SiteConfigInput; context: BuildContext } | undefined

export function loadBuildContext(
  book: SiteConfigInput,
  env: Env = process.env,
  cwd: string = process.cwd(),
): BuildContext {
  const key = JSON.stringify([
    env['HUGO_SITE'] || '',
    env['CONTENT_DIR'] || '',
    env['SITE_URL'] || '',
    env['BASE_PATH'] ?? '',
    env['BOOK_LANGUAGE'] ?? '',
    cwd,
  ])
  if (cached?.key !== key || cached.book !== book) cached = { key, book, context: readBuildContext(book, env, cwd) }
  return cached.context
}

function readBuildContext(book: SiteConfigInput, env: Env, cwd: string): BuildContext {
  const contentDirFromEnv = env['CONTENT_DIR'] ? path.resolve(cwd, env['CONTENT_DIR']) : undefined
  const siteUrl = env['SITE_URL'] || undefined
  const basePath = env['BASE_PATH'] || undefined
  if (!env['HUGO_SITE']) {
    const config = defineSiteConfig({
      ...book,
      ...(siteUrl ? { baseURL: siteUrl } : {}),
      ...(basePath ? { basePath } : {}),
    })
    return { config, siteBasePath: config.basePath, contentDir: contentDirFromEnv ?? path.resolve(cwd, 'content') }
  }
  const siteDir = path.resolve(cwd, env['HUGO_SITE'])
  const site = readHugoSite(siteDir, { cwd, ...(env['BOOK_LANGUAGE'] ? { language: env['BOOK_LANGUAGE'] } : {}) })
  const { files, ignored, warnings, staticDirs } = site
  const ignoredLine = ignoredSettingsLine(site)
  const config = hugoSiteConfig({ ...site.config, ...(basePath ? { basePath } : {}) }, siteUrl)
  const { languages, notBuilt } = buildLanguages(site, config.basePath)
  const current = languages?.find((language) => language.current)
  return {
    config: current ? { ...config, basePath: current.basePath } : config,
    siteBasePath: config.basePath,
    contentDir: contentDirFromEnv ?? site.contentDir,
    siteDir,
    hugo: {
      files,
      ignored,
      warnings,
      staticDirs,
      ...(ignoredLine === undefined ? {} : { ignoredLine }),
      ...(notBuilt.length > 0 ? { languagesNotBuilt: notBuilt } : {}),
    },
    ...(languages ? { languages } : {}),
  }
}

/**
 * Hugo's layout of a multilingual site: the default language at the site's root (under
 * `/<key>/` with defaultContentLanguageInSubdir), every other language under `/<key>/`.
 */
function buildLanguages(
  site: ReturnType<typeof readHugoSite>,
  siteBasePath: string,
): { languages?: BuildLanguage[]; notBuilt: string[] } {
  // A language whose content folder does not exist has nothing to show (Hugo makes it an empty home page): not built, and said so.
  const missing = site.languages.filter(
    (language) => language.key !== site.defaultLanguage && !existsSync(language.contentDir),
  )
  const notBuilt = missing.map(
    (language) =>
      `${language.key} (its content folder ${path.relative(site.siteDir, language.contentDir)} does not exist)`,
  )
  const languages = site.languages.filter((language) => !missing.includes(language))
  if (languages.length === 0 || (languages.length === 1 && !site.defaultLanguageInSubdir)) return { notBuilt }
  const shared = languages.find(
    (language, index) => languages.findIndex((other) => other.contentDir === language.contentDir) !== index,
  )
  if (shared) {
    throw new ContentError({
      file: site.files.join(' + '),
      message: `the languages share the content folder ${path.relative(site.siteDir, shared.contentDir) || '.'}: Hugo then tells their pages apart by file name (page.${shared.key}.md), which is not supported here`,
      hint: 'give each language its own contentDir (languages.<key>.contentDir = "content.<key>"), as hugo-book’s exampleSite does',
    })
  }
  return {
    notBuilt,
    languages: languages.map(({ key, name, contentDir }) => {
      const isDefault = key === site.defaultLanguage
      const folder = isDefault && !site.defaultLanguageInSubdir ? '' : encodeURIComponent(key)
      return {
        key,
        name,
        contentDir,
        isDefault,
        current: key === site.language,
        folder,
        basePath: folder === '' ? siteBasePath : `${siteBasePath}/${folder}`,
      }
    }),
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
