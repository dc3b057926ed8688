/**
 * `npm run bench:load [-- --duration 30 --connections 100]`: the built site (out/, or OUT_DIR) under load.
 * Starts the production server (`npm start`, scripts/start.ts) on a free loopback port, runs
 * autocannon over every page of the sitemap and the search index in turn, and prints
 * requests per second, p50/p99 latency, errors and non-2xx answers (both must be 0, else
 * the exit code is 1) and the server's memory before, right after and 10 s after. Builds nothing; stops by
 * itself, and always stops the server (also on an error or Ctrl+C).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { freePort, waitForUrl } from './serve'
// autocannon ships no types; the few fields used here are typed below.
// @ts-expect-error -- untyped module
import autocannon from 'autocannon'

interface AutocannonResult {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number; average: number; max: number }
  throughput: { average: number }
  errors: number
  timeouts: number
  non2xx: number
  '2xx': number
}

/** How long after the load the server's memory is read again. */
const SETTLE_SECONDS = 10
// OUT_DIR, as for the build, measures another built folder.
const OUT = process.env['OUT_DIR'] || 'out'
let server: ChildProcess | undefined
const { values } = parseArgs({
  options: { duration: { type: 'string', default: '30' }, connections: { type: 'string', default: '100' } },
})
const duration = Number(values.duration)
const connections = Number(values.connections)
if (!(duration > 0) || !(connections > 0))
  stop('--duration and --connections take positive numbers, e.g. --duration 10')

const sitemap = path.join(OUT, 'sitemap.xml')
if (!existsSync(path.join(OUT, 'index.html')) || !existsSync(sitemap)) {
  stop(
    `No built site in ${OUT}/ (${existsSync(OUT) ? 'it has no index.html or sitemap.xml' : 'the folder does not exist'}). Run \`npm run build\` first.`,
  )
}

// Every page the sitemap lists, by path (the sitemap's host is the site's public address).
const pages = [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (match) => new URL(match[1]!).pathname,
)
const indexDir = path.join(OUT, 'search-index')
const searchIndex = existsSync(indexDir)
  ? readdirSync(indexDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => `/search-index/${name}`)
  : []
const paths = [...pages, ...searchIndex]
if (pages.length === 0) stop(`${sitemap} lists no pages. Run \`npm run build\` again.`)

function stopServer() {
  if (server && server.exitCode === null) server.kill('SIGTERM')
}
function stop(message: string): never {
  console.error(`✗ ${message}`)
  stopServer()
  process.exit(1)
}
process.on('exit', stopServer)
process.on('SIGINT', () => {
  console.error('\nInterrupted: the server is stopped.')
  stopServer()
  process.exit(130)
})

/** Resident memory of a process in MB, from /proc (Linux) or ps. */
function rssMb(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    if (kb) return Number(kb) / 1024
  } catch {
    const kb = Number(spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim())
    if (kb > 0) return kb / 1024
  }
  return undefined
}

const port = await freePort()
const base = `http://127.0.0.1:${port}`
// The server in this process's Node with tsx's loader (not tsx's own command, which starts another
// process), so that the pid measured and stopped is the server's.
server = spawn(
  process.execPath,
  ['--import', 'tsx', path.join('scripts', 'start.ts'), OUT, '-l', String(port), '--host', '127.0.0.1'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
)
server.once('exit', (code) => stop(`The server stopped (exit code ${code}).`))
await waitForUrl(`${base}/`, 30_000).catch((error: Error) => stop(error.message))
const serverPid = server.pid!
// One request of every path first: what the server holds once each file has been read.
for (const url of paths) await (await fetch(base + url)).arrayBuffer()
const rssBefore = rssMb(serverPid)

console.log(
  `Load: ${paths.length} paths (${pages.length} pages + ${searchIndex.length} search index) on ${base}, ${connections} connections for ${duration} s`,
)
const instance = autocannon({
  url: base,
  connections,
  duration,
  // Each connection walks the list in turn, so every page and the index are asked for alike.
  requests: paths.map((url) => ({ method: 'GET', path: url })),
})
autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false })
// Bounded: autocannon stops after `duration`; this is the backstop if it hangs.
const backstop = setTimeout(() => stop(`autocannon did not finish within ${duration + 30} s.`), (duration + 30) * 1000)
const result = (await new Promise<AutocannonResult>((resolve, reject) =>
  instance.on('done', resolve).on('error', reject),
)) as AutocannonResult
clearTimeout(backstop)
const rssAfter = rssMb(serverPid)
// Whether what the load took is given back once it stops.
await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000))
const rssSettled = rssMb(serverPid)
server.removeAllListeners('exit')
stopServer()

const mb = (value: number | undefined) => (value === undefined ? 'unknown' : `${value.toFixed(1)} MB`)
const failures = result.errors + result.timeouts + result.non2xx
console.log(
  [
    `requests/s    ${Math.round(result.requests.average)} (${result.requests.total} in ${duration} s, ${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s)`,
    `latency       p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    `errors        ${result.errors} (timeouts ${result.timeouts}), non-2xx ${result.non2xx}`,
    `server RSS    ${mb(rssBefore)} before, ${mb(rssAfter)} after, ${mb(rssSettled)} ${SETTLE_SECONDS} s later`,
  ].join('\n'),
)
if (failures > 0)
  stop(`${failures} request${failures === 1 ? '' : 's'} failed: the site must answer every request under load.`)
console.log('✓ no errors')
process.exit(0)
