/**
 * Reads an existing Hugo site's configuration (a hugo-book site's `hugo.toml` and friends) and
 * turns the settings this project understands into a `SiteConfigInput`. Everything else is
 * listed as ignored, never an error; a file that does not parse is an error with its line.
 *
 * Hugo's rules followed here:
 * - the first of hugo.{toml,yaml,yml,json}, then config.{toml,yaml,yml,json}, in the site folder;
 * - then every file of config/_default/ (and config/production/, Hugo's build environment),
 *   merged over it key by key: `params.toml` is `[params]`, `menus.toml` is `[menus]`,
 *   `menus.zh.toml` is `[languages.zh.menus]`, `hugo.toml` / `config.toml` are the root;
 * - keys are case-insensitive, `menu` is the old name of `menus`;
 * - with `languages`, the default language (defaultContentLanguage, else the lowest weight)
 *   is built: its block (contentDir, languageCode, title, params, menus) overrides the root.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { ContentError, isContentError } from '../diagnostics/content-error'
import { parseDataText } from '../formats/front-matter'
import { locateContentFile, pageUrl } from '../content/paths'
import { parseSourceFile } from '../content/source-file'
import type { MathConfig, MenuEntry, SiteConfigInput, ThemeChoice } from './site-config'

const EXTENSIONS = ['toml', 'yaml', 'yml', 'json'] as const
type ConfigFormat = 'toml' | 'yaml' | 'json'
const ROOT_NAMES = ['hugo', 'config'] as const
/** Hugo merges config/_default/ and then the folder of the environment; `hugo` builds for production. */
const CONFIG_DIR_LAYERS = ['_default', 'production'] as const

/** What this project takes from a Hugo site. */
export interface HugoSite {
  /** The site folder (absolute). */
  siteDir: string
  /** The configuration files read, relative to the site folder, in the order they were merged. */
  files: string[]
  /** The settings understood, to lay over site.config.ts. */
  config: SiteConfigInput
  /** The content folder of the built language (absolute). */
  contentDir: string
  /** Hugo's static folders (absolute; `static` unless staticDir says otherwise), whether or not they exist. */
  staticDirs: string[]
  /** Keys of the configuration that have no effect here, as written: `theme`, `params.BookComments`. */
  ignored: string[]
  /** Settings that were read but could not be used (a value of the wrong kind), one sentence each. */
  warnings: string[]
}

export interface ReadHugoSiteOptions {
  /** The content folder actually built (CONTENT_DIR wins over the config); menu pageRefs resolve in it. */
  contentDir?: string
  /** How messages name files: relative to this folder when inside it. */
  cwd?: string
}

/** True when the folder holds a Hugo configuration file (or a config/_default/ folder with one). */
export function hasHugoConfig(siteDir: string): boolean {
  return findRootConfig(siteDir) !== undefined || configDirFiles(siteDir).length > 0
}

/**
 * Reads the site's configuration. Throws a ContentError (file, line, fix) when a file does
 * not parse or when the folder has no Hugo configuration at all.
 */
