/**
 * `npm start` as readers and hosts run it: a real server (scripts/start.ts) on a small export.
 * It listens on this machine alone unless `--host` opens it, honours PORT, never serves the
 * header files, refuses bad paths (400) and other methods than GET and HEAD (405), and will not
 * start on a folder that is not a built site.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { networkInterfaces } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { writeFixture } from '../support/files'

const ROOT = path.join(import.meta.dirname, '..', '..')
const TIMEOUT = 120_000

/** A built site as the build leaves it: pages, the 404 page and the three header files. */
function builtSite(): string {
  return writeFixture({
    'index.html': '<!DOCTYPE html><title>home</title><p>served by npm start</p>',
    'docs/a/index.html': '<!DOCTYPE html><title>a</title>',
    // Page folders with a dot in their name (Hugo's URLs of `v1.2.md`, `dot..dot.md`) are folders, not files.
    'docs/v1.2/index.html': '<!DOCTYPE html><title>v1.2</title>',
    'docs/dot..dot/index.html': '<!DOCTYPE html><title>dot..dot</title>',
    '404.html': '<!DOCTYPE html><title>not found</title>',
    'serve.json': JSON.stringify({
      trailingSlash: true,
      directoryListing: false,
      headers: [{ source: '**', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }],
    }),
    _headers: '/*\n  X-Content-Type-Options: nosniff\n',
    'nginx-headers.conf': 'add_header X-Content-Type-Options "nosniff" always;\n',
  })
}

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

/** This machine's address on a network (what `hostname -I` lists first), if it has one. */
const networkAddress = Object.values(networkInterfaces())
  .flat()
  .find((entry) => entry && !entry.internal && entry.family === 'IPv4')?.address

const running: ChildProcess[] = []
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGTERM')
})

/** `npm start -- …args` in this process's Node (tsx's loader), so the process started is the server. */
function start(args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.push(child)
  return child
}

/** The server's first line, once it listens. */
async function firstLine(child: ChildProcess): Promise<string> {
  const errors: string[] = []
  child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString()))
  const lines = createInterface({ input: child.stdout! })
  const [line] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the server stopped (exit code ${code}): ${errors.join('')}`)
    }),
  ])) as [string]
  return line
}

/** Status, headers and body of one request, its path sent as written (no URL normalising it). */
function ask(
  host: string,
  port: number,
  urlPath: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path: urlPath, method, timeout: 10_000 }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }))
    })
    req.on('timeout', () => req.destroy(new Error(`no answer from ${host}:${port}`)))
    req.on('error', reject)
    req.end()
  })
}

describe('npm start', () => {
  it(
    'PORT=… npm start serves the export on that port, on this machine only, and says so',
    { timeout: TIMEOUT },
    async () => {
      const port = await freePort()
      const server = start([builtSite()], { PORT: String(port) })
      expect(await firstLine(server)).toMatch(
        new RegExp(
          `^Serving .*/ at http://localhost:${port}/, on this machine only \\(.*127\\.0\\.0\\.1.*\\): npm start -- --host opens it`,
        ),
      )
      expect((await ask('localhost', port, '/')).body).toContain('served by npm start')
      expect((await ask('127.0.0.1', port, '/docs/a/')).status).toBe(200)
      for (const page of ['v1.2', 'dot..dot'])
        expect((await ask('localhost', port, `/docs/${page}/`)).body, page).toContain(`<title>${page}</title>`)
      if (networkAddress) await expect(ask(networkAddress, port, '/')).rejects.toThrow(/ECONNREFUSED|no answer/)
    },
  )

  it('--host opens it to the machine’s other addresses', { timeout: TIMEOUT }, async (context) => {
    if (!networkAddress) context.skip()
    const port = await freePort()
    const server = start([builtSite(), '-l', String(port), '--host', '0.0.0.0'])
    expect(await firstLine(server)).toContain(`at http://localhost:${port}/ and on every network interface`)
    expect((await ask(networkAddress!, port, '/')).body).toContain('served by npm start')
  })

  it(
    'never serves the header files, refuses bad paths and methods other than GET and HEAD',
    { timeout: TIMEOUT },
    async () => {
      const port = await freePort()
      const server = start([builtSite(), '-l', String(port)])
      await firstLine(server)
      // As any missing file: the site's 404 page. (`/_headers`, without an extension, is first sent to `/_headers/`.)
      for (const file of ['/serve.json', '/nginx-headers.conf', '/_headers/', '/docs/../serve.json', '/serve.json/']) {
        const answer = await ask('localhost', port, file)
        expect(answer.status, file).toBe(404)
        expect(answer.body, file).toContain('<title>not found</title>')
      }
      expect((await ask('localhost', port, '/_headers')).status).not.toBe(200)
      for (const bad of ['/%00', '/docs/%00/', '/%E4%B8', '/%zz'])
        expect((await ask('localhost', port, bad)).status, bad).toBe(400)
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
        const answer = await ask('localhost', port, '/', method)
        expect(answer.status, method).toBe(405)
        expect(answer.headers['allow']).toBe('GET, HEAD')
      }
      const head = await ask('localhost', port, '/', 'HEAD')
      expect([head.status, head.body]).toEqual([200, ''])
    },
  )

  it('stops with one line saying what to do when there is no built site', { timeout: TIMEOUT }, async () => {
    const missing = path.join(writeFixture({}), 'out')
    for (const [folder, reason] of [
      [missing, 'does not exist'],
      [writeFixture({ 'docs/a.md': '# a' }), 'is not a built site'],
    ] as const) {
      const server = start([folder, '-l', String(await freePort())])
      let output = ''
      server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
      server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
      const [code] = await once(server, 'exit')
      expect(code).toBe(1)
      expect(output.trim().split('\n')).toHaveLength(1)
      expect(output).toContain(reason)
      expect(output).toContain('run npm run build')
    }
  })
})
