/**
 * Writes a generated book (lib/bench/generated-book.ts) as a Hugo content folder:
 * `npx tsx scripts/bench/generate-book.ts 3000 /tmp/book-3000`. The sentences come from the
 * default book's content/docs/**\/*.md, read in sorted order so the bytes never change.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateBook, sentencePool, type GeneratedBook } from './generated-book'

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

export function defaultBookSentences(): string[] {
  const docs = path.join(REPO_ROOT, 'content', 'docs')
  const files = readdirSync(docs, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  return sentencePool(files.map((file) => readFileSync(file, 'utf8')))
}

/** Replaces `dir` with a generated book of `pages` Markdown files. */
export function writeGeneratedBook(pages: number, dir: string): GeneratedBook {
  const book = generateBook(pages, defaultBookSentences())
  rmSync(dir, { recursive: true, force: true })
  for (const file of book.files) {
    const target = path.join(dir, file.path)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, file.text)
  }
  return book
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [pages, dir] = process.argv.slice(2)
  if (!pages || !dir) {
    console.error('usage: npx tsx scripts/bench/generate-book.ts <pages> <folder>')
    process.exit(1)
  }
  const book = writeGeneratedBook(Number(pages), dir)
  console.log(`${book.files.length} pages, ${book.depth} levels of sections, probe page ${book.probeUrl} → ${dir}`)
}
