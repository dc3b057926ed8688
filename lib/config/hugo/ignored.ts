/**
 * The settings that have no effect here, named as the owner wrote them, and the one line the
 * build prints about them: `hugo.toml: ignored theme, params.BookComments`.
 */
import type { Reader } from './reader'

/**
 * hugo-book settings an owner may expect to work, and why they do nothing here (lower case).
 * Other keys nothing reads are named bare.
 */
const NOT_SUPPORTED: Record<string, string> = {
  'params.bookcomments': 'not supported: comments need a service such as Disqus',
  'params.bookserviceworker': 'not supported: no offline service worker',
  'params.bookportablelinks': 'always on here: links to .md files work',
  'params.bookcommitpath': 'not supported: the last-modified date links to no commit',
}

/**
 * goldmark extensions on by default in Hugo that every page here has (GitHub Flavored Markdown's):
 * set on, they are honoured and not named; set off, they are named as ignored. strikethrough and
 * definitionList are read with the other Markdown settings (read-markup.ts).
 */
const ALWAYS_ON_EXTENSIONS = ['table', 'linkify', 'taskList', 'footnote']

/** What nothing read, with the reason for hugo-book's own settings. */
export function ignoredSettings(reader: Reader): string[] {
  const turnedOff = ALWAYS_ON_EXTENSIONS.flatMap((name) => {
    const key = `markup.goldmark.extensions.${name.toLowerCase()}`
    return reader.flag(key) === false ? [`${reader.shown(key)} (always on here)`] : []
  })
  const reasons = new Map(Object.entries(NOT_SUPPORTED).map(([lower, reason]) => [reader.shown(lower), reason]))
  const unused = reader.unused().map((shown) => (reasons.has(shown) ? `${shown} (${reasons.get(shown)})` : shown))
  return [...unused, ...turnedOff]
}

/** The line for the build's output, or undefined when every setting was used. */
export function ignoredSettingsLine(site: { files: string[]; ignored: string[] }): string | undefined {
  if (site.ignored.length === 0) return undefined
  return `${site.files.join(' + ')}: ignored ${site.ignored.join(', ')}`
}
