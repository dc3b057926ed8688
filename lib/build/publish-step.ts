import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

/**
 * The publish step: the finished export replaces the published one in one move. The last
 * output stays where it is until then (a build that stops earlier leaves it as it was), and
 * comes back if the move itself fails.
 */
export function publishStep(exportDir: string, target: string): void {
  const aside = `${target}.previous-${process.pid}`
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true })
  rmSync(aside, { recursive: true, force: true })
  const hadOne = existsSync(target)
  if (hadOne) renameSync(target, aside)
  try {
    moveFolder(exportDir, target)
  } catch (error) {
    rmSync(target, { recursive: true, force: true })
    if (hadOne) renameSync(aside, target)
    throw error
  }
  rmSync(aside, { recursive: true, force: true })
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
