/**
 * What `npm start` is told: `npm start -- [<folder>] [-l <port>] [--host [<address>]]`, and the
 * `PORT` environment variable, as hosts and most Node servers (Next's own `next start`) expect.
 * It listens on this machine alone unless told otherwise: a book being written is nobody
 * else's business, and the first line it prints says where it listens.
 */
import { isIP } from 'node:net'

const START_USAGE = 'npm start -- [<folder>] [-l <port>] [--host [<address>]]'
const DEFAULT_PORT = 3000

/** Where to listen: `localhost` alone (the default), every interface (`--host`), or one address. */
export type ListenHost = { kind: 'localhost' } | { kind: 'all' } | { kind: 'address'; address: string }

export interface StartOptions {
  /** The built site (out/ unless named). */
  folder: string
  port: number
  host: ListenHost
}

/** The options of `npm start`; throws an Error saying what to give when they do not read. */
export function startOptions(args: readonly string[], env: Readonly<Record<string, string | undefined>>): StartOptions {
  let folder: string | undefined
  let port: number | undefined
  let host: ListenHost = { kind: 'localhost' }
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined]
    if (flag === '-l' || flag === '--listen' || flag === '-p' || flag === '--port') {
      const value = inline ?? args[++index]
      port = portNumber(value, `${flag} ${value ?? ''}`.trim(), `${flag} 4000`)
    } else if (flag === '--host') {
      // `--host` alone opens every interface; the next argument is its address when it is one (`--host 0.0.0.0`).
      const next = args[index + 1]
      const value =
        inline ?? (next !== undefined && (isIP(next) !== 0 || next === 'localhost') ? args[++index] : undefined)
      host = value === undefined || value === '' ? { kind: 'all' } : { kind: 'address', address: value }
    } else if (arg.startsWith('-')) {
      throw new Error(`Unknown option ${arg}: ${START_USAGE}`)
    } else if (folder === undefined) {
      folder = arg
    } else {
      throw new Error(`One folder to serve, not two (${folder}, ${arg}): ${START_USAGE}`)
    }
  }
  const fromEnv = env['PORT']?.trim()
  if (port === undefined && fromEnv !== undefined && fromEnv !== '')
    port = portNumber(fromEnv, `PORT=${fromEnv}`, 'PORT=3000 npm start')
  return { folder: folder ?? 'out', port: port ?? DEFAULT_PORT, host }
}

function portNumber(value: string | undefined, given: string, example: string): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) > 65535)
    throw new Error(`${given} is not a port number: give one from 0 to 65535 (e.g. ${example}).`)
  return Number(value)
}
