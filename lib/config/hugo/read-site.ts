/**
 * The site's own settings: title, language and address (Hugo's title, languageCode and
 * baseURL), and hugo-book's simple params: BookSection, BookTheme, BookDateFormat,
 * BookMenuInlineLinks, BookLogo, BookFavicon, BookSearch, BookMenuBundle, and this project's
 * BookListEmptySections and BookLimits. Each function
 * returns only what the configuration sets.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { ContentLimits, SiteConfigInput } from '../site-config'
import type { Reader } from './reader'

/**
 * title, language and baseURL. The language is languageCode, else the key of the language
 * built (`[languages.ja]`), else defaultContentLanguage, as written (`cn` stays `cn`).
 */
export function readSiteIdentity(reader: Reader, defaultLanguage: string | undefined): SiteConfigInput {
  const out: SiteConfigInput = {}
  const title = reader.text('title')
  if (title !== undefined) out.title = title
  const defaultContentLanguage = reader.text('defaultcontentlanguage')
  const languageCode = reader.text('languagecode')
  if (languageCode !== undefined) out.languageCode = languageCode
  const language = languageCode ?? defaultLanguage ?? defaultContentLanguage
  if (language !== undefined) out.language = language
  const baseURL = reader.text('baseurl')
  // Hugo accepts a relative baseURL ("/"); sitemap, canonical and Open Graph URLs need an absolute one.
  if (baseURL !== undefined && /^https?:\/\/[^/]/i.test(baseURL)) out.baseURL = baseURL
  else if (baseURL !== undefined)
    reader.warn(
      'baseurl',
      `${JSON.stringify(baseURL)} is not an absolute http(s) address; not used (set SITE_URL, or site.config.ts baseURL)`,
    )
  return out
}

/** hugo-book's BookSection: a section path; `*` (and `/`) meant every section, i.e. the root. */
export function readBookSection(reader: Reader): SiteConfigInput {
  const value = reader.text('params.booksection')
  if (value === undefined) return {}
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '')
  return { bookSection: trimmed === '*' ? '' : trimmed }
}

/** hugo-book's BookTheme: light, dark or auto, in any case. */
export function readTheme(reader: Reader): SiteConfigInput {
  const theme = reader.text('params.booktheme')
  if (theme === undefined) return {}
  const choice = theme.toLowerCase()
  if (choice === 'light' || choice === 'dark' || choice === 'auto') return { theme: choice }
  reader.warn('params.booktheme', `expected light, dark or auto, found ${JSON.stringify(theme)}; not used`)
  return {}
}

/** hugo-book's BookDateFormat: a Go reference layout. */
export function readDateFormat(reader: Reader): SiteConfigInput {
  const dateFormat = reader.text('params.bookdateformat')
  return dateFormat === undefined ? {} : { dateFormat }
}

/** BookMenuInlineLinks: how many menu entries a page carries in its HTML (a whole number). */
export function readMenuInlineLinks(reader: Reader): SiteConfigInput {
  const inlineLinks = reader.text('params.bookmenuinlinelinks')
  if (inlineLinks === undefined) return {}
  if (/^\d+$/.test(inlineLinks)) return { menuInlineLinks: Number(inlineLinks) }
  reader.warn('params.bookmenuinlinelinks', `expected a whole number, found ${JSON.stringify(inlineLinks)}; not used`)
  return {}
}

/** BookLimits (this project's): `[params.BookLimits]` with whole numbers for nesting, pageKB, frontMatterKB, renderSeconds. */
export function readLimits(reader: Reader): SiteConfigInput {
  const limits: Partial<ContentLimits> = {}
  for (const key of ['nesting', 'pageKB', 'frontMatterKB', 'renderSeconds'] as const) {
    const lowerPath = `params.booklimits.${key.toLowerCase()}`
    const value = reader.text(lowerPath)
    if (value === undefined) continue
    if (/^[1-9]\d*$/.test(value)) limits[key] = Number(value)
    else reader.warn(lowerPath, `expected a whole number above 0, found ${JSON.stringify(value)}; not used`)
  }
  return Object.keys(limits).length > 0 ? { limits } : {}
}

/** BookListEmptySections (this project's): whether a section page without text lists its pages. */
export function readListEmptySections(reader: Reader): SiteConfigInput {
  const listEmptySections = reader.flag('params.booklistemptysections')
  return listEmptySections === undefined ? {} : { listEmptySections }
}

/**
 * hugo-book's BookLogo and BookFavicon: paths in the static folders (`logo.png` is
 * static/logo.png), published at the site root as Hugo's relURL writes them (`/logo.png`).
 * The favicon defaults to `favicon.png`: the site's own replaces the book's icon when it has
 * one; a logo or favicon that is named but not there is a warning (the page would show a broken image).
 */
export function readImages(reader: Reader, staticDirs: readonly string[]): SiteConfigInput {
  const out: SiteConfigInput = {}
  const logo = reader.text('params.booklogo')
  if (logo !== undefined) {
    out.logo = siteFileUrl(logo)
    if (!inStaticDirs(logo, staticDirs))
      reader.warn(
        'params.booklogo',
        `${JSON.stringify(logo)} is not in the static folder; the menu shows a broken image (put the file in static/${logo.replace(/^\/+/, '')})`,
      )
  }
  const favicon = reader.text('params.bookfavicon')
  if (inStaticDirs(favicon ?? 'favicon.png', staticDirs)) out.favicon = siteFileUrl(favicon ?? 'favicon.png')
  else if (favicon !== undefined)
    reader.warn(
      'params.bookfavicon',
      `${JSON.stringify(favicon)} is not in the static folder; the book's own icon is used`,
    )
  return out
}

/** hugo-book's BookSearch (default true): false leaves out the search box, its script and its index. */
export function readSearch(reader: Reader): SiteConfigInput {
  const search = reader.flag('params.booksearch')
  return search === undefined ? {} : { search }
}

/** Older hugo-book's BookMenuBundle: the headless bundle shown as the menu (`/menu`). */
export function readMenuBundle(reader: Reader): SiteConfigInput {
  const menuBundle = reader.text('params.bookmenubundle')
  return menuBundle === undefined ? {} : { menuBundle }
}

/** Hugo's relURL for a file of the static folders; full addresses stay as written. */
function siteFileUrl(value: string): string {
  return /^[a-z][a-z0-9+.-]*:|^\/\//i.test(value) ? value : `/${value.replace(/^\/+/, '')}`
}

/** Whether a static folder holds the file (full addresses count as present: they are not ours to check). */
function inStaticDirs(value: string, staticDirs: readonly string[]): boolean {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value)) return true
  const relative = value.replace(/^\/+/, '').split('?')[0]!
  return staticDirs.some((dir) => existsSync(path.join(dir, relative)))
}
