/**
 * What `npm start` refuses before a request reaches the files: a static site answers GET and
 * HEAD alone (405 for the rest, as hosts do), and a path that cannot be a file's — malformed
 * percent-encoding, a NUL byte — is the client's mistake (400), not the server's (500).
 * And the hosts' header files the build writes beside the pages (lib/security/headers.ts) are
 * the server's configuration, never served (404), as on a host that reads them.
 */
import path from 'node:path'
import { HEADER_FILES } from '../security/headers'

export interface Refusal {
  status: 400 | 405
  headers: Record<string, string>
  body: string
}

const ALLOWED_METHODS = ['GET', 'HEAD']

/** Why this request is refused before any file is looked for; undefined when it may go on. */
export function refusal(method: string | undefined, url: string | undefined): Refusal | undefined {
  if (!ALLOWED_METHODS.includes(method ?? ''))
    return refused(405, `${method} is not allowed: this site answers GET and HEAD.`, {
      Allow: ALLOWED_METHODS.join(', '),
    })
  const pathname = (url ?? '').split(/[?#]/, 1)[0]!
  if (!pathname.startsWith('/')) return refused(400, 'The request’s path must start with /.')
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return refused(400, 'The request’s path has a malformed percent-encoding.')
  }
  if (decoded.includes('\0')) return refused(400, 'The request’s path holds a NUL byte.')
  return undefined
}

function refused(status: Refusal['status'], message: string, headers: Record<string, string> = {}): Refusal {
  return {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers },
    body: `${status === 405 ? 'Method Not Allowed' : 'Bad Request'}: ${message}\n`,
  }
}

/**
 * The files never to serve: the header files at the export's root, as the server finds them
 * under `folder` (the export is at `basePath` inside it). Absolute paths, as the file lookup
 * makes them from the request's path (`..` and `//` resolved), so no spelling of the URL reaches them.
 */
export function unservedFiles(folder: string, basePath: string): Set<string> {
  const root = path.join(path.resolve(folder), ...basePath.split('/').filter(Boolean).map(decodeURIComponent))
  return new Set(HEADER_FILES.map((name) => path.join(root, name)))
}
