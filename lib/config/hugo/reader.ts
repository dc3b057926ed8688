/**
 * Reads values from the merged, lower-cased settings and remembers which were read: what
 * nothing read is reported as ignored (`unused`), and a value of the wrong kind is a warning
 * naming the key as the owner wrote it, never an error.
 */
import { isTable, type Table } from './merge'

export class Reader {
  readonly warnings: string[] = []
  private readonly used = new Set<string>()

  constructor(
    private readonly tree: Table,
    private readonly names: Map<string, string>,
  ) {}

  /** The value at a lower-case dotted path; marks it (and all below it) as read. */
  get(lowerPath: string): unknown {
    this.used.add(lowerPath)
    let value: unknown = this.tree
    for (const key of lowerPath.split('.')) {
      if (!isTable(value)) return undefined
      value = value[key]
    }
    return value
  }

  /** How the owner wrote this key: `params.BookToC`. */
  shown(lowerPath: string): string {
    return this.names.get(lowerPath) ?? lowerPath
  }

  warn(lowerPath: string, message: string): void {
    this.warnings.push(`${this.shown(lowerPath)}: ${message}`)
  }

  /** Text, a number or a flag as text; blank is unset; anything else is a warning. */
  text(lowerPath: string): string | undefined {
    const value = this.get(lowerPath)
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim()
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    this.warn(lowerPath, `expected text, found ${describe(value)}; not used`)
    return undefined
  }

  /** true / false, also written as text; anything else is a warning. */
  flag(lowerPath: string): boolean | undefined {
    const value = this.get(lowerPath)
    if (value === undefined || value === null) return undefined
    if (typeof value === 'boolean') return value
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true'
    this.warn(lowerPath, `expected true or false, found ${describe(value)}; not used`)
    return undefined
  }

  /** Key paths of the tree that nothing read: the highest such key of each branch, as written. */
  unused(): string[] {
    const out: string[] = []
    const walk = (table: Table, prefix: string) => {
      for (const [key, value] of Object.entries(table)) {
        const lower = prefix === '' ? key : `${prefix}.${key}`
        if (this.used.has(lower)) continue
        const below = [...this.used].some((used) => used.startsWith(`${lower}.`))
        if (below && isTable(value)) walk(value, lower)
        else if (!below) out.push(this.shown(lower))
      }
    }
    walk(this.tree, '')
    return out
  }
}

/** A value as a message shows it: `a list`, `a table`, `"blue"`, `9`. */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return value.toISOString()
  if (isTable(value)) return 'a table'
  return JSON.stringify(value)
}
