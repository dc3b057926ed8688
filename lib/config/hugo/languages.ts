/**
 * Hugo's `languages` block: only the default language is built. It is defaultContentLanguage
 * when that names a language of the block, else the language with the lowest weight (those
 * without a weight, or weight 0, last; then by key). Its block (contentDir, languageCode,
 * title, params, menus, …) is laid over the root settings.
 */
import { deepMerge, isTable, type Layer, type Table } from './merge'

export interface EffectiveSettings {
  /** The root settings with the default language's block laid over them. */
  tree: Table
  /** How each key path was written; the language block's keys also under their path from the root. */
  names: Map<string, string>
  /** The keys (lower case) of the languages not built. */
  otherLanguages: string[]
  /** The key (lower case) of the language built, when the configuration has a `languages` block. */
  defaultLanguage?: string
}

export function effectiveSettings(layer: Layer): EffectiveSettings {
  const { languages, ...rest } = layer.tree
  if (!isTable(languages) || Object.keys(languages).length === 0) {
    return { tree: rest, names: layer.names, otherLanguages: [], defaultLanguage: undefined }
  }
  const keys = Object.keys(languages)
  const configured = rest['defaultcontentlanguage']
  const wanted = typeof configured === 'string' ? configured.toLowerCase() : undefined
  const weightOf = (key: string) => {
    const block = languages[key]
    const weight = isTable(block) ? Number(block['weight']) : Number.NaN
    return Number.isFinite(weight) && weight !== 0 ? weight : Number.POSITIVE_INFINITY
  }
  const byWeight = [...keys].sort((a, b) => weightOf(a) - weightOf(b) || (a < b ? -1 : a > b ? 1 : 0))
  const defaultLanguage = wanted !== undefined && keys.includes(wanted) ? wanted : byWeight[0]!
  const chosen = languages[defaultLanguage]
  const block: Table = isTable(chosen) ? { ...chosen } : {}
  // Settings of the language itself, not of the site: nothing to report about them.
  delete block['weight']
  delete block['languagename']
  const names = new Map(layer.names)
  const prefix = `languages.${defaultLanguage}.`
  for (const [lower, shown] of layer.names) if (lower.startsWith(prefix)) names.set(lower.slice(prefix.length), shown)
  return { tree: deepMerge(rest, block), names, otherLanguages: keys.filter((key) => key !== defaultLanguage), defaultLanguage }
}
