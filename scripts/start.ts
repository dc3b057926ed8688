/**
 * `npm start`: serves the export (out/, or the folder given) on http://localhost:3000 (or
 * `PORT`) with `serve`, under the path it was built for (lib/serve/serve-folder.ts). Other
 * arguments go to `serve` (`npm start -- -l 4000`).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { listenPort } from '../lib/serve/listen-port'
import { exportBasePath, servedFolder } from '../lib/serve/serve-folder'

const args = process.argv.slice(2)
const outDir = args[0] && !args[0].startsWith('-') ? args.shift()! : 'out'
const basePath = exportBasePath(outDir)
const folder = servedFolder(outDir, basePath, path.join('.book', 'serve'))
let listening: ReturnType<typeof listenPort>
try {
  listening = listenPort(args, process.env)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(2)
}
const { port, listenArgs: listen } = listening
if (basePath !== '') console.log(`The site is built for ${basePath}/: open http://localhost:${port}${basePath}/`)
const child = spawn(path.join('node_modules', '.bin', 'serve'), [folder, ...listen, ...args], { stdio: 'inherit' })
child.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
