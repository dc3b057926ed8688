/**
 * One build at a time in a checkout: builds share .next/, .contentlayer/ and out/.
 * `.build.lock` holds the owner's pid; a lock whose owner is gone is stale and is taken over.
 * scripts/build.ts takes it for the whole build; the benchmark takes it while it deletes
 * caches or runs the dev server, so that no build loses its files halfway.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

const LOCK = '.build.lock'

function heldByLiveProcess(): boolean {
  try {
    process.kill(Number(readFileSync(LOCK, 'utf8')), 0)
    return true
  } catch {
    return false
  }
}

/** One attempt: true when this process now holds the lock. */
function tryLock(): boolean {
  try {
    writeFileSync(LOCK, String(process.pid), { flag: 'wx' })
    return true
  } catch {
    if (!heldByLiveProcess()) rmSync(LOCK, { force: true })
    return false
  }
}

function releaseBuildLock(): void {
  if (existsSync(LOCK) && readFileSync(LOCK, 'utf8') === String(process.pid)) rmSync(LOCK, { force: true })
}

/** Waits (blocking) until this process holds the lock; released when the process exits. */
export function acquireBuildLockSync(onWait: () => void): void {
  for (let waited = 0; !tryLock(); waited++) {
    if (waited === 0) onWait()
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000)
  }
  process.on('exit', releaseBuildLock)
}

export async function withBuildLock<T>(work: () => Promise<T> | T): Promise<T> {
  while (!tryLock()) await sleep(1000)
  try {
    return await work()
  } finally {
    releaseBuildLock()
  }
}
