import { de } from './de'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import { ja } from './ja'
import { ko } from './ko'
import { pt } from './pt'
import { ru } from './ru'
import type { Words } from './words'
import { zhCN } from './zh-cn'
import { zhTW } from './zh-tw'

export type { UiWords, Words } from './words'

const DICTIONARIES: Record<string, Words> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW, ja, ko, de, fr, es, pt, ru }

/** The languages that have a dictionary, as BCP 47 tags. */
export const dictionaryLanguages: readonly string[] = Object.keys(DICTIONARIES)

const BY_LOWER_CASE = new Map(dictionaryLanguages.map((language) => [language.toLowerCase(), language]))

/** Regions that write Chinese in Traditional characters. */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo'])

/**
 * The interface words for a site's `languageCode` (hugo's i18n lookup): the tag itself, else its
 * primary subtag (pt-BR → pt, en-US → en), with Chinese told apart by script, then region
 * (zh, zh-SG, zh-Hans-* → zh-CN; zh-HK, zh-MO, zh-Hant-* → zh-TW). Hugo sites also write `cn`
 * (→ zh-CN) and `jp` (→ ja). A language without a dictionary gets English, with `fallback: true`.
 */
export function wordsFor(language: string): { words: Words; language: string; fallback: boolean } {
  const found = dictionaryLanguage(language)
  return found
    ? { words: DICTIONARIES[found]!, language: found, fallback: false }
    : { words: en, language: 'en', fallback: true }
}

/** A site's own words for hugo-book's i18n ids, read from its i18n/<language>.yaml (lib/config/hugo/read-i18n.ts). */
export interface SiteTranslations {
  search?: string
  editPage?: string
  expand?: string
}

/** The words of a site: its language's dictionary, with the site's own translations over it, as Hugo lays a site's i18n over its theme's. */
export function siteWordsFor(config: { language: string; i18n?: SiteTranslations }): Words {
  const { words } = wordsFor(config.language)
  const own = config.i18n
  if (!own) return words
  return {
    ...words,
    ui: {
      ...words.ui,
      ...(own.editPage ? { editPage: own.editPage } : {}),
      search: own.search ? { ...words.ui.search, label: own.search, placeholder: own.search } : words.ui.search,
    },
    markdown: own.expand ? { ...words.markdown, expandSummary: own.expand } : words.markdown,
  }
}

function dictionaryLanguage(language: string): string | undefined {
  const tag = language.trim().toLowerCase().replaceAll('_', '-')
  const exact = BY_LOWER_CASE.get(tag)
  if (exact) return exact
  const [primary = '', ...subtags] = tag.split('-')
  if (primary === 'zh' || primary === 'cn') return chineseScript(subtags)
  if (primary === 'jp') return 'ja'
  return BY_LOWER_CASE.get(primary)
}

function chineseScript(subtags: string[]): string {
  if (subtags.includes('hant')) return 'zh-TW'
  if (subtags.includes('hans')) return 'zh-CN'
  return subtags.some((subtag) => TRADITIONAL_REGIONS.has(subtag)) ? 'zh-TW' : 'zh-CN'
}
