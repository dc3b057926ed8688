import { describe, expect, it } from 'vitest'
import { siteFromFolder, writeFixture } from '../../test/support/content'
import { searchIndexFile, searchIndexPointer } from './index-file'
import { importSearchIndex } from './search-index'

const book = (text: string) =>
  siteFromFolder(writeFixture({ '_index.md': '---\ntitle: 首页\n---\n欢迎。', 'docs/a.md': `---\ntitle: 甲\n---\n## 一节\n\n${text}` }), { baseURL: 'https://example.org/repo/' })

describe('the search index file', () => {
  it('is named by what it indexes and the code that indexes it, without building the index', async () => {
    const site = await book('第一版正文。')
    const file = searchIndexFile(site, 'build-1')
    expect(file.name).toMatch(/^index\.[0-9a-f]{12}\.json$/)
    expect(searchIndexFile(site, 'build-1')).toBe(file) // once per site
    expect(searchIndexFile(await book('第一版正文。'), 'build-1').name).toBe(file.name)
    expect(searchIndexFile(await book('第二版正文。'), 'build-1').name).not.toBe(file.name)
    expect(searchIndexFile(await book('第一版正文。'), 'build-2').name).not.toBe(file.name)
  })

  it('holds the pages’ text, and the pointer names it under the base path', async () => {
    const site = await book('独一无二的句子。')
    const file = searchIndexFile(site)
    expect(JSON.parse(searchIndexPointer(site, file))).toEqual({ index: `/repo/search-index/${file.name}` })
    const body = await file.body()
    expect(await file.body()).toBe(body)
    expect(() => importSearchIndex(body)).not.toThrow()
    expect(body).toContain('独一无二的句子')
  })
})
