/**
 * The site's own settings: title, language and address (Hugo's title, languageCode and
 * baseURL), and hugo-book's simple params: BookSection, BookTheme, BookDateFormat,
 * BookMenuInlineLinks. Each function returns only what the configuration sets.
 */
import type { SiteConfigInput } from '../site-config'
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
  const language = reader.text('languagecode') ?? defaultLanguage ?? defaultContentLanguage
  if (language !== undefined) out.language = language
  const baseURL = reader.text('baseurl')
  // Hugo accepts a relative baseURL ("/"); sitemap, canonical and Open Graph URLs need an absolute one.
  if (baseURL !== undefined && /^https?:\/\/[^/]/i.test(baseURL)) out.baseURL = baseURL
  else if (baseURL !== undefined) reader.warn('baseurl', `${JSON.stringify(baseURL)} is not an absolute http(s) address; not used (set SITE_URL, or site.config.ts baseURL)`)
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
