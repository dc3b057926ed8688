/**
 * The settings that have no effect here, named as the owner wrote them, and the one line the
 * build prints about them: `hugo.toml: ignored theme, params.BookComments`.
 */
import type { EffectiveSettings } from './languages'
import type { Reader } from './reader'

/** What nothing read, then each language not built (only the default language is built). */
export function ignoredSettings(reader: Reader, settings: EffectiveSettings): string[] {
  const languages = settings.otherLanguages.map((lang) => `${settings.names.get(`languages.${lang}`) ?? `languages.${lang}`} (only the default language is built)`)
  return [...reader.unused(), ...languages]
}

/** The line for the build's output, or undefined when every setting was used. */
export function ignoredSettingsLine(site: { files: string[]; ignored: string[] }): string | undefined {
  if (site.ignored.length === 0) return undefined
  return `${site.files.join(' + ')}: ignored ${site.ignored.join(', ')}`
}
