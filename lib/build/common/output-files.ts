import { renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Where a URL path of an export lies in its folder: `/docs/a/` → `<dir>/docs/a`, `/_next/static/inline/x.js` → `<dir>/_next/static/inline/x.js`. */
export function exportPath(dir: string, urlPath: string): string {
  return path.join(dir, ...urlPath.split('/').filter(Boolean))
}

/** Writes a file whole or not at all (a temporary file renamed into place): a reader, another worker or a killed build never sees half of it. */
export function writeWhole(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, content)
  renameSync(temporary, file)
}
