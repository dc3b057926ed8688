import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseSource, type ParsedSource } from '../formats/front-matter'
import { readPageMeta, type PageMeta } from './page-meta'
import { locateContentFile, type ContentLocation } from './paths'

/** One content file, read and understood (front matter typed, place in the site known). */
export interface SourceFile {
  location: ContentLocation
  source: ParsedSource
  meta: PageMeta
}

/** Reads and parses a content file; throws a ContentError naming the file and line. */
export function readSourceFile(contentDir: string, filePath: string): SourceFile {
  const text = readFileSync(path.join(contentDir, filePath), 'utf8')
  return parseSourceFile(text, filePath, displayPath(contentDir, filePath))
}

/** `displayFile` is how messages name the file (see displayPath). */
export function parseSourceFile(text: string, filePath: string, displayFile: string = filePath): SourceFile {
  const source = parseSource(text, displayFile)
  return { location: locateContentFile(filePath), source, meta: readPageMeta(source, displayFile) }
}

/** How errors name a content file: relative to the working folder when inside it (`content/docs/a.md`). */
export function displayPath(contentDir: string, filePath: string, cwd: string = process.cwd()): string {
  const absolute = path.join(contentDir, filePath)
  const relative = path.relative(cwd, absolute)
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/')
}

/**
 * The section a file belongs to, as a folder path ('' is the home page): the nearest
 * enclosing folder that has an `_index.md`, or a top-level folder (Hugo makes those
 * sections even without one). Null for the home page itself.
 */
export function parentSectionDir(contentDir: string, location: ContentLocation): string | null {
  if (location.kind === 'home') return null
  const own = location.dir.split('/').filter((part) => part !== '')
  // A section's parent starts above its own folder; a page (or bundle) looks from its folder up.
  let candidate = location.kind === 'section' || location.isBundle ? own.slice(0, -1) : own
  while (candidate.length > 0) {
    if (candidate.length === 1 || existsSync(path.join(contentDir, ...candidate, '_index.md'))) return candidate.join('/')
    candidate = candidate.slice(0, -1)
  }
  return ''
}