export function readHugoSite(siteDirInput: string, options: ReadHugoSiteOptions = {}): HugoSite {
  const siteDir = path.resolve(siteDirInput)
  const cwd = options.cwd ?? process.cwd()
  const shown = (relative: string) => displayFile(path.join(siteDir, relative), cwd)

  if (!isDirectory(siteDir)) {
    throw new ContentError({
      file: displayFile(siteDir, cwd),
      message: 'this Hugo site folder does not exist',
      hint: 'point HUGO_SITE at the folder that holds the site’s hugo.toml (or config.toml, hugo.yaml, …)',
    })
  }
  const root = findRootConfig(siteDir)
  const layered = configDirFiles(siteDir)
  if (root === undefined && layered.length === 0) {
    throw new ContentError({
      file: displayFile(siteDir, cwd),
      message: 'no Hugo configuration here (hugo.toml, hugo.yaml, hugo.json, config.toml, … or config/_default/)',
      hint: 'point HUGO_SITE at the folder that holds the site’s hugo.toml, or use CONTENT_DIR=/path/to/content for a bare content folder',
    })
  }

  const merged: Layer = { tree: {}, names: new Map() }
  const files: string[] = []
  if (root !== undefined) {
    mergeLayer(merged, normalizeLayer(parseConfigFile(path.join(siteDir, root), shown(root)), []))
    files.push(root)
  }
  for (const relative of layered) {
    const data = parseConfigFile(path.join(siteDir, relative), shown(relative))
    mergeLayer(merged, normalizeLayer(data, keyPathOfConfigDirFile(relative)))
    files.push(relative)
  }

  const { tree, names, otherLanguages, defaultLanguage } = effectiveTree(merged)
  const reader = new Reader(tree, names)
  const config: SiteConfigInput = {}

  const title = reader.text('title')
  if (title !== undefined) config.title = title
  const defaultContentLanguage = reader.text('defaultcontentlanguage')
  const language = reader.text('languagecode') ?? defaultLanguage ?? defaultContentLanguage
  if (language !== undefined) config.language = language
  const baseURL = reader.text('baseurl')
  // Hugo accepts a relative baseURL ("/"); sitemap, canonical and Open Graph URLs need an absolute one.
  if (baseURL !== undefined && /^https?:\/\/[^/]/i.test(baseURL)) config.baseURL = baseURL
  else if (baseURL !== undefined) reader.warn('baseurl', `${JSON.stringify(baseURL)} is not an absolute http(s) address; not used (set SITE_URL, or site.config.ts baseURL)`)

  const bookSection = reader.text('params.booksection')
  if (bookSection !== undefined) config.bookSection = normalizeBookSection(bookSection)
  const toc = readToc(reader)
  if (Object.keys(toc).length > 0) config.toc = toc
  const theme = readTheme(reader)
  if (theme !== undefined) config.theme = theme
  const dateFormat = reader.text('params.bookdateformat')
  if (dateFormat !== undefined) config.dateFormat = dateFormat

  const contentDirName = (reader.text('contentdir') ?? 'content').replace(/\/+$/, '') || 'content'
  const configuredContentDir = path.resolve(siteDir, contentDirName)
  const contentDir = options.contentDir ? path.resolve(options.contentDir) : configuredContentDir
  const contentFolderInRepo = path.relative(siteDir, configuredContentDir).split(path.sep).join('/')

  const repository = readRepository(reader, contentFolderInRepo)
  if (repository) config.repository = repository

  const menu = readMenus(reader, contentDir)
  if (menu.before !== undefined || menu.after !== undefined) config.menu = menu

  const math = readMath(reader)
  if (math) config.math = math
  const unsafe = reader.flag('markup.goldmark.renderer.unsafe')
  if (unsafe !== undefined) config.unsafeHtml = unsafe
  const inlineLinks = reader.text('params.bookmenuinlinelinks')
  if (inlineLinks !== undefined) {
    if (/^\d+$/.test(inlineLinks)) config.menuInlineLinks = Number(inlineLinks)
    else reader.warn('params.bookmenuinlinelinks', `expected a whole number, found ${JSON.stringify(inlineLinks)}; not used`)
  }

  const staticDirs = readStaticDirs(reader).map((dir) => path.resolve(siteDir, dir))

  const ignored = [...reader.unused(), ...otherLanguages.map((lang) => `${names.get(`languages.${lang}`) ?? `languages.${lang}`} (only the default language is built)`)]
  return { siteDir, files, config, contentDir, staticDirs, ignored, warnings: reader.warnings }
}

/** The one line the build prints about settings it does not use, e.g. `hugo.toml: ignored theme, params.BookComments`. */
export function ignoredSettingsLine(site: HugoSite): string | undefined {
  if (site.ignored.length === 0) return undefined
  return `${site.files.join(' + ')}: ignored ${site.ignored.join(', ')}`
}

