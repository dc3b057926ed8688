import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { isValidElement, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { tsImport } from 'tsx/esm/api'
import type { BuildContext } from '../../config/build-context'
import type { SiteConfig } from '../../config/site-config'
import { displayPath } from '../../content/sources'
import { pageTitle } from '../../content/title'
import { titleName } from '../../content/paths'
import { ContentError } from '../../diagnostics/content-error'
import type { ShortcodeProps, SiteShortcode, SiteShortcodes } from '../../markdown/shortcodes/site-shortcode-api'
import type { SourceRecord } from '../../content/sources'

/**
 * A site's own shortcodes: `shortcodes/<name>.tsx` (or `.ts`) in the Hugo site folder
 * (HUGO_SITE), else in the project folder (the default book, CONTENT_DIR builds). The file name
 * is the shortcode's name, as Hugo's `layouts/shortcodes/<name>.html`. Each module's default
 * export takes ShortcodeProps and returns a React element or an HTML string; modules are loaded
 * once per process, with tsx, before any page is rendered. A module that does not load stops the
 * build naming its file.
 */

/** Loads every module of `folder`: name → renderer. Throws a ContentError naming the first module that fails. */
export async function loadShortcodeModules(
  folder: string,
  cwd: string = process.cwd(),
): Promise<Map<string, SiteShortcode>> {
  const renderers = new Map<string, SiteShortcode>()
  const files = moduleFiles(folder)
  if (files.length === 0) return renderers
  const tsconfig = shortcodeTsconfig()
  for (const { name, file } of files) {
    const shown = displayPath(path.dirname(file), path.basename(file), cwd)
    if (renderers.has(name))
      throw new ContentError({
        file: shown,
        message: `a second module for the shortcode "${name}"`,
        hint: `keep one of ${name}.ts and ${name}.tsx`,
      })
    const component = await importDefault(file, shown, tsconfig)
    renderers.set(name, { file: shown, render: (props) => renderOutput(component(props), shown) })
  }
  return renderers
}

type ShortcodeComponent = (props: ShortcodeProps) => unknown

async function importDefault(file: string, shown: string, tsconfig: string): Promise<ShortcodeComponent> {
  let loaded: { default?: unknown }
  // tsx's CommonJS loader (a site folder without "type": "module") reads its tsconfig from this variable.
  const previous = process.env['TSX_TSCONFIG_PATH']
  process.env['TSX_TSCONFIG_PATH'] = tsconfig
  try {
    loaded = (await tsImport(pathToFileURL(file).href, { parentURL: pathToFileURL(file).href, tsconfig })) as {
      default?: unknown
    }
  } catch (error) {
    // A syntax error comes from esbuild, through tsx, as `Transform failed…` then `file:line:column: ERROR: what`.
    const located = /:(\d+):\d+: ERROR: (.+)$/m.exec(error instanceof Error ? error.message : '')
    throw new ContentError({
      file: shown,
      line: located ? Number(located[1]) : undefined,
      message: `the shortcode module does not load: ${located?.[2] ?? firstLine(error)}`,
      hint: 'fix the module: it must be TypeScript/TSX whose default export is a function (the manual: docs/content/docs/migrating/own-shortcodes.md)',
    })
  } finally {
    if (previous === undefined) delete process.env['TSX_TSCONFIG_PATH']
    else process.env['TSX_TSCONFIG_PATH'] = previous
  }
  // A CommonJS module's exports arrive as `default`, its own default export one level down.
  const exported = loaded.default
  const component = typeof exported === 'function' ? exported : (exported as { default?: unknown } | undefined)?.default
  if (typeof component !== 'function')
    throw new ContentError({
      file: shown,
      message: 'the shortcode module has no default export function',
      hint: 'write `export default function Name({ params, inner, page, site }) { … }`',
    })
  return component as ShortcodeComponent
}

/** What a module returned, as HTML: an HTML string as it is, a React element as static markup. */
function renderOutput(output: unknown, shown: string): string {
  if (typeof output === 'string') return output
  if (output === null || output === undefined || typeof output === 'boolean') return ''
  if (typeof output === 'number') return String(output)
  if (output instanceof Promise) throw new Error(`${shown} returned a Promise: a shortcode renders synchronously`)
  if (isValidElement(output) || Array.isArray(output)) return renderToStaticMarkup(output as ReactNode)
  throw new Error(`${shown} returned ${typeof output}: return a React element or an HTML string`)
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!
}

/**
 * The compiler settings for shortcode modules wherever they live: JSX with React's automatic
 * runtime, and `react` resolved to this project's copy (a Hugo site folder has no node_modules).
 * Written once per process into the system's temporary folder, since tsx takes a file.
 */
function shortcodeTsconfig(): string {
  const reactDir = path.dirname(createRequire(import.meta.url).resolve('react/package.json'))
  const file = path.join(tmpdir(), `book-shortcodes-${process.pid}`, 'tsconfig.json')
  const compilerOptions = { jsx: 'react-jsx', baseUrl: reactDir, paths: { react: ['index.js'], 'react/*': ['*.js'] } }
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify({ compilerOptions, include: ['/**/*'] }))
  return file
}

/** The loaded modules with what they are told about pages and the site. */
export function siteShortcodesFor(
  renderers: ReadonlyMap<string, SiteShortcode>,
  config: Pick<SiteConfig, 'title' | 'language'>,
  recordOf: (filePath: string) => SourceRecord | undefined,
  data: Readonly<Record<string, unknown>> = {},
): SiteShortcodes {
  return {
    renderers,
    site: { title: config.title, language: config.language, data },
    page: (filePath) => {
      const record = recordOf(filePath)
      if (!record) return undefined
      const { meta, location } = record
      return {
        title: pageTitle({ title: meta.title, linkTitle: meta.linkTitle, baseName: titleName(location) }),
        url: record.url,
        filePath,
        // Hugo's .Page.Params: the whole front matter (`tldr`, any key an author invents), keys lower-cased.
        params: {
          ...Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)),
          ...record.params,
        },
      }
    },
  }
}

/** The build's shortcode modules (shortcodesFolder), loaded: name → renderer (none when the folder has none). */
export async function loadSiteShortcodes(
  context: Pick<BuildContext, 'siteDir'>,
  cwd: string = process.cwd(),
): Promise<ReadonlyMap<string, SiteShortcode>> {
  return loadShortcodeModules(shortcodesFolder(context, cwd), cwd)
}

/**
 * Where a site's own shortcode modules live: `shortcodes/` in the Hugo site folder (HUGO_SITE),
 * else in the project folder (the default book, CONTENT_DIR builds). `members.tsx` (or
 * `members.ts`) implements `{{< members >}}`, as Hugo's `layouts/shortcodes/members.html` does.
 */
export function shortcodesFolder(context: Pick<BuildContext, 'siteDir'>, cwd: string = process.cwd()): string {
  return path.join(context.siteDir ?? cwd, 'shortcodes')
}

const MODULE_FILE = /^([\w-]+)\.tsx?$/

/** The shortcode names a folder implements, without loading anything: `members` for members.tsx. */
export function shortcodeModuleNames(folder: string): string[] {
  return moduleFiles(folder).map((file) => file.name)
}

/** The module files of a folder, by shortcode name (test files and declarations left out). */
export function moduleFiles(folder: string): { name: string; file: string }[] {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return []
  return readdirSync(folder)
    .filter((entry) => MODULE_FILE.test(entry) && !/\.(?:test|d)\.tsx?$/.test(entry))
    .sort()
    .map((entry) => ({ name: MODULE_FILE.exec(entry)![1]!, file: path.join(folder, entry) }))
}
