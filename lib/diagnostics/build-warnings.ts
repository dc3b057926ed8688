import { AsyncLocalStorage } from 'node:async_hooks'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'

/**
 * Warnings for authors (a missing image, a broken link): printed as `path:line: message`
 * with the fix, like errors, but the build goes on.
 */
export interface BuildWarning {
  file: string
  line?: number
  message: string
  hint?: string
}

export function formatWarning(warning: BuildWarning): string {
  const where = warning.line === undefined ? warning.file : `${warning.file}:${warning.line}`
  return `warning: ${where}: ${warning.message}${warning.hint ? `\n  fix: ${warning.hint}` : ''}`
}

/** Where the build collects warnings across processes (contentlayer runs apart from the build script). */
export const WARNINGS_FILE_VARIABLE = 'BOOK_WARNINGS_FILE'

/** The warnings of the work running inside collectWarnings, kept instead of printed. */
const collector = new AsyncLocalStorage<BuildWarning[]>()

/**
 * Runs `work` and returns the warnings it reported instead of printing them: a page's render
 * keeps its warnings with it (lib/build/render-cache.ts), so a build that takes the page from
 * the cache still reports them.
 */
export async function collectWarnings<T>(work: () => Promise<T>): Promise<{ value: T; warnings: BuildWarning[] }> {
  const warnings: BuildWarning[] = []
  const value = await collector.run(warnings, work)
  return { value, warnings }
}

export function reportWarning(warning: BuildWarning): void {
  const collected = collector.getStore()
  if (collected) {
    collected.push(warning)
    return
  }
  console.warn(formatWarning(warning))
  const file = process.env[WARNINGS_FILE_VARIABLE]
  if (file) appendFileSync(file, `${JSON.stringify(warning)}\n`)
}

/** The warnings collected in `file` (one JSON object a line), without repeats. */
export function readWarnings(file: string): BuildWarning[] {
  if (!existsSync(file)) return []
  const lines = new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))
  return [...lines].map((line) => JSON.parse(line) as BuildWarning)
}
