/**
 * Reads an existing Hugo site's configuration (a hugo-book site's `hugo.toml` and friends) and
 * turns the settings this project understands into a `SiteConfigInput`. Everything else is
 * listed as ignored, never an error; a file that does not parse is an error with its line.
 * Finding the files: config-files.ts; one file: parse-config-file.ts; keys and layers:
 * merge.ts; the default language: languages.ts; each group of settings: read-*.ts.
 */
import path from 'node:path'
import { ContentError } from '../../diagnostics/content-error'
import { hugoParams, type HugoParams } from '../../formats/hugo-params'
import type { SiteConfigInput } from '../site-config'
import { configDirFiles, findRootConfig, isDirectory, keyPathOfConfigDirFile } from './config-files'
import { ignoredSettings } from './ignored'
import { effectiveSettings, type EffectiveSettings, type SiteLanguage } from './languages'
import { isTable, mergeLayer, normalizeLayer, type Layer } from './merge'
import { parseConfigFile } from './parse-config-file'
import { Reader } from './reader'
import { readContentDirName, readStaticDirNames } from './read-folders'
import { readMarkup } from './read-markup'
import { readMenus } from './read-menus'
import { readRepository } from './read-repository'
import { readHighlight } from './read-highlight'
import {
  readBookSection,
  readDateFormat,
  readImages,
  readLimits,
  readListEmptySections,
  readMenuBundle,
  readMenuInlineLinks,
  readSearch,
  readSiteIdentity,
  readTheme,
} from './read-site'
import { readToc } from './read-toc'
import { readSiteI18n } from './read-i18n'
import { readUrls } from './read-urls'

/** What this project takes from a Hugo site. */
export interface HugoSite {
  /** The site folder (absolute). */
  siteDir: string
  /** The configuration files read, relative to the site folder, in the order they were merged. */
  files: string[]
  /** The settings understood; Hugo's defaults fill the rest (lib/config/build-context.ts). */
  config: SiteConfigInput
  /** The content folder the configuration names, of the language built (absolute). */
  contentDir: string
  /** Hugo's static folders (absolute; `static` unless staticDir says otherwise), whether or not they exist. */
  staticDirs: string[]
  /** Keys of the configuration that have no effect here, as written: `theme`, `params.BookComments`. */
  ignored: string[]
  /** Settings that were read but could not be used (a value of the wrong kind), one sentence each. */
  warnings: string[]
  /**
   * A multilingual site's languages, in Hugo's order, each with its content folder (absolute);
   * empty for a site without a `languages` block.
   */
  languages: (SiteLanguage & { contentDir: string })[]
  /**
   * The site's params (`[params]`, the language's laid over them) for the param shortcode; read
   * without marking them used, so params nothing else reads are still listed as ignored.
   */
  params: HugoParams
  /** The key of the language read (lower case), with a `languages` block. */
  language?: string
  /** The key of the default language, with a `languages` block. */
  defaultLanguage?: string
  /** Hugo's defaultContentLanguageInSubdir: the default language under `/<key>/` too, `/` redirecting there. */
  defaultLanguageInSubdir: boolean
}

export interface ReadHugoSiteOptions {
  /** How messages name files: relative to this folder when inside it. */
  cwd?: string
  /** The language to read, by key; the default language when not given. */
  language?: string
}

/**
 * Reads the site's configuration. Throws a ContentError (file, line, fix) when a file does
 * not parse or when the folder has no Hugo configuration at all.
 */
