import book from '../../../site.config'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBuildContext } from '../build-context'
import { writeFixture } from '../../../test/support/files'
import { readHugoSite } from './read-hugo-site'

describe('languages', { timeout: 30_000 }, () => {
  const languages = (extra: string) => `
title = "Root title"
languageCode = "en-us"
contentDir = "content"
${extra}
[languages.en]
  languageName = "English"
  contentDir = "content.en"
  weight = 2
[languages.zh]
  languageName = "中文"
  languageCode = "zh-CN"
  title = "中文书名"
  contentDir = "content.zh"
  weight = 1
  [languages.zh.params]
    BookSection = "wendang"
  [[languages.zh.menu.after]]
    name = "中文链接"
    url = "/zh/"
[languages.fr]
  contentDir = "content.fr"
`
  it('builds the language with the lowest weight when defaultContentLanguage is not set', () => {
    const dir = writeFixture({ 'hugo.toml': languages('') })
    const hugo = readHugoSite(dir)
    expect(hugo.contentDir).toBe(path.join(dir, 'content.zh'))
    expect(hugo.config).toEqual({ title: '中文书名', language: 'zh-CN', bookSection: 'wendang', menu: { after: [{ name: '中文链接', url: '/zh/' }] } })
    expect(hugo.ignored).toEqual(['languages.en (only the default language is built)', 'languages.fr (only the default language is built)'])
  })

  it('builds defaultContentLanguage when set, with its contentDir and the root settings', () => {
    const dir = writeFixture({ 'hugo.toml': languages('defaultContentLanguage = "en"') })
    const hugo = readHugoSite(dir)
    expect(hugo.contentDir).toBe(path.join(dir, 'content.en'))
    expect(hugo.config).toEqual({ title: 'Root title', language: 'en-us' })
    expect(loadBuildContext(book, { HUGO_SITE: dir }, '/').contentDir).toBe(path.join(dir, 'content.en'))
  })

  it('takes the language key for the language when no languageCode is given', () => {
    expect(readHugoSite(writeFixture({ 'hugo.toml': '[languages.ja]\nweight = 1\n' })).config.language).toBe('ja')
    expect(readHugoSite(writeFixture({ 'hugo.toml': 'defaultContentLanguage = "zh-cn"\n' })).config.language).toBe('zh-cn')
  })

  it('uses contentDir without languages, and static folders from staticDir', () => {
    const dir = writeFixture({ 'hugo.toml': 'contentDir = "book"\nstaticDir = ["static", "assets/static"]\n' })
    const hugo = readHugoSite(dir)
    expect(hugo.contentDir).toBe(path.join(dir, 'book'))
    expect(hugo.staticDirs).toEqual([path.join(dir, 'static'), path.join(dir, 'assets/static')])
  })
})
