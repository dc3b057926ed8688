/**
 * The table of contents: whether it shows (hugo-book's BookToC) and its heading levels
 * (Hugo's markup.tableOfContents startLevel / endLevel, 1 to 6).
 */
import type { SiteConfigInput } from '../site-config'
import { describe, type Reader } from './reader'

type TocInput = NonNullable<SiteConfigInput['toc']>

/** `{ toc }` with what the configuration sets, or `{}` when it sets nothing usable. */
export function readToc(reader: Reader): SiteConfigInput {
  const toc: TocInput = {}
  const show = reader.get('params.booktoc')
  if (typeof show === 'boolean') toc.show = show
  else if (typeof show === 'string' && /^(true|false)$/i.test(show.trim()))
    toc.show = show.trim().toLowerCase() === 'true'
  // Older hugo-book took a number of levels here (0 meaning the default): the ToC is shown.
  else if (typeof show === 'number') toc.show = true
  else if (show !== undefined && show !== null)
    reader.warn('params.booktoc', `expected true or false, found ${describe(show)}; not used`)

  for (const [key, field] of [
    ['startlevel', 'startLevel'],
    ['endlevel', 'endLevel'],
  ] as const) {
    const lowerPath = `markup.tableofcontents.${key}`
    const value = reader.get(lowerPath)
    if (value === undefined || value === null) continue
    const level = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value
    if (typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6) toc[field] = level
    else reader.warn(lowerPath, `expected a heading level from 1 to 6, found ${describe(value)}; not used`)
  }
  if (toc.startLevel !== undefined && toc.endLevel !== undefined && toc.startLevel > toc.endLevel) {
    reader.warn(
      'markup.tableofcontents',
      `startLevel ${toc.startLevel} is below endLevel ${toc.endLevel}; the default levels are used`,
    )
    delete toc.startLevel
    delete toc.endLevel
  }
  return Object.keys(toc).length > 0 ? { toc } : {}
}
