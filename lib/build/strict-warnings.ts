import type { Env } from '../config/build-context'
import { counted, STOP } from './messages'

/**
 * Warnings (an unknown shortcode, a broken link, a missing image) are collected from every
 * process of the build (lib/diagnostics/build-warnings.ts) and printed as they happen. After
 * contentlayer, the build counts them; with --strict (or BOOK_STRICT=1) any of them stops it.
 */

export function isStrict(argv: readonly string[], env: Env): boolean {
  return argv.includes('--strict') || env['BOOK_STRICT'] === '1'
}

export interface WarningsOutcome {
  /** `3 warnings (listed above with file and line)`; absent when there were none. */
  summary?: string
  /** Present when the build stops: --strict and at least one warning. */
  stop?: string
}

export function warningsOutcome(warnings: number, strict: boolean): WarningsOutcome {
  if (warnings === 0) return {}
  const summary = `${counted(warnings, 'warning')} (listed above with file and line)`
  return strict ? { summary, stop: STOP.strict(warnings) } : { summary }
}
