import { describe, expect, it } from 'vitest'
import { siteFromFolder, writeFixture } from '../../test/support/content'
import { searchablePages, searchIndexFiles, searchIndexPointer } from './index-file'
import { searchBook } from './query'
import { openSearchIndex } from './search-index'

const book = (text: string) =>
  siteFromFolder(
    writeFixture({
      '_index.md': '---\ntitle: 首页\n---\n欢迎。',
      'docs/a.md': `---\ntitle: 甲\n---\n## 一节\n\n${text}`,
    }),
    { baseURL: 'https://example.org/repo/' },
  )

describe('the search index file', () => {
  it('is named by what it indexes and the code that indexes it, without building the index', async () => {
    const site = await book('第一版正文。')
    const index = searchIndexFiles(site, 'build-1')
    expect(index.name).toMatch(/^index\.[0-9a-f]{12}\.json$/)
    expect(index.names[0]).toBe(index.name)
    expect(index.names.slice(1).every((name) => name.startsWith(index.name.replace(/json$/, '')))).toBe(true)
    expect(searchIndexFiles(site, 'build-1')).toBe(index) // once per site
    expect(searchIndexFiles(await book('第一版正文。'), 'build-1').name).toBe(index.name)
    expect(searchIndexFiles(await book('第二版正文。'), 'build-1').name).not.toBe(index.name)
    expect(searchIndexFiles(await book('第一版正文。'), 'build-2').name).not.toBe(index.name)
  })

  it('are the files it named, hold the pages’ text, and the pointer names the manifest under the base path', async () => {
    const site = await book('独一无二的句子。')
    const index = searchIndexFiles(site)
    expect(JSON.parse(searchIndexPointer(site, index))).toEqual({ index: `/repo/search-index/${index.name}` })
    const files = await index.files()
    expect(await index.files()).toBe(files)
    expect([...files.keys()]).toEqual(expect.arrayContaining(index.names))
    expect(files.size).toBe(index.names.length)
    const stem = index.name.replace(/json$/, '')
    const opened = openSearchIndex(files.get(index.name)!, async (name) => files.get(stem + name)!)
    const [found] = (await searchBook(opened, '独一无二')).pages
    expect(found?.url).toBe('/repo/docs/a/')
    expect(found?.sections[0]?.snippet.map((segment) => segment.text).join('')).toBe('独一无二的句子。')
  })

  it('takes a body’s opening heading that is the title as the page itself, not a section of it', async () => {
    const site = await siteFromFolder(
      writeFixture({
        '_index.md': '---\ntitle: 首页\n---\n欢迎。',
        'docs/a.md': '---\ntitle: 大模型\n---\n## 大模型\n\n开篇的话。\n\n## 引言\n\n正文。',
      }),
    )
    const [page] = searchablePages(site).filter((found) => found.url === '/docs/a/')
    expect(page?.sections.map((section) => [section.level, section.heading])).toEqual([
      [0, undefined],
      [2, '引言'],
    ])
    expect(page?.sections[0]?.text).toBe('开篇的话。')
  })
})
