import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

/**
 * Never a half-built site: `next build` always writes out/, so the previous out/ waits beside
 * it, as `.out-previous`, until the new one is complete, and comes back if a step fails (or
 * if a build was killed halfway: the next build puts it back before it starts).
 */

/** Where the previous output waits: `out` → `.out-previous`, beside it. */
export function previousOutput(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}-previous`)
}

/** Before next build: the current output, if any, moves aside (replacing an older one aside). */
export function moveOutputAside(outDir: string): void {
  const previous = previousOutput(outDir)
  rmSync(previous, { recursive: true, force: true })
  if (existsSync(outDir)) renameSync(outDir, previous)
}

/**
 * After a failure, or a build killed halfway: the output aside replaces what is in out/ now.
 * True when there was one to put back.
 */
export function restorePrevious(outDir: string): boolean {
  const previous = previousOutput(outDir)
  if (!existsSync(previous)) return false
  rmSync(outDir, { recursive: true, force: true })
  renameSync(previous, outDir)
  return true
}

/**
 * After a build that succeeded: the new output goes to `target` (replacing what was there);
 * when that is not out/ itself, the previous out/ comes back. Nothing is left aside.
 */
export function publishOutput(outDir: string, target: string): void {
  if (path.resolve(target) !== path.resolve(outDir)) {
    rmSync(target, { recursive: true, force: true })
    mkdirSync(path.dirname(path.resolve(target)), { recursive: true })
    moveFolder(outDir, target)
    restorePrevious(outDir)
  }
  rmSync(previousOutput(outDir), { recursive: true, force: true })
}

/** A rename, or a copy when the target is on another file system (OUT_DIR on a tmpfs /tmp). */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    cpSync(from, to, { recursive: true })
    rmSync(from, { recursive: true, force: true })
  }
}
