/**
 * Hugo's case-insensitive keys and its merge of configuration layers: every key is lower-cased
 * (`menu` becomes `menus`, its newer name), tables merge key by key, anything else is replaced.
 * How each key path was written is kept, so that messages name it as the owner wrote it.
 */

export type Table = Record<string, unknown>

/** A configuration with lower-case keys, and how each key path was written (for messages). */
export interface Layer {
  tree: Table
  /** `params.booksection` → `params.BookSection`. */
  names: Map<string, string>
}

export function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

/** One file's settings, placed at `keyPath` (`['params']` for config/_default/params.toml), keys lower-cased. */
export function normalizeLayer(data: Table, keyPath: string[]): Layer {
  let wrapped: Table = data
  for (const key of [...keyPath].reverse()) wrapped = { [key]: wrapped }
  const names = new Map<string, string>()
  return { tree: normalizeTable(wrapped, '', '', names), names }
}

function normalizeTable(
  table: Table,
  lowerPath: string,
  shownPath: string,
  names: Map<string, string> | undefined,
): Table {
  const out: Table = {}
  for (const [key, value] of Object.entries(table)) {
    let lower = key.toLowerCase()
    // `menu` is the old name of `menus`, at the root and in a language block.
    if (lower === 'menu' && (lowerPath === '' || /^languages\.[^.]+$/.test(lowerPath))) lower = 'menus'
    const childLower = lowerPath === '' ? lower : `${lowerPath}.${lower}`
    const childShown = shownPath === '' ? key : `${shownPath}.${key}`
    if (names && !names.has(childLower)) names.set(childLower, childShown)
    const normalized = normalizeValue(value, childLower, childShown, names)
    const existing = out[lower]
    out[lower] = isTable(existing) && isTable(normalized) ? deepMerge(existing, normalized) : normalized
  }
  return out
}

function normalizeValue(
  value: unknown,
  lowerPath: string,
  shownPath: string,
  names: Map<string, string> | undefined,
): unknown {
  if (isTable(value)) return normalizeTable(value, lowerPath, shownPath, names)
  // Inside lists (menu entries, delimiters) keys are lower-cased too, but not recorded.
  if (Array.isArray(value)) return value.map((item) => normalizeValue(item, lowerPath, shownPath, undefined))
  return value
}

/** Lays `from` over `into`; the first spelling of a key path is the one kept for messages. */
export function mergeLayer(into: Layer, from: Layer): void {
  into.tree = deepMerge(into.tree, from.tree)
  for (const [lower, shown] of from.names) if (!into.names.has(lower)) into.names.set(lower, shown)
}

/** Hugo's merge of configuration files: tables merge key by key, anything else is replaced. */
export function deepMerge(into: Table, from: Table): Table {
  const out: Table = { ...into }
  for (const [key, value] of Object.entries(from)) {
    const existing = out[key]
    out[key] = isTable(existing) && isTable(value) ? deepMerge(existing, value) : value
  }
  return out
}
