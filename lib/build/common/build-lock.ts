/**
 * One build at a time in a checkout: builds share .book/, .contentlayer/ and .next/.
 * `.book/build.lock` holds the owner's pid; a lock whose owner is gone is stale and is taken
 * over. The build holds it from its first write to its last; the benchmark holds it while it
 * deletes caches or runs the dev server, so that no build loses its files halfway.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const LOCK = path.join('.book', 'build.lock')

/** Whether the process `pid` still runs (a signal 0 reaches it). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function heldByLiveProcess(file: string): boolean {
  try {
    return isRunning(Number(readFileSync(file, 'utf8')))
  } catch {
    return false
  }
}

/** One attempt: true when this process now holds the lock. */
function tryLock(file: string): boolean {
  mkdirSync(path.dirname(file), { recursive: true })
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' })
    return true
  } catch {
    if (!heldByLiveProcess(file)) rmSync(file, { force: true })
    return false
  }
}

function release(file: string, pid = process.pid): void {
  try {
    if (readFileSync(file, 'utf8') === String(pid)) rmSync(file, { force: true })
  } catch {
    // Already gone.
  }
}

/** Releases the lock of the checkout at `cwd` if the process `pid` holds it (a build killed outright: build-process.ts). */
export function releaseLockOf(cwd: string, pid: number): void {
  release(path.join(cwd, LOCK), pid)
}

/**
 * The variable a lock holder sets for a process it starts to work under its lock (the benchmark
 * runs `npm run dev`, whose updates take the lock): that process then neither waits for it nor
 * releases it.
 */
export const LOCK_HELD_BY = 'BOOK_BUILD_LOCK_HELD_BY'

function heldForUs(file: string, env: NodeJS.ProcessEnv): boolean {
  const holder = env[LOCK_HELD_BY]
  try {
    return holder !== undefined && readFileSync(file, 'utf8') === holder && heldByLiveProcess(file)
  } catch {
    return false
  }
}

/** Runs `work` holding the lock of the checkout at `cwd`, waiting for it first (`onWait` is told once). */
export async function withBuildLock<T>(cwd: string, onWait: () => void, work: () => Promise<T> | T): Promise<T> {
  const file = path.join(cwd, LOCK)
  if (heldForUs(file, process.env)) return work()
  for (let waited = 0; !tryLock(file); waited++) {
    if (waited === 0) onWait()
    await sleep(1000)
  }
  const onExit = () => release(file)
  process.on('exit', onExit)
  try {
    return await work()
  } finally {
    process.off('exit', onExit)
    release(file)
  }
}
