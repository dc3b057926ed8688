/**
 * `npm start` as a host runs it: `PORT=… npm start` serves the export on that port (hosts and
 * process managers set PORT, as for `next start`). A real `serve` process on a small export.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

const ROOT = path.join(import.meta.dirname, '..', '..')

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function firstAnswer(url: string, deadline: number): Promise<string> {
  for (;;) {
    try {
      const response = await fetch(url)
      return await response.text()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

it('PORT=… npm start serves the export on that port', { timeout: 120_000 }, async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'start-port-'))
  mkdirSync(out, { recursive: true })
  writeFileSync(path.join(out, 'index.html'), '<!DOCTYPE html><title>served on PORT</title>')
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/start.ts', out],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port) },
      stdio: 'ignore',
    },
  )
  try {
    expect(await firstAnswer(`http://localhost:${port}/`, Date.now() + 90_000)).toContain('served on PORT')
  } finally {
    child.kill('SIGTERM')
  }
})