// ---------------------------------------------------------------------------------------------
// Finding and parsing the files

function findRootConfig(siteDir: string): string | undefined {
  for (const name of ROOT_NAMES) {
    for (const extension of EXTENSIONS) {
      const file = `${name}.${extension}`
      if (isFile(path.join(siteDir, file))) return file
    }
  }
  return undefined
}

/** Files of config/_default/ and config/production/ (sub-folders too), in Hugo's walking order. */
function configDirFiles(siteDir: string): string[] {
  const files: string[] = []
  const walk = (relative: string) => {
    const absolute = path.join(siteDir, relative)
    if (!isDirectory(absolute)) return
    for (const entry of readdirSync(absolute, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = `${relative}/${entry.name}`
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile() && formatOf(entry.name) !== undefined) files.push(child)
    }
  }
  for (const layer of CONFIG_DIR_LAYERS) walk(`config/${layer}`)
  return files
}

/** Where a config/_default/ file's content goes: `params.toml` → params, `menus.en.toml` → languages.en.menus. */
function keyPathOfConfigDirFile(relative: string): string[] {
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

function formatOf(file: string): ConfigFormat | undefined {
  const extension = path.extname(file).slice(1).toLowerCase()
  if (extension === 'toml') return 'toml'
  if (extension === 'yaml' || extension === 'yml') return 'yaml'
  if (extension === 'json') return 'json'
  return undefined
}

const FIX_HINTS: Record<ConfigFormat, string> = {
  toml: 'check that line: text needs quotes (title = "我的书"), a table is [params], a list of menu entries is [[menu.after]]',
  yaml: 'check the indentation of that line, and quote values that contain ": " or start with a special character',
  json: 'the file must be one JSON object: look for a missing comma or quote, or a comma before } or ]',
}

function parseConfigFile(absolute: string, shown: string): Record<string, unknown> {
  const format = formatOf(absolute)!
  const text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const parsed = parseDataText(format, text)
  if (!parsed.ok) throw new ContentError({ file: shown, line: parsed.line, message: `invalid ${format.toUpperCase()}: ${parsed.reason}`, hint: FIX_HINTS[format] })
  const { data } = parsed
  if (data === null || data === undefined) return {}
  if (!isTable(data)) {
    throw new ContentError({ file: shown, line: 1, message: `the configuration must be a set of settings (key = value), not ${Array.isArray(data) ? 'a list' : typeof data}`, hint: FIX_HINTS[format] })
  }
  return data
}

// ---------------------------------------------------------------------------------------------
// Case-insensitive keys, merging, the default language

/** A configuration with lower-case keys, and how each key path was written (for messages). */
interface Layer {
  tree: Table
  /** `params.booksection` → `params.BookSection`. */
  names: Map<string, string>
}

type Table = Record<string, unknown>

function normalizeLayer(data: Table, keyPath: string[]): Layer {
  let wrapped: Table = data
  for (const key of [...keyPath].reverse()) wrapped = { [key]: wrapped }
  const names = new Map<string, string>()
  return { tree: normalizeTable(wrapped, '', '', names), names }
}

function normalizeTable(table: Table, lowerPath: string, shownPath: string, names: Map<string, string> | undefined): Table {
  const out: Table = {}
  for (const [key, value] of Object.entries(table)) {
    let lower = key.toLowerCase()
    // `menu` is the old name of `menus`, at the root and in a language block.
    if (lower === 'menu' && (lowerPath === '' || /^languages\.[^.]+$/.test(lowerPath))) lower = 'menus'
    const childLower = lowerPath === '' ? lower : `${lowerPath}.${lower}`
    const childShown = shownPath === '' ? key : `${shownPath}.${key}`
    if (names && !names.has(childLower)) names.set(childLower, childShown)
    const normalized = normalizeValue(value, childLower, childShown, names)
    out[lower] = isTable(out[lower]) && isTable(normalized) ? deepMerge(out[lower] as Table, normalized) : normalized
  }
  return out
}

function normalizeValue(value: unknown, lowerPath: string, shownPath: string, names: Map<string, string> | undefined): unknown {
  if (isTable(value)) return normalizeTable(value, lowerPath, shownPath, names)
  // Inside lists (menu entries, delimiters) keys are lower-cased too, but not recorded.
  if (Array.isArray(value)) return value.map((item) => normalizeValue(item, lowerPath, shownPath, undefined))
  return value
}

function mergeLayer(into: Layer, from: Layer): void {
  into.tree = deepMerge(into.tree, from.tree)
  for (const [lower, shown] of from.names) if (!into.names.has(lower)) into.names.set(lower, shown)
}

/** Hugo's merge of configuration files: tables merge key by key, anything else is replaced. */
function deepMerge(into: Table, from: Table): Table {
  const out: Table = { ...into }
  for (const [key, value] of Object.entries(from)) {
    out[key] = isTable(out[key]) && isTable(value) ? deepMerge(out[key] as Table, value) : value
  }
  return out
}

/** The root settings with the default language's block laid over them. */
function effectiveTree(layer: Layer): { tree: Table; names: Map<string, string>; otherLanguages: string[]; defaultLanguage?: string } {
  const { languages, ...rest } = layer.tree
  if (!isTable(languages) || Object.keys(languages).length === 0) {
    return { tree: rest, names: layer.names, otherLanguages: [], defaultLanguage: undefined }
  }
  const keys = Object.keys(languages)
  const wanted = typeof rest['defaultcontentlanguage'] === 'string' ? rest['defaultcontentlanguage'].toLowerCase() : undefined
  const weightOf = (key: string) => {
    const block = languages[key]
    const weight = isTable(block) ? Number(block['weight']) : Number.NaN
    // Hugo sorts languages by weight, those without one (or 0) last, then by key.
    return Number.isFinite(weight) && weight !== 0 ? weight : Number.POSITIVE_INFINITY
  }
  const defaultLanguage =
    wanted !== undefined && keys.includes(wanted) ? wanted : [...keys].sort((a, b) => weightOf(a) - weightOf(b) || (a < b ? -1 : a > b ? 1 : 0))[0]!
  const block = isTable(languages[defaultLanguage]) ? { ...(languages[defaultLanguage] as Table) } : {}
  // Settings of the language itself, not of the site: nothing to report about them.
  delete block['weight']
  delete block['languagename']
  const names = new Map(layer.names)
  const prefix = `languages.${defaultLanguage}.`
  for (const [lower, shown] of layer.names) if (lower.startsWith(prefix)) names.set(lower.slice(prefix.length), shown)
  return { tree: deepMerge(rest, block), names, otherLanguages: keys.filter((key) => key !== defaultLanguage), defaultLanguage }
}

// ---------------------------------------------------------------------------------------------
// Reading values, and knowing which were read

class Reader {
  readonly warnings: string[] = []
  private readonly used = new Set<string>()

  constructor(
    private readonly tree: Table,
    private readonly names: Map<string, string>,
  ) {}

  /** The value at a lower-case dotted path; marks it (and all below it) as read. */
  get(lowerPath: string): unknown {
    this.use(lowerPath)
    let value: unknown = this.tree
    for (const key of lowerPath.split('.')) {
      if (!isTable(value)) return undefined
      value = value[key]
    }
    return value
  }

  use(lowerPath: string): void {
    this.used.add(lowerPath)
  }

  /** How the owner wrote this key: `params.BookToC`. */
  shown(lowerPath: string): string {
    return this.names.get(lowerPath) ?? lowerPath
  }

  warn(lowerPath: string, message: string): void {
    this.warnings.push(`${this.shown(lowerPath)}: ${message}`)
  }

  text(lowerPath: string): string | undefined {
    const value = this.get(lowerPath)
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim()
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    this.warn(lowerPath, `expected text, found ${describe(value)}; not used`)
    return undefined
  }

  flag(lowerPath: string): boolean | undefined {
    const value = this.get(lowerPath)
    if (value === undefined || value === null) return undefined
    if (typeof value === 'boolean') return value
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true'
    this.warn(lowerPath, `expected true or false, found ${describe(value)}; not used`)
    return undefined
  }

  /** Key paths of the tree that nothing read: the highest such key of each branch, as written. */
  unused(): string[] {
    const out: string[] = []
    const walk = (table: Table, prefix: string) => {
      for (const [key, value] of Object.entries(table)) {
        const lower = prefix === '' ? key : `${prefix}.${key}`
        if (this.used.has(lower)) continue
        const below = [...this.used].some((used) => used.startsWith(`${lower}.`))
        if (below && isTable(value)) walk(value, lower)
        else if (!below) out.push(this.shown(lower))
      }
    }
    walk(this.tree, '')
    return out
  }
}

function readToc(reader: Reader): NonNullable<SiteConfigInput['toc']> {
  const toc: NonNullable<SiteConfigInput['toc']> = {}
  const show = reader.get('params.booktoc')
  if (typeof show === 'boolean') toc.show = show
  else if (typeof show === 'string' && /^(true|false)$/i.test(show.trim())) toc.show = show.trim().toLowerCase() === 'true'
  // Older hugo-book took a number of levels here (0 meaning the default): the ToC is shown.
  else if (typeof show === 'number') toc.show = true
  else if (show !== undefined && show !== null) reader.warn('params.booktoc', `expected true or false, found ${describe(show)}; not used`)

  for (const [key, field] of [['startlevel', 'startLevel'], ['endlevel', 'endLevel']] as const) {
    const path = `markup.tableofcontents.${key}`
    const value = reader.get(path)
    if (value === undefined || value === null) continue
    const level = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value
    if (typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6) toc[field] = level
    else reader.warn(path, `expected a heading level from 1 to 6, found ${describe(value)}; not used`)
  }
  if (toc.startLevel !== undefined && toc.endLevel !== undefined && toc.startLevel > toc.endLevel) {
    reader.warn('markup.tableofcontents', `startLevel ${toc.startLevel} is below endLevel ${toc.endLevel}; the default levels are used`)
    delete toc.startLevel
    delete toc.endLevel
  }
  return toc
}

function readTheme(reader: Reader): ThemeChoice | undefined {
  const theme = reader.text('params.booktheme')
  if (theme === undefined) return undefined
  const choice = theme.toLowerCase()
  if (choice === 'light' || choice === 'dark' || choice === 'auto') return choice
  reader.warn('params.booktheme', `expected light, dark or auto, found ${JSON.stringify(theme)}; not used`)
  return undefined
}

/** hugo-book's BookSection: a section path; `*` (and `/`) meant every section, i.e. the root. */
function normalizeBookSection(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '')
  return trimmed === '*' ? '' : trimmed
}

