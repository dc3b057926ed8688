/**
 * What this build builds, decided once per process from the environment:
 * - `HUGO_SITE=/path/to/site`: a Hugo site; its configuration is the site's configuration, with
 *   Hugo's defaults for the rest (nothing of the default book's site.config.ts), and its content
 *   folder is built;
 * - `CONTENT_DIR=/path/to/content`: that content folder (wins over the Hugo site's);
 * - `SITE_URL`: the site address (wins over baseURL);
 * - `BASE_PATH`: the path the site is served under (wins over baseURL's path: `/repo` for
 *   `https://owner.github.io/repo/`);
 * - neither HUGO_SITE nor CONTENT_DIR: the default book, its settings (`book`, site.config.ts,
 *   handed in by lib/site/settings.ts) and ./content.
 * A multilingual site has every language here, each with its own settings and content folder.
 * The Hugo configuration is parsed once per process (memoised by these variables and the
 * working folder); a file that does not parse throws a ContentError with its file and line.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { ContentError } from '../diagnostics/content-error'
import { ignoredSettingsLine } from './hugo/ignored'
import { readHugoSite, type HugoSite } from './hugo/read-hugo-site'
import { defineSiteConfig, type SiteConfig, type SiteConfigInput } from './site-config'

export type Env = Record<string, string | undefined>

/** One language of the site, as the build lays it out: every site has at least one. */
export interface BuildLanguage {
  /** Hugo's key, lower case (`en`, `cn`; the language code for a site without a languages block): the route parameter, hreflang and folder name. */
  key: string
  /** What the language switcher shows (languageName, else the key). */
  name: string
  /** Its folder in the export: '' for the default language at the root, else the key. */
  folder: string
  /** The default language (defaultContentLanguage). */
  isDefault: boolean
  /** Its settings: the site's, with its languages block laid over them; basePath is the site's plus its folder (`/repo/zh`). */
  config: SiteConfig
  /** Its content folder (absolute). */
  contentDir: string
}

export interface BuildContext {
  /** The path the whole site is served under (`/repo`); each language's config.basePath adds its folder to it. */
  siteBasePath: string
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
  /** Every language built, in Hugo's order; the default one first when the site has one language. */
  languages: BuildLanguage[]
  /**
   * The site shows its languages (a language menu, hreflang links, a sitemap index): it has a
   * languages block, or puts its one language under `/<key>/` (defaultContentLanguageInSubdir).
   */
  multilingual: boolean
}

/** The default language: the one at the site's root unless defaultContentLanguageInSubdir. */
export function defaultLanguageOf(context: Pick<BuildContext, 'languages'>): BuildLanguage {
  return context.languages.find((language) => language.isDefault) ?? context.languages[0]!
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
    const contentDir = contentDirFromEnv ?? path.resolve(cwd, 'content')
    return { siteBasePath: config.basePath, languages: [soleLanguage(config, contentDir)], multilingual: false }
  }
  const siteDir = path.resolve(cwd, env['HUGO_SITE'])
  const site = readHugoSite(siteDir, { cwd })
  const { files, ignored, staticDirs } = site
  const ignoredLine = ignoredSettingsLine(site)
  const config = hugoSiteConfig({ ...site.config, ...paramsOf(site), ...(basePath ? { basePath } : {}) }, siteUrl)
  // Each language's settings are read on their own: a warning of theirs is said once, however many languages share it.
  const warningSet = new Set(site.warnings)
  const { languages, notBuilt } = hugoLanguages(site, config.basePath, (key) => {
    const own = readHugoSite(siteDir, { cwd, language: key })
    for (const warning of own.warnings) warningSet.add(warning)
    return {
      config: hugoSiteConfig({ ...own.config, ...paramsOf(own), ...(basePath ? { basePath } : {}) }, siteUrl),
      contentDir: own.contentDir,
    }
  })
  const hugo = {
    files,
    ignored,
    warnings: [...warningSet],
    staticDirs,
    ...(ignoredLine === undefined ? {} : { ignoredLine }),
    ...(notBuilt.length > 0 ? { languagesNotBuilt: notBuilt } : {}),
  }
  if (!languages) {
    return {
      siteBasePath: config.basePath,
      siteDir,
      hugo,
      languages: [soleLanguage(config, contentDirFromEnv ?? site.contentDir)],
      multilingual: false,
    }
  }
  // CONTENT_DIR stands for the default language's content folder.
  const withContent = languages.map((language) =>
    language.isDefault && contentDirFromEnv ? { ...language, contentDir: contentDirFromEnv } : language,
  )
  return { siteBasePath: config.basePath, siteDir, hugo, languages: withContent, multilingual: true }
}

/** A site without a languages block: its one language at the root, keyed by its language code. */
/** The site's params, for the param shortcode: set on the settings only when there are any. */
function paramsOf(site: Pick<HugoSite, 'params'>): Pick<SiteConfigInput, 'params'> {
  return Object.keys(site.params).length > 0 ? { params: site.params } : {}
}

function soleLanguage(config: SiteConfig, contentDir: string): BuildLanguage {
  const key = config.language.toLowerCase()
  return { key, name: key, folder: '', isDefault: true, config, contentDir }
}

/**
 * Hugo's layout of a multilingual site: the default language at the site's root (under
 * `/<key>/` with defaultContentLanguageInSubdir), every other language under `/<key>/`.
 * `read(key)`: that language's settings and content folder.
 */
function hugoLanguages(
  site: ReturnType<typeof readHugoSite>,
  siteBasePath: string,
  read: (key: string) => { config: SiteConfig; contentDir: string },
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
    languages: languages.map(({ key, name }) => {
      const isDefault = key === site.defaultLanguage
      const folder = isDefault && !site.defaultLanguageInSubdir ? '' : encodeURIComponent(key)
      const own = read(key)
      const languageBasePath = folder === '' ? siteBasePath : `${siteBasePath}/${folder}`
      return {
        key,
        name,
        folder,
        isDefault,
        config: { ...own.config, basePath: languageBasePath },
        contentDir: own.contentDir,
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
