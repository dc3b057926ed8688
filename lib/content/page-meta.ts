import type { MenuRef, PageMeta as GeneratedPageMeta } from 'contentlayer/generated'
import { ContentError } from '../diagnostics/content-error'
import type { DocumentFields } from '../formats/document-fields'
import { parseHugoDate, type IsoDate } from '../formats/dates'
import { lineOfField, type ParsedSource } from '../formats/front-matter'
import { safeUrl } from '../security/urls'

/**
 * The front matter this project understands, typed and with Hugo's defaults applied: the values
 * of contentlayer's `PageMeta` type (contentlayer.config.ts), which the build stages for each page.
 */
export type PageMeta = DocumentFields<GeneratedPageMeta>

/** One front-matter menu entry: the menu's name (lower case) and, when given, the entry's name and weight. */
export type PageMenuRef = DocumentFields<MenuRef>

const DATE_KEYS = ['date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified'] as const
const LASTMOD_KEYS = ['lastmod', 'modified'] as const
const PUBLISH_KEYS = ['publishdate', 'pubdate', 'published', 'date'] as const
const EXPIRY_KEYS = ['expirydate', 'unpublishdate'] as const

/**
 * Reads the known fields (case-insensitively, as Hugo does; `params:` is merged in);
 * unknown fields are ignored. A known field with an unusable value is an error that
 * names the file, the line and the field.
 */
