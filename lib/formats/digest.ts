import { createHash } from 'node:crypto'

/** SHA-256 (hex) of several parts, each followed by a NUL so that ('ab', 'c') and ('a', 'bc') differ. Build-side only (node:crypto). */
export function sha256Hex(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}
