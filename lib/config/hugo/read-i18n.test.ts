import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteWordsFor } from '../../i18n'
import { contentErrorOf, writeFixture } from '../../../test/support/files'
import { readHugoSite } from './read-hugo-site'
import { readSiteI18n } from './read-i18n'

const shown = (file: string) => path.basename(file)

describe('a site’s own i18n files, over the built-in words', () => {
  it('reads hugo-book’s ids in both of Hugo’s forms, by the language’s key', () => {
    const list = writeFixture({
      'i18n/cn.yaml':
        '- id: Search\n  translation: 搜本站\n- id: Edit this page\n  translation: 改进本页\n- id: bookSearchConfig\n  translation: "{}"\n',
    })
    expect(readSiteI18n(list, ['cn'], shown)).toEqual({ search: '搜本站', editPage: '改进本页' })
    const map = writeFixture({
      'i18n/en.toml': '"Edit this page" = "Suggest a change"\n[Expand]\nother = "Show more"\n',
    })
    expect(readSiteI18n(map, ['en-us', 'en'], shown)).toEqual({ expand: 'Show more', editPage: 'Suggest a change' })
    expect(readSiteI18n(writeFixture({ 'hugo.toml': '' }), ['en'], shown)).toEqual({})
  })

  it('stops with the file and line when the file does not parse', () => {
    const dir = writeFixture({ 'i18n/en.yaml': '- id: Search\n  translation: [unclosed\n' })
    const error = contentErrorOf(() => readSiteI18n(dir, ['en'], shown))
    expect(error.file).toBe('en.yaml')
    expect(error.message).toMatch(/invalid YAML/)
  })

  it('is what the pages say: the site’s words win, the rest stay the dictionary’s', () => {
    const dir = writeFixture({
      'hugo.toml': 'languageCode = "zh-CN"\n',
      'i18n/en.yaml': '- id: Search\n  translation: Search the notes\n',
    })
    const config = readHugoSite(dir).config
    // Hugo's language key is defaultContentLanguage ("en") when there is no languages block.
    expect(config.i18n).toEqual({ search: 'Search the notes' })
    const words = siteWordsFor({ language: 'zh-CN', ...config })
    expect(words.ui.search.placeholder).toBe('Search the notes')
    expect(words.ui.editPage).toBe(siteWordsFor({ language: 'zh-CN' }).ui.editPage)
  })

  it('gives each language only its own file', () => {
    const dir = writeFixture({
      'hugo.toml':
        '[languages.en]\nweight = 1\ncontentDir = "content.en"\n[languages.cn]\nweight = 2\ncontentDir = "content.cn"\n',
      'i18n/en.yaml': '- id: Search\n  translation: Search the notes\n',
    })
    expect(readHugoSite(dir, { language: 'en' }).config.i18n).toEqual({ search: 'Search the notes' })
    expect(readHugoSite(dir, { language: 'cn' }).config.i18n).toBeUndefined()
  })
})
