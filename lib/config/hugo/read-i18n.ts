/**
 * A Hugo site's own translations (`i18n/<language>.yaml|toml|json`), read over this project's
 * dictionaries as Hugo reads a site's i18n over its theme's: the ids hugo-book's templates use.
 * Both of Hugo's forms: a list of `{ id, translation }` and a map `id: translation` (or
 * `id: { other: … }`). A file that does not parse is an error with its line.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { InterfaceTranslations } from '../site-config'
import { readDataFile } from './parse-config-file'

/** hugo-book's ids that name words of this interface (its bookSearchConfig is not one: search here is FlexSearch's own). */
const HUGO_BOOK_IDS: Record<string, keyof InterfaceTranslations> = {
  search: 'search',
  'edit this page': 'editPage',
  expand: 'expand',
}

/** The site's translations for the first of these language names that has a file (`zh-cn`, then `zh`…). */
export function readSiteI18n(
  siteDir: string,
  languages: readonly string[],
  shown: (absolute: string) => string,
): InterfaceTranslations {
  const folder = path.join(siteDir, 'i18n')
  if (!existsSync(folder)) return {}
  for (const language of languages) {
    for (const extension of ['yaml', 'yml', 'toml', 'json']) {
      const file = path.join(folder, `${language}.${extension}`)
      if (existsSync(file)) return translationsOf(file, shown(file))
    }
  }
  return {}
}

function translationsOf(file: string, shown: string): InterfaceTranslations {
  const parsed = readDataFile(file, shown, {
    hint: 'a Hugo i18n file is a list of "- id: …" / "translation: …" entries, or a map id: translation',
  })
  const entries: [string, unknown][] = Array.isArray(parsed.data)
    ? parsed.data.flatMap((entry) =>
        entry && typeof entry === 'object' && 'id' in entry
          ? [[String(entry.id), (entry as { translation?: unknown }).translation] as [string, unknown]]
          : [],
      )
    : parsed.data && typeof parsed.data === 'object'
      ? Object.entries(parsed.data)
      : []
  const out: InterfaceTranslations = {}
  for (const [id, value] of entries) {
    const key = HUGO_BOOK_IDS[id.toLowerCase()]
    const text =
      typeof value === 'string'
        ? value
        : value && typeof value === 'object' && typeof (value as { other?: unknown }).other === 'string'
          ? (value as { other: string }).other
          : undefined
    if (key && text !== undefined && text.trim() !== '') out[key] = text.trim()
  }
  return out
}
