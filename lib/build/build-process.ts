import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { constants } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { releaseLockOf } from './common/build-lock'
import { STOP } from './common/messages'
import { folderIdentity, undoPublish } from './publish-step'

/**
 * The build in a process of its own, which this one stops at once on SIGINT (Ctrl-C) or
 * SIGTERM (a CI's cancel, `kill`), whatever the build is busy with: its main thread can be
 * busy for minutes making the site-wide files of a large book beside `next build`, where a
 * handler of its own would wait. The build runs in a process group of its own, with every process it starts (render,
 * contentlayer and secure workers, `next build` and the processes that one starts); a stop
 * freezes the group, kills it unless the new site is already in place (then the build is let
 * finish: the site is whole), puts the previous output back if the swap had begun
 * (publish-step.ts), releases the build lock and says so in one line. Resolves with the exit
 * code: the build's, or the shell's for the signal (130 for SIGINT, 143 for SIGTERM).
 */
export function runBuildProcess(
  script: URL,
  args: readonly string[],
  options: { cwd: string; outDir: string },
): Promise<number> {
  const target = path.resolve(options.cwd, options.outDir)
  const before = folderIdentity(target)
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(script), ...args], {
    cwd: options.cwd,
    detached: true,
    stdio: 'inherit',
  })
  const group = -child.pid!
  /** The new site is in place: the swap is done, the target is another folder than before. */
  const isPublished = () => folderIdentity(target) !== undefined && folderIdentity(target) !== before
  let stoppedBy: NodeJS.Signals | undefined
  let stopping = false

  const stop = async (signal: NodeJS.Signals) => {
    if (stopping || child.exitCode !== null || child.signalCode !== null) return
    stopping = true
    try {
      process.kill(group, 'SIGSTOP')
      await frozen(child.pid!)
      if (isPublished()) {
        process.kill(group, 'SIGCONT')
        return
      }
      stoppedBy = signal
      killGroup(group)
    } catch {
      // The build ended meanwhile.
    }
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)

  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      // Killed itself (`kill` of the build's own process): its processes go with it, as on a stop.
      if (stoppedBy === undefined && signal !== null) {
        stoppedBy = signal
        killGroup(group)
      }
      if (stoppedBy === undefined) return resolve(code ?? 1)
      const published = isPublished()
      if (!published) undoPublish(target, child.pid!)
      releaseLockOf(options.cwd, child.pid!)
      console.error(`\n✗ ${STOP.interrupted(stoppedBy, options.outDir, published)}`)
      resolve(128 + constants.signals[stoppedBy])
    })
  })
}

function killGroup(group: number): void {
  try {
    process.kill(group, 'SIGKILL')
  } catch {
    // None of it is left.
  }
}

/**
 * Resolves once the process `pid` is stopped (state T in /proc/<pid>/stat), so that it renames
 * nothing more: a signal is not delivered the moment it is sent. Without /proc, after a moment.
 */
async function frozen(pid: number): Promise<void> {
  if (!existsSync('/proc/self/stat')) return sleep(100)
  for (let tries = 0; tries < 500; tries++) {
    const state = /^\d+ \(.*\) (\S)/s.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1]
    if (state === 'T' || state === 'Z') return
    await sleep(10)
  }
}
