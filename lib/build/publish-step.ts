import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { isRunning } from './common/build-lock'
import { BuildStopped } from './common/build-stopped'
import { STOP } from './common/messages'

/**
 * The publish step: the finished export replaces the published site by renames, only once all
 * of it (the header files included) is written. First the export goes beside the target
 * (`<target>.next-<pid>`: in the target's folder, so on its file system; a rename, or a copy
 * when OUT_DIR is on another file system); then the target is renamed aside
 * (`<target>.previous-<pid>`) and the new site renamed in. Until then the target is untouched:
 * a failure (a full disk included) removes the copy and leaves the target as it was. The old
 * site is then removed by a process of its own, so that the build need not wait for tens of
 * thousands of files to go. A build killed halfway is undone by `undoPublish`.
 */
export function publishStep(
  exportDir: string,
  target: string,
  options: {
    /** How the export goes beside the target (tests make it fail as a full disk does). */
    move?: (from: string, to: string) => void
  } = {},
): void {
  const absolute = path.resolve(target)
  const { beside, aside } = publishFolders(absolute, process.pid)
  const move = options.move ?? moveFolder
  try {
    mkdirSync(path.dirname(absolute), { recursive: true })
    removeLeftovers(absolute)
    move(exportDir, beside)
  } catch (error) {
    rmSync(beside, { recursive: true, force: true })
    throw publishFailed(absolute, error)
  }
  const hadOne = existsSync(absolute)
  if (hadOne) renameSync(absolute, aside)
  try {
    renameSync(beside, absolute)
  } catch (error) {
    if (hadOne) renameSync(aside, absolute)
    rmSync(beside, { recursive: true, force: true })
    throw publishFailed(absolute, error)
  }
  if (hadOne) removeInBackground(aside)
}

/** Where the build process `pid` puts the new site before the swap, and the old one during it. */
function publishFolders(target: string, pid: number): { beside: string; aside: string } {
  return { beside: `${target}.next-${pid}`, aside: `${target}.previous-${pid}` }
}

/** Which folder `target` is (its device and inode), to tell later whether a new site was swapped in; undefined when there is none. */
export function folderIdentity(target: string): string | undefined {
  try {
    const { dev, ino } = statSync(target)
    return `${dev}:${ino}`
  } catch {
    return undefined
  }
}

/**
 * Puts `target` back as it was before the build process `pid` was killed (build-process.ts):
 * the old site back in place if the swap had begun, the new one beside it removed.
 */
export function undoPublish(target: string, pid: number): void {
  const { beside, aside } = publishFolders(target, pid)
  if (!existsSync(target) && existsSync(aside)) renameSync(aside, target)
  rmSync(beside, { recursive: true, force: true })
}

/** A file system's refusal (a full disk, no permission) as the build says it; anything else as it is. */
function publishFailed(target: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code
  return typeof code === 'string' ? new BuildStopped(STOP.publish(target, error as NodeJS.ErrnoException)) : error
}

/**
 * What builds that did not finish left beside the target (`<target>.previous-<pid>`, whose
 * removal the machine stopped; `<target>.next-<pid>`, of a build killed outright), unless that
 * build is still running.
 */
function removeLeftovers(target: string): void {
  const base = path.basename(target)
  for (const name of readdirSync(path.dirname(target))) {
    if (!name.startsWith(`${base}.`)) continue
    const pid = /^(?:previous|next)-(\d+)$/.exec(name.slice(base.length + 1))?.[1]
    if (pid !== undefined && (Number(pid) === process.pid || !isRunning(Number(pid))))
      rmSync(path.join(path.dirname(target), name), { recursive: true, force: true })
  }
}

/** Removes a folder in a process of its own, which goes on after this one ends. */
function removeInBackground(folder: string): void {
  const script = `require('node:fs').rmSync(${JSON.stringify(folder)}, { recursive: true, force: true })`
  spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref()
}

/** A rename, or a copy when `to` is on another file system (OUT_DIR on a tmpfs /tmp). */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    cpSync(from, to, { recursive: true })
    rmSync(from, { recursive: true, force: true })
  }
}
