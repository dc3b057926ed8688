/**
 * The port `npm start` listens on: `-l`/`--listen` when given (they go to `serve` as they are),
 * else the `PORT` environment variable, as hosts and most Node servers (Next's own `next start`)
 * expect, else 3000.
 */
const DEFAULT_PORT = '3000'

export function listenPort(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { port: string; listenArgs: string[] } {
  const listenAt = Math.max(args.indexOf('-l'), args.indexOf('--listen'))
  if (listenAt >= 0) return { port: portOf(args[listenAt + 1] ?? DEFAULT_PORT), listenArgs: [] }
  const fromEnv = env['PORT']?.trim()
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!/^\d+$/.test(fromEnv) || Number(fromEnv) > 65535)
      throw new Error(`PORT=${fromEnv} is not a port number: give one from 0 to 65535 (e.g. PORT=3000 npm start).`)
    return { port: fromEnv, listenArgs: ['-l', fromEnv] }
  }
  return { port: DEFAULT_PORT, listenArgs: ['-l', DEFAULT_PORT] }
}

/** `-l` also takes `tcp://host:port`: the port alone is what the printed address needs. */
function portOf(listen: string): string {
  return /(\d+)$/.exec(listen)?.[1] ?? listen
}
