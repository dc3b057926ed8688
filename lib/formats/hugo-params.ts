/**
 * Hugo's params (a page's front matter, the site's `[params]`) as its templates see them: keys
 * lower-cased at every level, dates as Go prints a time.Time, and Go's way of printing a value
 * (`{{ . }}`): what the param shortcode shows.
 */

export type HugoParams = Readonly<Record<string, unknown>>

/** The front-matter keys Hugo reads as times (its page dates); other keys keep the text written. */
export const PAGE_DATE_KEYS: ReadonlySet<string> = new Set(['date', 'lastmod', 'publishdate', 'expirydate'])

const ISO_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * A date written `2023-01-02`, `2023-01-02T10:00:00+08:00` or `…Z` as Go's time.Time prints it
 * (`2023-01-02 00:00:00 +0000 UTC`, `2023-01-02 10:00:00 +0800 +0800`); undefined when it is no date.
 * A time without a zone is UTC, Hugo's default timeZone.
 */
export function goTimeString(text: string): string | undefined {
  const match = ISO_TIME.exec(text.trim())
  if (!match) return undefined
  const [, day, time = '00:00:00', fraction = '', zone = 'Z'] = match
  const nanos = fraction.replace(/0+$/, '')
  const offset = zone.toUpperCase() === 'Z' ? '+0000 UTC' : `${zone.replace(':', '')} ${zone.replace(':', '')}`
  return `${day} ${time}${nanos === '' ? '' : `.${nanos}`} ${offset}`
}

/**
 * Keys lower-cased at every level (Hugo's params are case-insensitive); a date value (TOML's,
 * `dateKeys`' text) becomes Go's text of it, so the params are plain data that prints as in Hugo.
 */
export function hugoParams(
  data: Readonly<Record<string, unknown>>,
  dateKeys: ReadonlySet<string> = new Set(),
): HugoParams {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    const lower = key.toLowerCase()
    const asTime = dateKeys.has(lower) && typeof value === 'string' ? goTimeString(value) : undefined
    out[lower] = asTime ?? plainValue(value)
  }
  return out
}

function plainValue(value: unknown): unknown {
  // smol-toml's dates print their own text (with the zone as written); other Dates are UTC.
  if (value instanceof Date) return goTimeString(value.toISOString()) ?? value.toISOString()
  if (Array.isArray(value)) return value.map(plainValue)
  if (typeof value === 'object' && value !== null) return hugoParams(value as Record<string, unknown>)
  return value
}

/**
 * A param as Hugo's `.Param` finds it (maps.GetNestedParam): the key, lower-cased, in each set
 * of params in turn (the page's, then the site's); then, for a dotted key (`author.name`), the path
 * through nested tables in each set in turn.
 */
export function lookupParam(key: string, ...candidates: HugoParams[]): unknown {
  const lower = key.toLowerCase()
  for (const params of candidates) if (Object.hasOwn(params, lower)) return params[lower]
  const path = lower.split('.')
  for (const params of candidates) {
    let value: unknown = params
    for (const segment of path) {
      value = isTable(value) && Object.hasOwn(value, segment) ? value[segment] : undefined
      if (value === undefined) break
    }
    if (value !== undefined) return value
  }
  return undefined
}

/** A value as Go's fmt prints it (`{{ . }}`): `[a b]` for a list, `map[a:1 b:x]` for a table (keys sorted). */
export function goPrint(value: unknown): string {
  if (value === null || value === undefined) return '<nil>'
  if (Array.isArray(value)) return `[${value.map(goPrint).join(' ')}]`
  if (isTable(value))
    return `map[${Object.keys(value)
      .sort()
      .map((key) => `${key}:${goPrint(value[key])}`)
      .join(' ')}]`
  return String(value)
}

/** Hugo's `with`: false, 0, '', nil and empty lists and tables are no value. */
export function isGoEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return isTable(value) && Object.keys(value).length === 0
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
