import { createHash } from 'node:crypto'

/** A file the build writes once for the whole site; its name carries a hash of its content, so it can be cached for ever. */
export interface HashedFile {
  /** e.g. `index.3ccabc63dbb0.json` */
  name: string
  /** Site URL of the file. */
  url: string
  body: string
}

export function hashedFile(route: string, stem: string, extension: string, body: string): HashedFile {
  const name = `${stem}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.${extension}`
  return { name, url: `${route}${name}`, body }
}
