import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Work a build step splits between processes, one per core: `script` (a file under scripts/,
 * run with tsx) is started once per share with the share's list in a file (one item a line)
 * and `args` after it. Resolves with each worker's standard output, in share order, once all
 * have ended; fails with what the failed ones wrote to standard error.
 */
export async function runWorkers(
  script: string,
  shares: readonly string[][],
  args: readonly string[] = [],
  cwd: string = process.cwd(),
): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'book-workers-'))
  try {
    const results = await Promise.all(
      shares.map((items, index) => {
        const listFile = path.join(dir, `share-${index}.txt`)
        writeFileSync(listFile, items.join('\n'))
        return new Promise<{ code: number | null; output: string; errors: string }>((resolve) => {
          const child = spawn(
            path.join(cwd, 'node_modules', '.bin', 'tsx'),
            [path.join(cwd, script), listFile, ...args],
            { cwd, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] },
          )
          let output = ''
          let errors = ''
          child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
          child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
          child.on('close', (code) => resolve({ code, output, errors }))
        })
      }),
    )
    const failed = results.filter((result) => result.code !== 0)
    if (failed.length > 0)
      throw new Error(
        failed.map((result) => result.errors.trim() || `${script} stopped (exit code ${result.code})`).join('\n'),
      )
    return results.map((result) => result.output)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Items split into `count` lists of about equal weight, heaviest first to the lightest list; empty lists dropped. */
export function balancedShares<T>(
  items: readonly T[],
  count: number,
  weight: (item: T) => number,
  name: (item: T) => string,
): string[][] {
  const lists = Array.from({ length: count }, () => ({ size: 0, names: [] as string[] }))
  for (const item of [...items].sort((a, b) => weight(b) - weight(a))) {
    const lightest = lists.reduce((best, list) => (list.size < best.size ? list : best))
    lightest.names.push(name(item))
    lightest.size += weight(item)
  }
  return lists.map((list) => list.names).filter((names) => names.length > 0)
}