/**
 * The edit link, formed as hugo-book forms it, with `{path}` for the file's path in the content folder:
 * - BookEditLink (hugo-book since 2025): a template; `{{ .Path }}` is the file's path from the site
 *   folder (`content/docs/a.md`), `{{ .Site.Params.BookRepo }}` the repository; the result goes through
 *   urls.JoinPath (doubled slashes removed);
 * - BookRepo + BookEditPath (hugo-book's layouts/partials/docs/links/edit.html):
 *   `{BookRepo}/{BookEditPath}{path from the site folder}`, BookEditPath pointing at the site folder
 *   in the repository (`edit/main/exampleSite`);
 * - older hugo-book (docs/footer.html before that) joined `{BookRepo}/{BookEditPath}/{path in content}`
 *   with BookEditPath pointing at the content folder (`edit/master/exampleSite/content`): a
 *   BookEditPath that already ends with the content folder's name is read that way.
 */
function readRepository(reader: Reader, contentFolder: string): SiteConfigInput['repository'] {
  const template = reader.text('params.bookeditlink')
  const editPath = reader.text('params.bookeditpath')
  if (template === undefined && editPath === undefined) return undefined
  const repo = reader.text('params.bookrepo')?.replace(/\/+$/, '')

  if (template !== undefined) {
    let link = template.replace(/\{\{-?\s*\.Site\.Params\.BookRepo\s*-?\}\}/gi, repo ?? '')
    link = link.replace(/\{\{-?\s*\.Path\s*-?\}\}/g, `/${contentFolder}/{path}`)
    if (/\{\{/.test(link)) {
      reader.warn('params.bookeditlink', 'only {{ .Path }} and {{ .Site.Params.BookRepo }} are understood in this template; no "edit this page" link')
      return undefined
    }
    if (/BookRepo/i.test(template) && repo === undefined) {
      reader.warn('params.bookeditlink', 'uses BookRepo, which is not set; no "edit this page" link')
      return undefined
    }
    const editLink = joinUrlPath(link)
    return { url: repo ?? originOf(editLink), editLink }
  }

  if (repo === undefined) {
    reader.warn('params.bookeditpath', 'needs params.BookRepo, as in hugo-book; no "edit this page" link')
    return undefined
  }
  const trimmed = editPath!.replace(/^\/+|\/+$/g, '')
  const pointsAtContent = contentFolder !== '' && !contentFolder.startsWith('..') && (trimmed === contentFolder || trimmed.endsWith(`/${contentFolder}`))
  const editLink = joinUrlPath(`${repo}/${trimmed}/${pointsAtContent ? '' : `${contentFolder}/`}{path}`)
  return { url: repo, editLink }
}

/** Hugo's urls.JoinPath: doubled slashes in the path collapse (the scheme's `//` stays). */
function joinUrlPath(url: string): string {
  const scheme = /^[a-z][a-z\d+.-]*:\/\//i.exec(url)?.[0] ?? ''
  return scheme + url.slice(scheme.length).replace(/\/{2,}/g, '/')
}

function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return url
  }
}

