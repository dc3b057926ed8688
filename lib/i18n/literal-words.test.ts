import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Interface words live in lib/i18n, one dictionary per language. This guard fails when a
 * Chinese word (a Han character, or CJK punctuation such as （ ： ，) is written into the code
 * that makes the pages, so an English book cannot show it. Comments may say anything.
 */
const ROOT = path.resolve(__dirname, '../..')
const SCANNED = [
  { folder: 'lib/markdown', extensions: ['.ts'] },
  { folder: 'components', extensions: ['.ts', '.tsx'] },
  { folder: 'app', extensions: ['.ts', '.tsx'] },
]
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u

/** Blanks out comments (crudely: a `//` or `/*` inside a string is taken for one) and keeps the lines where they were. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1')
}

function sourceFiles(folder: string, extensions: string[]): string[] {
  return (readdirSync(path.join(ROOT, folder), { recursive: true }) as string[])
    .filter((file) => extensions.some((extension) => file.endsWith(extension)) && !/\.(test|spec)\.tsx?$/.test(file))
    .map((file) => path.join(folder, file))
}

describe('no interface words outside lib/i18n', () => {
  it.each(SCANNED)('$folder', ({ folder, extensions }) => {
    const found: string[] = []
    for (const file of sourceFiles(folder, extensions)) {
      withoutComments(readFileSync(path.join(ROOT, file), 'utf8'))
        .split('\n')
        .forEach((line, index) => {
          if (CHINESE.test(line)) found.push(`${file}:${index + 1}: ${line.trim()}`)
        })
    }
    expect(found, 'move these words into lib/i18n/*.ts (a key in words.ts, a translation in each dictionary)').toEqual(
      [],
    )
  })
})
