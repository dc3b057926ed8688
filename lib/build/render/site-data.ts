import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { formatOf, readDataFile } from '../../config/hugo/parse-config-file'
import { displayPath } from '../../content/sources'

/**
 * Hugo's .Site.Data, which a site's shortcode modules get as `site.data`: every YAML, JSON and
 * TOML file of the site's `data/` folder, keyed by its name without the extension, a sub-folder
 * a nested table (`data/team/members.yaml` → `data.team.members`). Keys are as written (Hugo
 * 0.111 keeps their case), YAML dates stay text, as in Hugo. A file that does not parse stops
 * the build with its file and line.
 */
export function readSiteData(folder: string, cwd: string = process.cwd()): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return data
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) {
      const nested = readSiteData(file, cwd)
      data[entry.name] = isTable(data[entry.name]) ? { ...(data[entry.name] as object), ...nested } : nested
      continue
    }
    const format = formatOf(entry.name)
    if (!entry.isFile() || format === undefined) continue
    const key = entry.name.slice(0, -path.extname(entry.name).length)
    const parsed = readDataFile(file, displayPath(folder, entry.name, cwd), {
      about: "in the site's data",
      hint: 'fix that line: shortcode modules read this file as site.data (Hugo’s .Site.Data)',
    })
    // A folder and a file of the same name (data/team/ and data/team.yaml) share the key: their tables merge.
    data[key] =
      isTable(parsed.data) && isTable(data[key]) ? { ...(data[key] as object), ...parsed.data } : (parsed.data ?? {})
  }
  return data
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}
