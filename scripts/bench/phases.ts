/**
 * Where a build's time goes, from the time of each line it printed: every `▸ ` line starts a
 * phase named by its text (scripts/build.ts prints one per step; the names are not fixed here),
 * and a phase in which `next build` runs is split at Next's own progress lines: compile, type
 * check, collecting page data, static generation, finalizing/export.
 */
import type { TimedLine } from './process-tree'

export interface Phase {
  name: string
  ms: number
}

/** Before the first `▸ ` line: tsx and node starting, the settings read. */
const START_UP = 'start-up'

const STEP = /^▸ (.+)$/
/** Next's banner: the step running `next build` has started it. */
const NEXT_BANNER = /^▲ Next\.js\b/
const COMPILE = 'next compile'
const FINALIZING = 'next finalizing/export'
/** Next's progress lines that start a part (the first match wins). */
const NEXT_STARTS: [RegExp, string][] = [
  [/^✓ Generating static pages\b/, FINALIZING],
  [/^Generating static pages\b/, 'next static generation'],
  [/^Collecting page data\b/, 'next collecting page data'],
  [/^Running TypeScript\b/, 'next type check'],
]
/** Next's progress lines that end a part: the time up to the next start belongs to the part that starts then. */
const NEXT_ENDS = /^(✓ |⚠ )?Compiled\b|^Finished TypeScript\b/

// eslint-disable-next-line no-control-regex -- colour codes, should a tool print them
const ANSI = /\u001b\[[0-9;]*m/g
const plain = (text: string) => text.replace(ANSI, '').trim()

/**
 * The phases of a run of `totalMs` whose output lines are `lines` (in order of arrival; `ms`
 * since the start). They cover the run without gap or overlap: their times add up to `totalMs`.
 * Time before the first `▸ ` line is `start-up`; a step's time before Next's banner counts as compile.
 */
export function splitPhases(lines: readonly TimedLine[], totalMs: number): Phase[] {
  const phases: Phase[] = []
  /** The open phase; `undefined` between one of Next's parts ending and the next one starting. */
  let name: string | undefined = START_UP
  let startMs = 0
  let inNext = false
  const open = (atMs: number, next: string | undefined) => {
    if (name !== START_UP || atMs > 0) phases.push({ name: name ?? FINALIZING, ms: Math.max(0, atMs - startMs) })
    name = next
    startMs = atMs
  }
  for (const line of lines) {
    const text = plain(line.text)
    const step = STEP.exec(text)
    if (step) {
      open(line.ms, step[1]!)
      inNext = false
    } else if (!inNext) {
      if (NEXT_BANNER.test(text)) {
        inNext = true
        name = COMPILE
      }
    } else if (NEXT_ENDS.test(text)) {
      // Between parts already ("Finished TypeScript config validation" after "Skipping validation of types"): nothing ends.
      if (name !== undefined) open(line.ms, undefined)
    } else {
      const part = NEXT_STARTS.find(([pattern]) => pattern.test(text))?.[1]
      if (part === undefined || part === name) continue
      if (name === undefined) name = part
      else open(line.ms, part)
    }
  }
  open(totalMs, undefined)
  return phases
}

/** `name 12.3 s · name 45.6 s · …`, phases of the same name added together, in order of first appearance. */
export function formatPhases(phases: readonly Phase[]): string {
  const totals = new Map<string, number>()
  for (const phase of phases) totals.set(phase.name, (totals.get(phase.name) ?? 0) + phase.ms)
  return [...totals].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(' · ')
}
