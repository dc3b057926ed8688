import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { plainProblem, type Problem } from '../diagnostics/problem'

/**
 * What `npm run dev` hands to `next dev` about its last update (scripts/dev.ts): nothing when it
 * built, else the problems and the sentence the terminal printed when it stopped. The open page
 * shows them (components/dev/BuildErrors) over the last good pages, until an update builds. The
 * file is written last in every update, after the documents and the plan, so that the page's
 * check for a new version (app/_site/load.ts) sees each update whole.
 */
export const DEV_ERRORS_FILE = path.join('.book', 'dev-errors.json')

export interface DevErrors {
  /** Each naming its file and line, with the fix. */
  problems: Problem[]
  /** Why the update stopped, as the terminal printed it after them. */
  stop: string
}

/** `undefined`: the update built. */
export function writeDevErrors(errors: DevErrors | undefined, cwd: string): void {
  const file = path.join(cwd, DEV_ERRORS_FILE)
  mkdirSync(path.dirname(file), { recursive: true })
  const state = errors ? { problems: errors.problems.map(plainProblem), stop: errors.stop } : null
  // Renamed into place: the page may read the file while it is being written.
  const partial = `${file}.${process.pid}.partial`
  writeFileSync(partial, JSON.stringify(state))
  renameSync(partial, file)
}

/** What stopped the last update, if it stopped (no file: no update has run yet). */
export function readDevErrors(cwd: string = process.cwd()): DevErrors | undefined {
  let text: string
  try {
    text = readFileSync(path.join(cwd, DEV_ERRORS_FILE), 'utf8')
  } catch {
    return undefined
  }
  return (JSON.parse(text) as DevErrors | null) ?? undefined
}