export function readPageMeta(source: ParsedSource, file: string): PageMeta {
  const fields = lowerCaseKeys(source.data)
  const fail = (key: string, message: string, hint: string): never => {
    throw new ContentError({ file, line: lineOfField(source, key) ?? source.frontMatterLine, message: `${key}: ${message}`, hint })
  }

  const text = (key: string): string | undefined => {
    const value = fields[key]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string') return value.trim() === '' ? undefined : value
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    return fail(key, `expected text, found ${describe(value)}`, `write ${key}: "…" as a single line of text`)
  }

  const flag = (key: string): boolean | undefined => {
    const value = fields[key]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'boolean') return value
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true'
    return fail(key, `expected true or false, found ${describe(value)}`, `write ${key}: true or ${key}: false`)
  }

  const list = (key: string): string[] => {
    const value = fields[key]
    if (value === undefined || value === null) return []
    const items = Array.isArray(value) ? value : [value]
    return items
      .map((item) => {
        if (typeof item === 'string' || typeof item === 'number') return String(item).trim()
        return fail(key, `expected a list of names, found ${describe(item)}`, `write ${key}: ["名称一", "名称二"]`)
      })
      .filter((item) => item !== '')
  }

  const date = (key: string): IsoDate | undefined => {
    const value = fields[key]
    if (value === undefined || value === null || value === '') return undefined
    const parsed = parseHugoDate(value)
    if (parsed) return parsed
    return fail(
      key,
      `cannot read ${JSON.stringify(value instanceof Date ? value.toISOString() : value)} as a date`,
      `write it as YYYY-MM-DD (e.g. ${key}: 2025-12-31) or with a time, e.g. 2025-12-31T08:00:00+08:00`,
    )
  }

  const weight = (): number => {
    const value = fields['weight']
    if (value === undefined || value === null || value === '') return 0
    if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value)
    if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return Number.parseInt(value, 10)
    return fail('weight', `expected a whole number, found ${describe(value)}`, 'write weight: 10 (lower weights come first in the menu)')
  }

  /** Hugo's forms: `menu: after`, `menu: [before, after]`, `menu: { after: { name: …, weight: … } }`. */
  const menus = (): PageMenuRef[] => {
    const key = fields['menus'] !== undefined && fields['menus'] !== null ? 'menus' : 'menu'
    const value = fields[key]
    if (value === undefined || value === null) return []
    const hint = `write ${key}: after, ${key}: [before, after], or ${key}: { after: { name: "菜单名", weight: 10 } }`
    const named = (name: unknown): PageMenuRef[] => {
      if (typeof name !== 'string') return fail(key, `expected menu names, found ${describe(name)}`, hint)
      return name.trim() === '' ? [] : [{ menu: name.trim().toLowerCase() }]
    }
    if (typeof value === 'string') return named(value)
    if (Array.isArray(value)) return value.flatMap(named)
    if (typeof value !== 'object' || value instanceof Date) {
      return fail(key, `expected a menu name, a list of names or a table of entries, found ${describe(value)}`, hint)
    }
    return Object.entries(value as Record<string, unknown>).map(([menu, entry]): PageMenuRef => {
      const ref: PageMenuRef = { menu: menu.toLowerCase() }
      if (entry === undefined || entry === null || entry === true || entry === '') return ref
      if (typeof entry !== 'object' || Array.isArray(entry) || entry instanceof Date) {
        return fail(key, `${menu}: expected the entry's name and weight, found ${describe(entry)}`, hint)
      }
      const settings = Object.fromEntries(Object.entries(entry).map(([name, setting]) => [name.toLowerCase(), setting]))
      const name = settings['name']
      if (typeof name === 'string' || typeof name === 'number') {
        if (String(name).trim() !== '') ref.name = String(name).trim()
      } else if (name !== undefined && name !== null) return fail(key, `${menu}.name: expected text, found ${describe(name)}`, hint)
      const weight = settings['weight']
      if (typeof weight === 'number' && Number.isFinite(weight)) ref.weight = Math.trunc(weight)
      else if (typeof weight === 'string' && /^\s*[+-]?\d+\s*$/.test(weight)) ref.weight = Number.parseInt(weight, 10)
      else if (weight !== undefined && weight !== null && weight !== '') {
        return fail(key, `${menu}.weight: expected a whole number, found ${describe(weight)}`, hint)
      }
      return ref
    })
  }

  /** `_build: { render: never }` (Hugo 0.111 also takes render: false). */
  const renderNever = (): boolean => {
    const build = fields['_build']
    if (build === undefined || build === null) return false
    if (typeof build !== 'object' || Array.isArray(build) || build instanceof Date) {
      return fail('_build', `expected a table of build options, found ${describe(build)}`, 'write _build: { render: never } or _build: { list: never }')
    }
    const render = Object.entries(build).find(([name]) => name.toLowerCase() === 'render')?.[1]
    return render === false || (typeof render === 'string' && /^(never|false)$/i.test(render.trim()))
  }

  const firstDate = (keys: readonly string[]): IsoDate | undefined => {
    for (const key of keys) {
      const value = date(key)
      if (value) return value
    }
    return undefined
  }

  return {
    title: text('title'),
    linkTitle: text('linktitle'),
    weight: weight(),
    date: firstDate(DATE_KEYS),
    lastmod: firstDate(LASTMOD_KEYS),
    description: text('description'),
    summary: text('summary'),
    draft: flag('draft') ?? false,
    categories: list('categories'),
    tags: list('tags'),
    // Links a reader follows: a javascript:/data: address is dropped (lib/security/urls.ts).
    source: safeUrl(text('source')),
    slug: text('slug'),
    url: text('url'),
    bookCollapseSection: flag('bookcollapsesection') ?? false,
    bookFlatSection: flag('bookflatsection') ?? false,
    bookHidden: flag('bookhidden') ?? false,
    bookHref: safeUrl(text('bookhref')),
    toc: flag('booktoc') ?? flag('toc'),
    bookSearchExclude: flag('booksearchexclude') ?? false,
    menus: menus(),
    publishDate: firstDate(PUBLISH_KEYS),
    expiryDate: firstDate(EXPIRY_KEYS),
    headless: flag('headless') ?? false,
    renderNever: renderNever(),
  }
}

/** Hugo treats front-matter keys case-insensitively; newer sites nest theme params under `params:`. */
function lowerCaseKeys(data: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  const params = data['params'] ?? data['Params']
  if (params && typeof params === 'object' && !Array.isArray(params)) {
    for (const [key, value] of Object.entries(params)) fields[key.toLowerCase()] = value
  }
  for (const [key, value] of Object.entries(data)) fields[key.toLowerCase()] = value
  return fields
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object' && value !== null) return 'a nested table'
  return JSON.stringify(value)
}
