import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeFixture } from '../../../test/support/files'
import { LOCK_HELD_BY, withBuildLock } from './build-lock'

/** A checkout whose lock a live process (another build, the benchmark) holds. */
function heldCheckout() {
  const holder = spawn('sleep', ['60'], { stdio: 'ignore' })
  const cwd = writeFixture({})
  mkdirSync(path.join(cwd, '.book'))
  const lock = path.join(cwd, '.book', 'build.lock')
  writeFileSync(lock, String(holder.pid))
  return { cwd, lock, holder }
}

afterEach(() => {
  delete process.env[LOCK_HELD_BY]
})

describe('the build lock', () => {
  it('waits while another live process holds it, and takes it once that one is gone', async () => {
    const { cwd, lock, holder } = heldCheckout()
    let waited = false
    const ran = withBuildLock(
      cwd,
      () => ((waited = true), holder.kill()),
      () => readFileSync(lock, 'utf8'),
    )
    expect(await ran).toBe(String(process.pid))
    expect(waited).toBe(true)
    expect(existsSync(lock)).toBe(false)
  })

  it('lets a process the holder started work under its lock, leaving the lock the holder’s', async () => {
    const { cwd, lock, holder } = heldCheckout()
    process.env[LOCK_HELD_BY] = String(holder.pid)
    let waited = false
    try {
      expect(
        await withBuildLock(
          cwd,
          () => (waited = true),
          () => 'done',
        ),
      ).toBe('done')
      expect(waited).toBe(false)
      expect(readFileSync(lock, 'utf8')).toBe(String(holder.pid))
    } finally {
      holder.kill()
    }
  })
})
