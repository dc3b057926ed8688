/**
 * Reads an existing Hugo site's configuration (a hugo-book site's `hugo.toml` and friends) and
 * turns the settings this project understands into a `SiteConfigInput`. Everything else is
 * listed as ignored, never an error; a file that does not parse is an error with its line.
 * Finding the files: config-files.ts; one file: parse-config-file.ts; keys and layers:
 * merge.ts; the default language: languages.ts; each group of settings: read-*.ts.
 */
import path from 'node:path'
import { ContentError } from '../../diagnostics/content-error'
import type { SiteConfigInput } from '../site-config'
import { configDirFiles, findRootConfig, isDirectory, keyPathOfConfigDirFile } from './config-files'
import { ignoredSettings } from './ignored'
import { effectiveSettings } from './languages'
import { mergeLayer, normalizeLayer, type Layer } from './merge'
import { parseConfigFile } from './parse-config-file'
import { Reader } from './reader'
import { readContentDirName, readStaticDirNames } from './read-folders'
import { readMarkup } from './read-markup'
import { readMenus } from './read-menus'
import { readRepository } from './read-repository'
import { readBookSection, readDateFormat, readMenuInlineLinks, readSiteIdentity, readTheme } from './read-site'
import { readToc } from './read-toc'

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
}

export interface ReadHugoSiteOptions {
  /** How messages name files: relative to this folder when inside it. */
  cwd?: string
}

/**
 * Reads the site's configuration. Throws a ContentError (file, line, fix) when a file does
 * not parse or when the folder has no Hugo configuration at all.
 */
export function readHugoSite(siteDirInput: string, options: ReadHugoSiteOptions = {}): HugoSite {
  const siteDir = path.resolve(siteDirInput)
  const cwd = options.cwd ?? process.cwd()
  const { files, layer } = readLayers(siteDir, cwd)
  const settings = effectiveSettings(layer)
  const reader = new Reader(settings.tree, settings.names)

  const config: SiteConfigInput = {
    ...readSiteIdentity(reader, settings.defaultLanguage),
    ...readBookSection(reader),
    ...readToc(reader),
    ...readTheme(reader),
    ...readDateFormat(reader),
  }
  const contentDir = path.resolve(siteDir, readContentDirName(reader))
  const contentFolderInRepo = path.relative(siteDir, contentDir).split(path.sep).join('/')
  Object.assign(config, readRepository(reader, contentFolderInRepo), readMenus(reader), readMarkup(reader), readMenuInlineLinks(reader))
  const staticDirs = readStaticDirNames(reader).map((dir) => path.resolve(siteDir, dir))

  return { siteDir, files, config, contentDir, staticDirs, ignored: ignoredSettings(reader, settings), warnings: reader.warnings }
}

/** Every configuration file of the site, merged in Hugo's order; the files as read, relative to the site folder. */
function readLayers(siteDir: string, cwd: string): { files: string[]; layer: Layer } {
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
  for (const relative of files) {
    const data = parseConfigFile(path.join(siteDir, relative), displayFile(path.join(siteDir, relative), cwd))
    mergeLayer(layer, normalizeLayer(data, relative === root ? [] : keyPathOfConfigDirFile(relative)))
  }
  return { files, layer }
}

/** How messages name a file: relative to the working folder when inside it. */
function displayFile(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute)
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/')
}
