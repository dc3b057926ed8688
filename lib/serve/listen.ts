/**
 * Where `npm start` listens, and the line that says so. By default on the addresses `localhost`
 * resolves to (127.0.0.1 and ::1, as the system lists them) and no other: what a reader on this
 * machine opens, and nothing another machine can reach.
 */
import { lookup } from 'node:dns/promises'
import type { ListenHost } from './start-options'

/** The addresses to listen on, in order; `undefined`: every interface (as Node listens when given no host). */
export async function listenAddresses(host: ListenHost): Promise<(string | undefined)[]> {
  if (host.kind === 'all') return [undefined]
  if (host.kind === 'address') return [host.address]
  const found = await lookup('localhost', { all: true })
  return [...new Set(found.map((entry) => entry.address))]
}

/** The server's first line: the address to open, and who can reach it. */
export function listeningLine(
  folder: string,
  port: number,
  basePath: string,
  host: ListenHost,
  addresses: readonly string[],
): string {
  const served = `Serving ${folder.replace(/[\\/]+$/, '')}/`
  const at = (name: string) => `http://${name.includes(':') ? `[${name}]` : name}:${port}${basePath}/`
  // 0.0.0.0 and :: are every interface (of IPv4, of both).
  if (host.kind === 'all' || (host.kind === 'address' && ['0.0.0.0', '::'].includes(host.address)))
    return `${served} at ${at('localhost')} and on every network interface of this machine (port ${port}): other machines can open it.`
  if (host.kind === 'address') return `${served} at ${at(host.address)} (that address only).`
  return `${served} at ${at('localhost')}, on this machine only (${addresses.join(', ')}): npm start -- --host opens it to other machines.`
}
