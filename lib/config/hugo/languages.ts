/**
 * Hugo's `languages` block. The default language is defaultContentLanguage when that names a
 * language of the block, else the language with the lowest weight (those without a weight, or
 * weight 0, last; then by key). Every language is built, one at a time: the one asked for
 * (BOOK_LANGUAGE, lib/config/build-context.ts), else the default; its block (contentDir,
 * languageCode, title, params, menus, …) is laid over the root settings.
 */
import { deepMerge, isTable, type Layer, type Table } from './merge'

/** One language of a multilingual site, as its block says. */
export interface SiteLanguage {
  /** The key, lower case: `en`, `zh`, `cn`. Its pages live under `/<key>/` unless it is the default one. */
  key: string
  /** languageName, else the key: what the language switcher shows. */
  name: string
  /** The language's contentDir, as written, when it has its own. */
  contentDir?: string
}

export interface EffectiveSettings {
  /** The root settings with the built language's block laid over them. */
  tree: Table
  /** How each key path was written; the language block's keys also under their path from the root. */
  names: Map<string, string>
  /** Every language of the `languages` block, in Hugo's order (weight, then key); empty without one. */
  languages: SiteLanguage[]
  /** The key (lower case) of the default language, when the configuration has a `languages` block. */
  defaultLanguage?: string
  /** The key (lower case) of the language built, when the configuration has a `languages` block. */
  language?: string
}

/** The settings of the language `wanted` (a key, any case), or of the default language. Throws when `wanted` is not a language of the site. */
export function effectiveSettings(layer: Layer, wanted?: string): EffectiveSettings {
  const { languages, ...rest } = layer.tree
  if (!isTable(languages) || Object.keys(languages).length === 0) {
    if (wanted !== undefined) throw new Error(`the site has no languages block, so it has no language "${wanted}"`)
    return { tree: rest, names: layer.names, languages: [] }
  }
  const keys = Object.keys(languages)
  const configured = rest['defaultcontentlanguage']
  const configuredDefault = typeof configured === 'string' ? configured.toLowerCase() : undefined
  const weightOf = (key: string) => {
    const block = languages[key]
    const weight = isTable(block) ? Number(block['weight']) : Number.NaN
    return Number.isFinite(weight) && weight !== 0 ? weight : Number.POSITIVE_INFINITY
  }
  const byWeight = [...keys].sort((a, b) => weightOf(a) - weightOf(b) || (a < b ? -1 : a > b ? 1 : 0))
  const defaultLanguage =
    configuredDefault !== undefined && keys.includes(configuredDefault) ? configuredDefault : byWeight[0]!
  const language = wanted === undefined ? defaultLanguage : wanted.toLowerCase()
  if (!keys.includes(language))
    throw new Error(`the site has no language "${wanted}"; its languages: ${byWeight.join(', ')}`)
  const chosen = languages[language]
  const block: Table = isTable(chosen) ? { ...chosen } : {}
  // Settings of the language itself, not of the site: nothing to report about them.
  delete block['weight']
  delete block['languagename']
  const names = new Map(layer.names)
  const prefix = `languages.${language}.`
  for (const [lower, shown] of layer.names) if (lower.startsWith(prefix)) names.set(lower.slice(prefix.length), shown)
  const siteLanguages = byWeight.map((key) => siteLanguage(key, languages[key]))
  return { tree: deepMerge(rest, block), names, languages: siteLanguages, defaultLanguage, language }
}

function siteLanguage(key: string, block: unknown): SiteLanguage {
  const table = isTable(block) ? block : {}
  const name =
    typeof table['languagename'] === 'string' && table['languagename'].trim() !== '' ? table['languagename'] : key
  const contentDir =
    typeof table['contentdir'] === 'string' && table['contentdir'].trim() !== '' ? table['contentdir'] : undefined
  return { key, name, ...(contentDir === undefined ? {} : { contentDir }) }
}
