import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ContentError, isContentError } from '../diagnostics/content-error'
import { lineOfField } from '../formats/front-matter'
import { pageUrl } from './paths'
import { displayPath, parseSourceFile } from './source-file'

const MARKDOWN = /\.(md|markdown)$/i
const SKIPPED_FOLDERS = new Set(['node_modules', '.git'])

/** Markdown files under the content folder, as sorted POSIX paths relative to it. */
export function listContentFiles(contentDir: string): string[] {
  const files: string[] = []
  const walk = (relativeDir: string) => {
    for (const entry of readdirSync(path.join(contentDir, relativeDir), { withFileTypes: true })) {
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(relative)
      else if (entry.isFile() && MARKDOWN.test(entry.name)) files.push(relative)
    }
  }
  walk('')
  return files.sort()
}

/**
 * Everything that must stop the build before anything is written: unreadable text,
 * malformed front matter, unusable field values, two files with one URL. Each error
 * names the file (and line); all of them are reported at once.
 */
export function checkContent(contentDir: string): ContentError[] {
  const errors: ContentError[] = []
  // Who claims each URL: the file, and the line of its url / slug field when that made the URL.
  const claims = new Map<string, Array<{ file: string; line?: number }>>()
  const claim = (url: string, file: string, line?: number) => claims.set(url, [...(claims.get(url) ?? []), { file, line }])
  const files = listContentFiles(contentDir)
  const fileSet = new Set(files)

  for (const filePath of files) {
    const shown = displayPath(contentDir, filePath)
    try {
      const text = decodeUtf8(readFileSync(path.join(contentDir, filePath)), shown)
      const { location, meta, source } = parseSourceFile(text, filePath, shown)
      const line = (meta.url && lineOfField(source, 'url')) || (meta.slug && lineOfField(source, 'slug')) || 1
      if (!meta.draft) claim(pageUrl(location, { slug: meta.slug, url: meta.url }), shown, line)
    } catch (error) {
      if (isContentError(error)) errors.push(error)
      else throw error
    }
  }
  // Hugo makes every top-level folder a section, with or without an _index.md.
  const topFolders = new Set(files.filter((file) => file.includes('/')).map((file) => file.split('/')[0]!))
  for (const folder of topFolders) {
    if (fileSet.has(`${folder}/_index.md`)) continue
    claim(pageUrl({ filePath: `${folder}/_index.md`, kind: 'section', isBundle: false, dir: folder, baseName: folder }), `${displayPath(contentDir, folder)}/ (a folder)`)
  }

  for (const [url, claimants] of claims) {
    if (claimants.length < 2) continue
    const [first, ...others] = claimants
    errors.push(
      new ContentError({
        file: first!.file,
        line: first!.line,
        message: `has the same URL ${url} as ${others.map(({ file, line }) => (line === undefined ? file : `${file}:${line}`)).join(', ')}`,
        hint: 'rename or move one of them, or give one a different slug or url in its front matter',
      }),
    )
  }
  return errors
}

/** UTF-8 text, or an error naming the line of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    let line = 1
    const decoder = new TextDecoder('utf-8', { fatal: true })
    let start = 0
    for (let index = 0; index <= bytes.length; index++) {
      if (index === bytes.length || bytes[index] === 10) {
        try {
          decoder.decode(bytes.subarray(start, index))
        } catch {
          break
        }
        line++
        start = index + 1
      }
    }
    throw new ContentError({ file, line, message: 'is not valid UTF-8 text', hint: 'save the file as UTF-8 (most editors offer "Save with encoding")' })
  }
}