export function readHugoSite(siteDirInput: string, options: ReadHugoSiteOptions = {}): HugoSite {
  const siteDir = path.resolve(siteDirInput)
  const cwd = options.cwd ?? process.cwd()
  const { files, layer, repeatedKeys } = readLayers(siteDir, cwd)
  const settings = languageSettings(layer, options.language, files, siteDir, cwd)
  const reader = new Reader(settings.tree, settings.names)
  reader.warnings.push(...repeatedKeys)

  const config: SiteConfigInput = {
    ...readSiteIdentity(reader, settings.language),
    ...readBookSection(reader),
    ...readToc(reader),
    ...readTheme(reader),
    ...readDateFormat(reader),
  }
  const contentDir = path.resolve(siteDir, readContentDirName(reader))
  const contentFolderInRepo = path.relative(siteDir, contentDir).split(path.sep).join('/')
  Object.assign(
    config,
    readRepository(reader, contentFolderInRepo),
    readMenus(reader),
    readMarkup(reader),
    readMenuInlineLinks(reader),
  )
  const staticDirs = readStaticDirNames(reader).map((dir) => path.resolve(siteDir, dir))
  Object.assign(
    config,
    readHighlight(reader),
    readSearch(reader),
    readListEmptySections(reader),
    readLimits(reader),
    readMenuBundle(reader),
    readImages(reader, staticDirs),
    readUrls(reader),
  )
  // Hugo looks an i18n file up by the language's key (`i18n/cn.yaml`); without a languages block that is defaultContentLanguage (`en`).
  const languageKey = settings.language ?? reader.text('defaultcontentlanguage') ?? 'en'
  const i18n = readSiteI18n(siteDir, [...new Set([languageKey, languageKey.toLowerCase()])], (file) =>
    displayFile(file, cwd),
  )
  if (Object.keys(i18n).length > 0) config.i18n = i18n
  const defaultLanguageInSubdir = reader.get('defaultcontentlanguageinsubdir') === true
  // A language without its own contentDir shares the root one (Hugo then tells languages apart by file name, `page.zh.md`).
  const rootContentDir = layer.tree['contentdir']
  const languages = settings.languages.map((language) => ({
    ...language,
    contentDir: path.resolve(
      siteDir,
      language.contentDir ?? (typeof rootContentDir === 'string' ? rootContentDir : 'content'),
    ),
  }))
  return {
    siteDir,
    files,
    config,
    contentDir,
    staticDirs,
    ignored: ignoredSettings(reader),
    warnings: reader.warnings,
    params: isTable(settings.tree['params']) ? hugoParams(settings.tree['params']) : {},
    languages,
    ...(settings.language === undefined ? {} : { language: settings.language }),
    ...(settings.defaultLanguage === undefined ? {} : { defaultLanguage: settings.defaultLanguage }),
    defaultLanguageInSubdir,
  }
}

/** The settings of the language asked for; a language the site does not have is an error naming its configuration. */
function languageSettings(
  layer: Layer,
  language: string | undefined,
  files: string[],
  siteDir: string,
  cwd: string,
): EffectiveSettings {
  try {
    return effectiveSettings(layer, language)
  } catch (error) {
    throw new ContentError({
      file: files.map((file) => displayFile(path.join(siteDir, file), cwd)).join(' + '),
      message: error instanceof Error ? error.message : String(error),
      hint: 'set BOOK_LANGUAGE to one of the languages of the languages block, or leave it unset for the default language',
    })
  }
}

/**
 * Every configuration file of the site, merged in Hugo's order; the files as read, relative to
 * the site folder, and a sentence for each key written twice in one file.
 */
function readLayers(siteDir: string, cwd: string): { files: string[]; layer: Layer; repeatedKeys: string[] } {
  if (!isDirectory(siteDir)) {
    throw new ContentError({
      file: displayFile(siteDir, cwd),
      message: 'this Hugo site folder does not exist',
      hint: 'point HUGO_SITE at the folder that holds the site’s hugo.toml (or config.toml, hugo.yaml, …)',
    })
  }
  const root = findRootConfig(siteDir)
  const files = [...(root === undefined ? [] : [root]), ...configDirFiles(siteDir)]
  if (files.length === 0) {
    throw new ContentError({
      file: displayFile(siteDir, cwd),
      message: 'no Hugo configuration here (hugo.toml, hugo.yaml, hugo.json, config.toml, … or config/_default/)',
      hint: 'point HUGO_SITE at the folder that holds the site’s hugo.toml, or use CONTENT_DIR=/path/to/content for a bare content folder',
    })
  }
  const layer: Layer = { tree: {}, names: new Map() }
  const repeatedKeys: string[] = []
  for (const relative of files) {
    const where = files.length > 1 ? `${relative} line` : 'line'
    const data = parseConfigFile(
      path.join(siteDir, relative),
      displayFile(path.join(siteDir, relative), cwd),
      (repeated) =>
        repeatedKeys.push(
          `${where} ${repeated.line}: ${repeated.key} is written again (first on line ${repeated.firstLine}); the last value is used, as in Hugo`,
        ),
    )
    mergeLayer(layer, normalizeLayer(data, relative === root ? [] : keyPathOfConfigDirFile(relative)))
  }
  return { files, layer, repeatedKeys }
}

/** How messages name a file: relative to the working folder when inside it. */
function displayFile(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute)
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
    ? absolute
    : relative.split(path.sep).join('/')
}
