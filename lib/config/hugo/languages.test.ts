import book from '../../../site.config'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultLanguageOf, loadBuildContext } from '../build-context'
import { contentErrorOf, writeFixture } from '../../../test/support/files'
import { readHugoSite } from './read-hugo-site'

const CONTENT_FOLDERS = { 'content.zh/_index.md': '', 'content.en/_index.md': '', 'content.fr/_index.md': '' }

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
    expect(hugo.config).toEqual({
      title: '中文书名',
      language: 'zh-CN',
      languageCode: 'zh-CN',
      bookSection: 'wendang',
      menu: { after: [{ name: '中文链接', url: '/zh/' }] },
    })
    expect(hugo.ignored).toEqual([])
    expect(hugo.languages.map(({ key, name }) => [key, name])).toEqual([
      ['zh', '中文'],
      ['en', 'English'],
      ['fr', 'fr'],
    ])
    expect(hugo.languages.map((language) => language.contentDir)).toEqual([
      path.join(dir, 'content.zh'),
      path.join(dir, 'content.en'),
      path.join(dir, 'content.fr'),
    ])
  })

  it('reads any language of the site with its own block, title, params and menus over the root settings', () => {
    const dir = writeFixture({ 'hugo.toml': languages('') })
    const english = readHugoSite(dir, { language: 'EN' })
    expect(english.contentDir).toBe(path.join(dir, 'content.en'))
    expect(english.config).toEqual({ title: 'Root title', language: 'en-us', languageCode: 'en-us' })
    expect(english).toMatchObject({ language: 'en', defaultLanguage: 'zh', defaultLanguageInSubdir: false })
    expect(contentErrorOf(() => readHugoSite(dir, { language: 'de' })).message).toBe(
      'the site has no language "de"; its languages: zh, en, fr',
    )
  })

  it('lays the languages out as Hugo does: the default at the root, the others under /<key>/, each with its own settings', () => {
    const dir = writeFixture({
      'hugo.toml': `baseURL = "https://owner.github.io/repo/"\n${languages('')}`,
      ...CONTENT_FOLDERS,
    })
    const context = loadBuildContext(book, { HUGO_SITE: dir }, '/')
    expect(
      context.languages.map(({ key, folder, config, isDefault, contentDir }) => ({
        key,
        folder,
        basePath: config.basePath,
        title: config.title,
        isDefault,
        contentDir: path.relative(dir, contentDir),
      })),
    ).toEqual([
      { key: 'zh', folder: '', basePath: '/repo', title: '中文书名', isDefault: true, contentDir: 'content.zh' },
      {
        key: 'en',
        folder: 'en',
        basePath: '/repo/en',
        title: 'Root title',
        isDefault: false,
        contentDir: 'content.en',
      },
      {
        key: 'fr',
        folder: 'fr',
        basePath: '/repo/fr',
        title: 'Root title',
        isDefault: false,
        contentDir: 'content.fr',
      },
    ])
    expect(context).toMatchObject({ siteBasePath: '/repo', multilingual: true })
  })

  it('puts the default language under /<key>/ too with defaultContentLanguageInSubdir', () => {
    const dir = writeFixture({ 'hugo.toml': languages('defaultContentLanguageInSubdir = true'), ...CONTENT_FOLDERS })
    const context = loadBuildContext(book, { HUGO_SITE: dir }, '/')
    expect(context.languages.map((language) => language.config.basePath)).toEqual(['/zh', '/en', '/fr'])
    expect(context.languages.map((language) => language.folder)).toEqual(['zh', 'en', 'fr'])
  })

  it('stops when languages share a content folder (Hugo’s translation by file name is not supported)', () => {
    const dir = writeFixture({
      'hugo.toml': '[languages.en]\nweight = 1\n[languages.de]\nweight = 2\n',
      'content/_index.md': '',
    })
    const error = contentErrorOf(() => loadBuildContext(book, { HUGO_SITE: dir }, '/'))
    expect(error.message).toMatch(/the languages share the content folder content: .*page\.de\.md/)
    expect(error.hint).toMatch(/own contentDir/)
  })

  it('leaves out a language whose content folder does not exist, and says so', () => {
    const dir = writeFixture({ 'hugo.toml': languages(''), 'content.zh/_index.md': '', 'content.en/_index.md': '' })
    const context = loadBuildContext(book, { HUGO_SITE: dir }, '/')
    expect(context.languages.map((language) => language.key)).toEqual(['zh', 'en'])
    expect(context.hugo?.languagesNotBuilt).toEqual(['fr (its content folder content.fr does not exist)'])
    const alone = writeFixture({ 'hugo.toml': languages(''), 'content.zh/_index.md': '' })
    expect(loadBuildContext(book, { HUGO_SITE: alone }, '/')).toMatchObject({
      languages: [{ key: 'zh-cn', folder: '', isDefault: true }],
      multilingual: false,
    })
  })

  it('builds a site with one language at the root, as a site without languages', () => {
    const dir = writeFixture({ 'hugo.toml': '[languages.en]\nweight = 1\n' })
    expect(loadBuildContext(book, { HUGO_SITE: dir }, '/')).toMatchObject({
      languages: [{ key: 'en', folder: '', isDefault: true }],
      multilingual: false,
    })
  })

  it('builds defaultContentLanguage when set, with its contentDir and the root settings', () => {
    const dir = writeFixture({ 'hugo.toml': languages('defaultContentLanguage = "en"') })
    const hugo = readHugoSite(dir)
    expect(hugo.contentDir).toBe(path.join(dir, 'content.en'))
    expect(hugo.config).toEqual({ title: 'Root title', language: 'en-us', languageCode: 'en-us' })
    expect(defaultLanguageOf(loadBuildContext(book, { HUGO_SITE: dir }, '/')).contentDir).toBe(
      path.join(dir, 'content.en'),
    )
  })

  it('takes the language key for the language when no languageCode is given', () => {
    expect(readHugoSite(writeFixture({ 'hugo.toml': '[languages.ja]\nweight = 1\n' })).config.language).toBe('ja')
    expect(readHugoSite(writeFixture({ 'hugo.toml': 'defaultContentLanguage = "zh-cn"\n' })).config.language).toBe(
      'zh-cn',
    )
  })

  it('uses contentDir without languages, and static folders from staticDir', () => {
    const dir = writeFixture({ 'hugo.toml': 'contentDir = "book"\nstaticDir = ["static", "assets/static"]\n' })
    const hugo = readHugoSite(dir)
    expect(hugo.contentDir).toBe(path.join(dir, 'book'))
    expect(hugo.staticDirs).toEqual([path.join(dir, 'static'), path.join(dir, 'assets/static')])
  })
})
