/**
 * Finding a Hugo site's configuration files, in Hugo's order:
 * - the first of hugo.{toml,yaml,yml,json}, then config.{toml,yaml,yml,json}, in the site folder;
 * - then every file of config/_default/ and config/production/ (Hugo's build environment),
 *   sub-folders too, by name: `params.toml` is `[params]`, `menus.toml` is `[menus]`,
 *   `menus.zh.toml` is `[languages.zh.menus]`, `hugo.toml` / `config.toml` are the root.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { formatOf } from './parse-config-file'

const EXTENSIONS = ['toml', 'yaml', 'yml', 'json'] as const
const ROOT_NAMES = ['hugo', 'config'] as const
/** Hugo merges config/_default/ and then the folder of the environment; `hugo` builds for production. */
const CONFIG_DIR_LAYERS = ['_default', 'production'] as const

/** True when the folder holds a Hugo configuration file (or a config/_default/ folder with one). */
export function hasHugoConfig(siteDir: string): boolean {
  return findRootConfig(siteDir) !== undefined || configDirFiles(siteDir).length > 0
}

/** The site folder's own configuration file (`hugo.toml`, …), relative to it, or undefined. */
export function findRootConfig(siteDir: string): string | undefined {
  for (const name of ROOT_NAMES) {
    for (const extension of EXTENSIONS) {
      const file = `${name}.${extension}`
      if (isFile(path.join(siteDir, file))) return file
    }
  }
  return undefined
}

/** Files of config/_default/ and config/production/ (sub-folders too), relative to the site folder, in Hugo's walking order. */
export function configDirFiles(siteDir: string): string[] {
  const files: string[] = []
  const walk = (relative: string) => {
    const absolute = path.join(siteDir, relative)
    if (!isDirectory(absolute)) return
    for (const entry of readdirSync(absolute, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    )) {
      const child = `${relative}/${entry.name}`
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile() && formatOf(entry.name) !== undefined) files.push(child)
    }
  }
  for (const layer of CONFIG_DIR_LAYERS) walk(`config/${layer}`)
  return files
}

/** Where a config/_default/ file's content goes: `params.toml` → params, `menus.en.toml` → languages.en.menus. */
export function keyPathOfConfigDirFile(relative: string): string[] {
  const base = path.posix.basename(relative).replace(/\.[^.]+$/, '')
  const [name = '', lang] = base.split('.')
  const key = name.toLowerCase()
  if ((ROOT_NAMES as readonly string[]).includes(key)) return []
  if (lang === undefined) return [name]
  // As Hugo: menus.en.toml and params.en.toml go to that language's menus and params; any
  // other name.lang file is laid over the language's block itself.
  if (key === 'menu' || key === 'menus') return ['languages', lang, 'menus']
  if (key === 'params') return ['languages', lang, 'params']
  return ['languages', lang]
}

export function isDirectory(dir: string): boolean {
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false
}
