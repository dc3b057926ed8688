/**
 * hugo-book's two extra menus, `menus.before` and `menus.after` (`[[menu.after]]`): entries
 * with a name and a url, or a pageRef. A pageRef is kept as written, not resolved here: the
 * site model (lib/site/menu-entries.ts) finds the page, takes its URL, and its link title when
 * the entry has no name (`name` is '' then), and warns when no page matches.
 */
import type { MenuEntry, SiteConfigInput } from '../site-config'
import { isTable, type Table } from './merge'
import { describe, type Reader } from './reader'

export function readMenus(reader: Reader): SiteConfigInput {
  const menus: Partial<Record<'before' | 'after', MenuEntry[]>> = {}
  for (const name of ['before', 'after'] as const) {
    const lowerPath = `menus.${name}`
    const value = reader.get(lowerPath)
    if (value === undefined || value === null) continue
    const items: unknown[] = Array.isArray(value) ? value : [value]
    const entries: MenuEntry[] = []
    items.forEach((item, index) => {
      const where = `${reader.shown(lowerPath)}[${index}]`
      if (!isTable(item)) {
        reader.warnings.push(
          `${where}: expected an entry with name and url (or pageRef), found ${describe(item)}; left out`,
        )
        return
      }
      const entry = readMenuEntry(item, (message) => reader.warnings.push(`${where}: ${message}`))
      if (entry) entries.push(entry)
    })
    menus[name] = entries
  }
  return menus.before !== undefined || menus.after !== undefined ? { menu: menus } : {}
}

/**
 * One entry. Without a pageRef: name, else identifier, else the url. With a pageRef: the url
 * is what the entry says ('' when nothing) and the name too ('' when nothing).
 */
function readMenuEntry(item: Table, warn: (message: string) => void): MenuEntry | undefined {
  const text = (key: string) => {
    const value = item[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    if (typeof value === 'number') return String(value)
    return undefined
  }
  const pageRef = text('pageref')
  const url = text('url')
  if (url === undefined && pageRef === undefined) {
    warn('has neither url nor pageRef; left out')
    return undefined
  }
  const name = text('name') ?? (pageRef === undefined ? (text('identifier') ?? url) : undefined) ?? ''
  const rawWeight = item['weight']
  const weight =
    typeof rawWeight === 'number'
      ? rawWeight
      : typeof rawWeight === 'string' && /^\s*-?\d+\s*$/.test(rawWeight)
        ? Number(rawWeight)
        : undefined
  if (rawWeight !== undefined && weight === undefined)
    warn(`weight: expected a whole number, found ${describe(rawWeight)}; not used`)
  const entry: MenuEntry = { name, url: url ?? '' }
  if (pageRef !== undefined) entry.pageRef = pageRef
  // Hugo treats weight 0 as no weight.
  if (weight) entry.weight = weight
  return entry
}
