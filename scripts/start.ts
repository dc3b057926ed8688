/**
 * `npm start -- [<folder>] [-l <port>] [--host [<address>]]`: serves the built site (out/, or the
 * folder given) on http://localhost:3000 (or `PORT`), on this machine only unless `--host` opens
 * it, under the path it was built for (lib/serve/serve-folder.ts), with the headers the build
 * wrote (serve.json). Files are served by serve-handler (content types, ranges, ETags, the 404
 * page); what it must not see is refused first (lib/serve/request-checks.ts).
 */
import { lstat } from 'node:fs/promises'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import serveHandler from 'serve-handler'
import { listenAddresses, listeningLine } from '../lib/serve/listen'
import { refusal, unservedFiles } from '../lib/serve/request-checks'
import { exportBasePath, notABuiltSite, servedSite } from '../lib/serve/serve-folder'
import { startOptions } from '../lib/serve/start-options'

function stop(message: string, code: number): never {
  console.error(`✗ ${message}`)
  process.exit(code)
}

let options: ReturnType<typeof startOptions>
try {
  options = startOptions(process.argv.slice(2), process.env)
} catch (error) {
  stop(error instanceof Error ? error.message : String(error), 2)
}
const problem = notABuiltSite(options.folder)
if (problem) stop(problem, 1)

const basePath = exportBasePath(options.folder)
let scratch: string | undefined
const removeScratch = () => scratch && rmSync(scratch, { recursive: true, force: true })
process.on('exit', removeScratch)
const site = servedSite(options.folder, basePath, () => (scratch = mkdtempSync(path.join(tmpdir(), 'book-serve-'))))
// ETags as `serve` sent them: a revisit of an unchanged page is a 304.
const config = { etag: true, ...site.config, public: site.folder } as Parameters<typeof serveHandler>[2]
const unserved = unservedFiles(site.folder, basePath)
// serve-handler looks every file up with lstat: the header files are not there for it, so they get the site's 404.
const lookup = async (file: string) => {
  if (unserved.has(path.resolve(file))) throw Object.assign(new Error(`${file} is not served`), { code: 'ENOENT' })
  return lstat(file)
}
// Its types give lstat's callback form; it awaits what the method returns.
const methods: Parameters<typeof serveHandler>[3] = { lstat: lookup as never }

const servers: Server[] = []
const listened: string[] = []
let port = options.port
for (const address of await listenAddresses(options.host)) {
  const server = createServer((request, response) => {
    const refused = refusal(request.method, request.url)
    if (refused) return void response.writeHead(refused.status, refused.headers).end(refused.body)
    serveHandler(request, response, config, methods).catch((error: unknown) => {
      console.error(error)
      if (response.headersSent) response.destroy()
      else response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Internal Server Error\n')
    })
  })
  const failed = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
    server.once('error', resolve)
    server.listen(port, address, () => (server.off('error', resolve), resolve(undefined)))
  })
  // A system without IPv6 may still resolve localhost to ::1: the other address serves.
  const unavailable = failed?.code === 'EADDRNOTAVAIL' || failed?.code === 'EAFNOSUPPORT'
  if (unavailable && options.host.kind === 'localhost') continue
  if (failed?.code === 'EADDRINUSE')
    stop(`Port ${port} is in use: stop what listens there, or choose another (PORT=${port + 1} npm start).`, 1)
  if (failed) stop(`Cannot listen on ${address ?? 'every interface'}, port ${port}: ${failed.message}`, 1)
  // Port 0 (any free port): the other addresses take the one the first was given.
  port = (server.address() as { port: number }).port
  servers.push(server)
  listened.push(address ?? '*')
}
if (servers.length === 0) stop(`Cannot listen on localhost, port ${port}: none of its addresses is available.`, 1)
console.log(listeningLine(options.folder, port, basePath, options.host, listened))

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    for (const server of servers) server.close()
    process.exit(0)
  })