function readMenus(reader: Reader, contentDir: string): Partial<Record<'before' | 'after', MenuEntry[]>> {
  const menus: Partial<Record<'before' | 'after', MenuEntry[]>> = {}
  for (const name of ['before', 'after'] as const) {
    const path = `menus.${name}`
    const value = reader.get(path)
    if (value === undefined || value === null) continue
    const items = Array.isArray(value) ? value : [value]
    const entries: MenuEntry[] = []
    items.forEach((item, index) => {
      const where = `${reader.shown(path)}[${index}]`
      if (!isTable(item)) {
        reader.warnings.push(`${where}: expected an entry with name and url (or pageRef), found ${describe(item)}; left out`)
        return
      }
      const entry = readMenuEntry(item, contentDir, (message) => reader.warnings.push(`${where}: ${message}`))
      if (entry) entries.push(entry)
    })
    menus[name] = entries
  }
  return menus
}

function readMenuEntry(item: Table, contentDir: string, warn: (message: string) => void): MenuEntry | undefined {
  const text = (key: string) => {
    const value = item[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    if (typeof value === 'number') return String(value)
    return undefined
  }
  const pageRef = text('pageref')
  let url = text('url')
  let pageTitle: string | undefined
  if (pageRef !== undefined) {
    const page = resolvePageRef(contentDir, pageRef)
    if (page.found) pageTitle = page.title
    else if (url === undefined) warn(`pageRef ${JSON.stringify(pageRef)} matches no page in the content folder; linked to ${page.url}`)
    if (page.found || url === undefined) url = page.url
  }
  if (url === undefined) {
    warn('has neither url nor pageRef; left out')
    return undefined
  }
  const name = text('name') ?? pageTitle ?? text('identifier') ?? url
  const rawWeight = item['weight']
  const weight = typeof rawWeight === 'number' ? rawWeight : typeof rawWeight === 'string' && /^\s*-?\d+\s*$/.test(rawWeight) ? Number(rawWeight) : undefined
  if (rawWeight !== undefined && weight === undefined) warn(`weight: expected a whole number, found ${describe(rawWeight)}; not used`)
  // Hugo treats weight 0 as no weight.
  return weight ? { name, url, weight } : { name, url }
}

/**
 * A menu entry's pageRef (a path in the content folder, as Hugo's .GetPage takes it: `/docs/intro`,
 * `docs/intro.md`, `/docs/section`) → the page's URL by this project's rules (slug and url honoured).
 */
export function resolvePageRef(contentDir: string, pageRef: string): { found: boolean; url: string; title?: string } {
  const clean = pageRef.trim().replace(/[#?].*$/, '').replace(/^\/+|\/+$/g, '')
  const candidates = /\.(md|markdown)$/i.test(clean)
    ? [clean]
    : clean === ''
      ? ['_index.md']
      : [`${clean}.md`, `${clean}/_index.md`, `${clean}/index.md`, `${clean}.markdown`, `${clean}/_index.markdown`, `${clean}/index.markdown`]
  for (const candidate of candidates) {
    const file = path.join(contentDir, candidate)
    if (!isFile(file)) continue
    try {
      const { location, meta } = parseSourceFile(readFileSync(file, 'utf8'), candidate)
      return { found: true, url: pageUrl(location, { slug: meta.slug, url: meta.url }), title: meta.linkTitle ?? meta.title }
    } catch (error) {
      // A page that does not parse is reported by the content check; link to its natural URL.
      if (!isContentError(error)) throw error
      return { found: true, url: pageUrl(locateContentFile(candidate)) }
    }
  }
  return { found: false, url: pageUrl(locateContentFile(clean === '' ? '_index.md' : `${clean}.md`)) }
}

function readMath(reader: Reader): Partial<MathConfig> | undefined {
  const base = 'markup.goldmark.extensions.passthrough'
  const enable = reader.flag(`${base}.enable`)
  const block = readDelimiters(reader, `${base}.delimiters.block`)
  const inline = readDelimiters(reader, `${base}.delimiters.inline`)
  if (enable === undefined && block === undefined && inline === undefined) return undefined
  return { passthrough: enable ?? false, ...(block ? { block } : {}), ...(inline ? { inline } : {}) }
}

function readDelimiters(reader: Reader, lowerPath: string): [string, string][] | undefined {
  const value = reader.get(lowerPath)
  if (value === undefined || value === null) return undefined
  const pairs = Array.isArray(value) ? value : []
  const valid = pairs.filter((pair): pair is [string, string] => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string' && part !== ''))
  if (!Array.isArray(value) || valid.length !== pairs.length) {
    reader.warn(lowerPath, 'expected a list of [open, close] pairs, e.g. [["\\\\(", "\\\\)"]]; the other entries are left out')
  }
  return valid.map(([open, close]) => [open, close])
}

function readStaticDirs(reader: Reader): string[] {
  const value = reader.get('staticdir')
  if (value === undefined || value === null) return ['static']
  const dirs = (Array.isArray(value) ? value : [value]).filter((dir): dir is string => typeof dir === 'string' && dir.trim() !== '')
  if (dirs.length === 0) reader.warn('staticdir', `expected a folder name or a list of them, found ${describe(value)}; static is used`)
  return dirs.length > 0 ? dirs : ['static']
}

// ---------------------------------------------------------------------------------------------

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false
}

function isDirectory(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory()
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return value.toISOString()
  if (isTable(value)) return 'a table'
  return JSON.stringify(value)
}

/** How messages name a file: relative to the working folder when inside it. */
function displayFile(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute)
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/')
}
