/**
 * The site's folders, relative to the site folder: the content folder (Hugo's contentDir, of
 * the language built when it has its own; `content` by default) and the static folders
 * (staticDir, a name or a list; `static` by default).
 */
import { describe, type Reader } from './reader'

/** The content folder as configured, without trailing slashes. */
export function readContentDirName(reader: Reader): string {
  return (reader.text('contentdir') ?? 'content').replace(/\/+$/, '') || 'content'
}

/** The static folders as configured, whether or not they exist. */
export function readStaticDirNames(reader: Reader): string[] {
  const value = reader.get('staticdir')
  if (value === undefined || value === null) return ['static']
  const dirs = (Array.isArray(value) ? value : [value]).filter(
    (dir): dir is string => typeof dir === 'string' && dir.trim() !== '',
  )
  if (dirs.length === 0)
    reader.warn('staticdir', `expected a folder name or a list of them, found ${describe(value)}; static is used`)
  return dirs.length > 0 ? dirs : ['static']
}
