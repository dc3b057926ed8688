/**
 * A static server that compresses, as hosts do (the `serve` command, with out/serve.json's
 * headers), on a free port, for the benchmark's browsers: Lighthouse counts the bytes as
 * transferred, and `npm start`'s own server (scripts/start.ts) does not compress.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { onInterrupt } from './at-exit'

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

export async function waitForUrl(url: string, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(250)) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** Stops a child started with `detached: true`, and everything it started. */
export function stopGroup(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}

export async function serveFolder(dir: string): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort()
  // The command's own file, found through its package (and so known to be used).
  const serve = path.join(path.dirname(fileURLToPath(import.meta.resolve('serve/package.json'))), 'build', 'main.js')
  const child = spawn(process.execPath, [serve, dir, '-l', String(port), '--no-port-switching', '--no-clipboard'], {
    detached: true,
    stdio: 'ignore',
  })
  const stop = () => stopGroup(child)
  const unregister = onInterrupt(stop)
  const origin = `http://localhost:${port}`
  await waitForUrl(`${origin}/`, 30_000)
  return { origin, stop: () => (stop(), unregister()) }
}
