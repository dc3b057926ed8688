/**
 * Parsing one Hugo configuration file (TOML, YAML or JSON) into a table of settings. A file
 * that does not parse is a ContentError naming the file, the line and a fix for that format.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ContentError } from '../../diagnostics/content-error'
import { normalizeSource, parseDataText, type RepeatedKey } from '../../formats/front-matter'
import { isTable, type Table } from './merge'

export type ConfigFormat = 'toml' | 'yaml' | 'json'

/** The format a file name says, or undefined for a file Hugo would not read as configuration. */
export function formatOf(file: string): ConfigFormat | undefined {
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

/**
 * One TOML, YAML or JSON file of a Hugo site (configuration, i18n, data/) as written, read as Hugo
 * reads it (a byte-order mark dropped, any line endings); one that does not parse is a
 * ContentError naming `shown`, the line, what the file is (`about`) and `hint`.
 */
export function readDataFile(
  absolute: string,
  shown: string,
  { hint, about }: { hint: string; about?: string },
): { data: unknown; repeatedKeys: RepeatedKey[] } {
  const format = formatOf(absolute)
  if (format === undefined) throw new Error(`not a TOML, YAML or JSON file: ${absolute}`)
  const parsed = parseDataText(format, normalizeSource(readFileSync(absolute, 'utf8')))
  if (!parsed.ok)
    throw new ContentError({
      file: shown,
      line: parsed.line,
      message: `invalid ${format.toUpperCase()}${about === undefined ? '' : ` ${about}`}: ${parsed.reason}`,
      hint,
    })
  return parsed
}

/**
 * The settings of one file (`absolute`), as written (keys not yet lower-cased); `shown` is how
 * messages name the file. An empty file is no settings. A key written twice (YAML, JSON) keeps
 * its last value, as in Hugo, and is told to `onRepeatedKey`.
 */
export function parseConfigFile(
  absolute: string,
  shown: string,
  onRepeatedKey: (repeated: RepeatedKey) => void = () => {},
): Table {
  const format = formatOf(absolute)
  if (format === undefined) throw new Error(`not a configuration file: ${absolute}`)
  const parsed = readDataFile(absolute, shown, { hint: FIX_HINTS[format] })
  const { data } = parsed
  parsed.repeatedKeys.forEach(onRepeatedKey)
  if (data === null || data === undefined) return {}
  if (!isTable(data)) {
    throw new ContentError({
      file: shown,
      line: 1,
      message: `the configuration must be a set of settings (key = value), not ${Array.isArray(data) ? 'a list' : typeof data}`,
      hint: FIX_HINTS[format],
    })
  }
  return data
}
