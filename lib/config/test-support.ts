/**
 * Test support for lib/config's tests (no imports from lib/content, lib/markdown or lib/site):
 * temporary site folders, the ContentError a call throws, and a hugo-book site's hugo.toml.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isContentError, type ContentError } from '../diagnostics/content-error'

/** Writes `{ 'hugo.toml': '…' }` into a new temporary folder and returns its path. */
export function writeFixture(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'config-fixture-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

/** The ContentError that `run` throws (anything else thrown, or nothing, fails the test). */
export function contentErrorOf(run: () => unknown): ContentError {
  try {
    run()
  } catch (error) {
    if (isContentError(error)) return error
    throw error
  }
  throw new Error('expected a ContentError')
}

/** A hugo-book site's hugo.toml using every setting this project reads, and some it ignores. */
export const HUGO_BOOK_TOML = `
baseURL = 'https://book.example.org/'
languageCode = 'zh-CN'
title = '迁移来的书'
theme = 'hugo-book'
enableGitInfo = true

[taxonomies]
  tag = 'tags'

[markup]
[markup.goldmark.renderer]
  unsafe = true
[markup.goldmark.extensions.passthrough]
  enable = true
[markup.goldmark.extensions.passthrough.delimiters]
  block = [['\\[', '\\]'], ['$$', '$$']]
  inline = [['\\(', '\\)']]
[markup.tableOfContents]
  startLevel = 2
  endLevel = 4
[markup.highlight]
  style = 'monokai'

[menu]
[[menu.before]]
  name = "关于本书"
  pageRef = "/about"
  weight = 20
[[menu.after]]
  name = "GitHub"
  url = "https://github.com/o/r"
  weight = 10
[[menu.after]]
  name = "Hugo"
  url = "https://gohugo.io/"

[params]
  BookTheme = 'dark'
  BookToC = false
  BookSection = 'docs'
  BookRepo = 'https://github.com/o/r'
  BookEditPath = 'edit/main/site'
  BookDateFormat = '2006-01-02'
  BookComments = false
  BookSearch = true
`
