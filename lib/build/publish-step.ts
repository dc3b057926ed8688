import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

/**
 * The publish step: the finished export replaces the published one in one move. The last
 * output stays where it is until then (a build that stops earlier leaves it as it was), and
 * comes back if the move itself fails. It is then removed by a process of its own, so that the
 * build need not wait for tens of thousands of files to go (a large book's rebuild would).
 */
export function publishStep(exportDir: string, target: string): void {
  const absolute = path.resolve(target)
  const aside = `${absolute}.previous-${process.pid}`
  mkdirSync(path.dirname(absolute), { recursive: true })
  removeLeftovers(absolute)
  const hadOne = existsSync(absolute)
  if (hadOne) renameSync(absolute, aside)
  try {
    moveFolder(exportDir, absolute)
  } catch (error) {
    rmSync(absolute, { recursive: true, force: true })
    if (hadOne) renameSync(aside, absolute)
    throw error
  }
  if (hadOne) removeInBackground(aside)
}

/** Earlier outputs a removal did not finish (the machine stopped meanwhile): `<target>.previous-<pid>`. */
function removeLeftovers(target: string): void {
  const prefix = `${path.basename(target)}.previous-`
  for (const name of readdirSync(path.dirname(target)))
    if (name.startsWith(prefix)) rmSync(path.join(path.dirname(target), name), { recursive: true, force: true })
}

/** Removes a folder in a process of its own, which goes on after this one ends. */
function removeInBackground(folder: string): void {
  const script = `require('node:fs').rmSync(${JSON.stringify(folder)}, { recursive: true, force: true })`
  spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref()
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
