import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateBook, sentencePool, sentencesFromMarkdown } from './generated-book'

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
const sentences = sentencePool(
  markdownFiles(path.join(__dirname, '../../content/docs')).map((file) => readFileSync(file, 'utf8')),
)

const entriesPerSection = (paths: string[]) => {
  const counts = new Map<string, number>()
  for (const file of paths) {
    const entry = file.endsWith('/_index.md') ? path.dirname(file) : file
    if (entry === '_index.md' || entry === 'docs') continue
    counts.set(path.dirname(entry), (counts.get(path.dirname(entry)) ?? 0) + 1)
  }
  return [...counts.values()]
}

describe('sentencesFromMarkdown', () => {
  it('keeps the sentences of the body and drops front matter, code, links and markup', () => {
    const markdown =
      "---\ntitle: 标题不要\n---\n\n这是**第一句**话，很长。见 [链接文字](https://x.y/) 第二句话也很长！\n\n```ts\nconst 代码 = '不要'\n```\n\n| 表格 | 不要 |\n"
    expect(sentencesFromMarkdown(markdown)).toEqual(['这是第一句话，很长。', '见 链接文字 第二句话也很长！'])
  })
})

describe('generateBook', () => {
  it('writes exactly the requested number of Markdown files, each once', () => {
    for (const pages of [3, 200, 1000, 3000]) {
      const book = generateBook(pages, sentences)
      expect(book.files).toHaveLength(pages)
      expect(new Set(book.files.map((file) => file.path)).size).toBe(pages)
    }
  })

  it('is deterministic: the same size gives the same bytes', () => {
    expect(generateBook(1000, sentences)).toEqual(generateBook(1000, sentences))
  })

  it('keeps sections to at most 12 entries and grows deeper with the size', () => {
    const depths = [200, 1000, 3000].map((pages) => {
      const book = generateBook(pages, sentences)
      expect(Math.max(...entriesPerSection(book.files.map((file) => file.path)))).toBeLessThanOrEqual(12)
      return book.depth
    })
    expect(depths[0]).toBeLessThan(depths[2]!)
  })

  it('has a probe page with the same text at every size', () => {
    const probe = (pages: number) => {
      const book = generateBook(pages, sentences)
      return book.files.find((file) => `/${file.path.replace(/\.md$/, '/')}` === book.probeUrl)!.text
    }
    expect(probe(200)).toBe(probe(3000))
    expect(probe(200)).toMatch(/^---\ntitle: '.+'\nweight: 1\n---\n\n[\s\S]*\n## /)
  })

  it('has headings, code blocks and tables', () => {
    const all = generateBook(200, sentences)
      .files.map((file) => file.text)
      .join('\n')
    expect(all).toMatch(/^## /m)
    expect(all).toMatch(/^### /m)
    expect(all).toMatch(/^```(ts|python|bash|json)$/m)
    expect(all).toMatch(/^\| --- \| --- /m)
  })
})
