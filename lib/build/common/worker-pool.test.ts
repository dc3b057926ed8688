import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runInWorkers } from './worker-pool'

const WORKER = new URL('../../../test/support/hanging-worker.ts', import.meta.url)
const budget = { ms: 3000, overrun: (job: string) => new Error(`${job} took too long`) }

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('runInWorkers with a time budget per job', () => {
  it('gives the results in the jobs’ order when every job finishes in time', async () => {
    await expect(runInWorkers(WORKER, null, ['a', 'b', 'c'], { workers: 2, budget })).resolves.toEqual(['A', 'B', 'C'])
  })

  it('fails with the job that ran past the budget, and kills the worker stuck on it', { timeout: 60_000 }, async () => {
    const pidFile = path.join(mkdtempSync(path.join(tmpdir(), 'pool-')), 'pid')
    const job = `hang:${pidFile}`
    await expect(runInWorkers(WORKER, null, ['a', job, 'b'], { workers: 2, budget })).rejects.toThrow(
      `${job} took too long`,
    )
    expect(existsSync(pidFile)).toBe(true)
    const pid = Number(readFileSync(pidFile, 'utf8'))
    await expect.poll(() => alive(pid), { timeout: 10_000 }).toBe(false)
  })
})
