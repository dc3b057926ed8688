import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { sha256Hex } from '../../formats/digest'

/**
 * What the code of a build is: every folder and file whose change may change a document or an
 * exported page (test files aside), and the exact installed packages. It is in every document's
 * key and in Next's build id, so a route, a component or a style sheet edited makes every page
 * render and export again: coarse, never stale.
 */
const ENGINE_SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'contentlayer.config.ts',
  'site.config.ts',
  'next.config.ts',
  'tsconfig.json',
  'package.json',
]
/** The installed packages, as npm recorded them (package-lock.json when node_modules has no record). */
const INSTALLED = [path.join('node_modules', '.package-lock.json'), 'package-lock.json']

export function engineVersion(cwd: string = process.cwd()): string {
  const files = ENGINE_SOURCES.flatMap((entry) => codeFiles(path.join(cwd, entry)))
  const installed = INSTALLED.map((file) => path.join(cwd, file)).find((file) => existsSync(file))
  return sha256Hex(
    ...files.flatMap((file) => [path.relative(cwd, file), readFileSync(file)]),
    installed ? readFileSync(installed) : 'no lock file',
  )
}

function codeFiles(entry: string): string[] {
  const stat = statSync(entry, { throwIfNoEntry: false })
  if (!stat) return []
  if (!stat.isDirectory()) return [entry]
  return readdirSync(entry, { withFileTypes: true, recursive: true })
    .filter((dirent) => dirent.isFile() && !/\.test\.tsx?$/.test(dirent.name))
    .map((dirent) => path.join(dirent.parentPath, dirent.name))
    .sort()
}
