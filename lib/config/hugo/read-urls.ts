/**
 * The settings that decide URLs and which pages and feeds are written: disablePathToLower,
 * [permalinks], disableKinds, [outputs] and rssLimit. A value this project cannot follow is a warning naming the key, never an error.
 */
import { permalinkProblem } from '../../formats/permalinks'
import { DISABLEABLE_KINDS, FEED_KINDS, type DisabledKind, type FeedKind, type SiteConfigInput } from '../site-config'
import { isTable } from './merge'
import { describe, type Reader } from './reader'

/** Kinds Hugo 0.111 accepts in disableKinds that have no effect here, and why. */
const KINDS_NOT_FOLLOWED: Record<string, string> = {
  home: 'not supported: the home page is always written',
  section: 'not supported: section pages are always written',
  page: 'not supported: regular pages are always written',
}

/** Hugo's taxonomies: their [permalinks] move term pages, which the /tags/ and /categories/ routes here cannot follow. */
const TAXONOMY_KEYS = new Set(['tags', 'categories'])

export function readUrls(reader: Reader): SiteConfigInput {
  const out: SiteConfigInput = {}
  const disablePathToLower = reader.flag('disablepathtolower')
  if (disablePathToLower !== undefined) out.disablePathToLower = disablePathToLower
  const permalinks = readPermalinks(reader)
  if (permalinks) out.permalinks = permalinks
  const disableKinds = readDisableKinds(reader)
  if (disableKinds) out.disableKinds = disableKinds
  const kinds = readFeedKinds(reader)
  const limit = readRssLimit(reader)
  if (kinds || limit !== undefined) out.rss = { kinds: kinds ?? [...FEED_KINDS], limit: limit ?? -1 }
  return out
}

/** [outputs]: a kind whose list of formats leaves out "RSS" has no feed (a kind not listed keeps Hugo's HTML and RSS). */
function readFeedKinds(reader: Reader): FeedKind[] | undefined {
  const outputs = reader.get('outputs')
  if (outputs === undefined || outputs === null) return undefined
  if (!isTable(outputs)) {
    reader.warn('outputs', `expected a table of kind = ["HTML", "RSS"], found ${describe(outputs)}; not used`)
    return undefined
  }
  // Hugo 0.111 still reads the pre-0.73 name of the list of terms.
  const formatsOf = (kind: FeedKind) => outputs[kind] ?? (kind === 'taxonomy' ? outputs['taxonomyterm'] : undefined)
  return FEED_KINDS.filter((kind) => {
    const formats = formatsOf(kind)
    if (formats === undefined || formats === null) return true
    const names = Array.isArray(formats) ? formats : [formats]
    return names.some((name) => typeof name === 'string' && name.trim().toLowerCase() === 'rss')
  })
}

/** rssLimit (or services.rss.limit, its newer home): the most items a feed lists; below 1, every page. */
function readRssLimit(reader: Reader): number | undefined {
  for (const key of ['rsslimit', 'services.rss.limit']) {
    const value = reader.get(key)
    if (value === undefined || value === null) continue
    if (typeof value === 'number' && Number.isInteger(value)) return value
    reader.warn(key, `expected a whole number, found ${describe(value)}; not used`)
  }
  return undefined
}

/** `[permalinks] posts = "/:section/:year/:slug/"`: one pattern per top-level section (keys are lower case, as Hugo compares them). */
function readPermalinks(reader: Reader): Record<string, string> | undefined {
  const table = reader.get('permalinks')
  if (table === undefined || table === null) return undefined
  if (!isTable(table)) {
    reader.warn('permalinks', `expected a table of section = "pattern", found ${describe(table)}; not used`)
    return undefined
  }
  const patterns: Record<string, string> = {}
  for (const [key, value] of Object.entries(table)) {
    const path = `permalinks.${key}`
    // Hugo trims slashes around the key (`/posts/` is `posts`).
    const section = key.replace(/^\/+|\/+$/g, '')
    if (TAXONOMY_KEYS.has(section)) {
      reader.warn(
        path,
        'permalinks of taxonomy terms are not supported: term pages stay under /tags/ and /categories/; not used',
      )
      continue
    }
    if (typeof value !== 'string') {
      reader.warn(path, `expected a pattern such as "/:section/:year/:slug/", found ${describe(value)}; not used`)
      continue
    }
    const problem = permalinkProblem(value)
    if (problem) {
      reader.warn(path, `${JSON.stringify(value)}: ${problem} (Hugo 0.111 stops with "permalink ill-formed"); not used`)
      continue
    }
    patterns[section] = value
  }
  return patterns
}

/** disableKinds: the kinds this project writes are left out; the others are warnings saying why nothing changes. */
function readDisableKinds(reader: Reader): DisabledKind[] | undefined {
  const value = reader.get('disablekinds')
  if (value === undefined || value === null) return undefined
  const items = Array.isArray(value) ? value : [value]
  const kinds = new Set<DisabledKind>()
  for (const item of items) {
    if (typeof item !== 'string') {
      reader.warn(
        'disablekinds',
        `expected kind names such as "taxonomy" or "sitemap", found ${describe(item)}; not used`,
      )
      continue
    }
    // Hugo 0.111 still reads the pre-0.73 name of the list of terms.
    const kind = item.trim().toLowerCase() === 'taxonomyterm' ? 'taxonomy' : item.trim().toLowerCase()
    if ((DISABLEABLE_KINDS as readonly string[]).includes(kind)) kinds.add(kind as DisabledKind)
    else if (Object.hasOwn(KINDS_NOT_FOLLOWED, kind))
      reader.warn('disablekinds', `"${item}": ${KINDS_NOT_FOLLOWED[kind]}`)
    else
      reader.warn(
        'disablekinds',
        `"${item}" is not a kind Hugo knows (${[...DISABLEABLE_KINDS, ...Object.keys(KINDS_NOT_FOLLOWED)].join(', ')}); not used`,
      )
  }
  return [...kinds]
}
