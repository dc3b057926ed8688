import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../../test/support/files'
import { HUGO_BOOK_TOML } from '../../../test/support/hugo-config'
import { ignoredSettingsLine } from './ignored'
import { readHugoSite } from './read-hugo-site'

describe('reading a hugo-book site', { timeout: 30_000 }, () => {
  it('maps hugo.toml to the site settings', () => {
    const dir = writeFixture({ 'hugo.toml': HUGO_BOOK_TOML })
    const hugo = readHugoSite(dir)
    expect(hugo.files).toEqual(['hugo.toml'])
    expect(hugo.contentDir).toBe(path.join(dir, 'content'))
    expect(hugo.staticDirs).toEqual([path.join(dir, 'static')])
    expect(hugo.warnings).toEqual([])
    expect(hugo.config).toEqual({
      title: '迁移来的书',
      language: 'zh-CN',
      languageCode: 'zh-CN',
      baseURL: 'https://book.example.org/',
      bookSection: 'docs',
      toc: { show: false, startLevel: 2, endLevel: 4 },
      theme: 'dark',
      dateFormat: '2006-01-02',
      repository: { url: 'https://github.com/o/r', editLink: 'https://github.com/o/r/edit/main/site/content/{path}' },
      menu: {
        before: [{ name: '关于本书', url: '', pageRef: '/about', weight: 20 }],
        after: [
          { name: 'GitHub', url: 'https://github.com/o/r', weight: 10 },
          { name: 'Hugo', url: 'https://gohugo.io/' },
        ],
      },
      math: {
        passthrough: true,
        block: [
          ['\\[', '\\]'],
          ['$$', '$$'],
        ],
        inline: [['\\(', '\\)']],
      },
      unsafeHtml: true,
      highlight: { themes: { light: 'monokai', dark: 'monokai' } },
      search: true,
    })
  })

  it('names every setting it ignores, in one line, as the owner wrote it', () => {
    const hugo = readHugoSite(writeFixture({ 'hugo.toml': HUGO_BOOK_TOML }))
    expect(hugo.ignored).toEqual([
      'theme',
      'enableGitInfo',
      'taxonomies',
      'params.BookComments (not supported: comments need a service such as Disqus)',
    ])
    expect(ignoredSettingsLine(hugo)).toBe(
      'hugo.toml: ignored theme, enableGitInfo, taxonomies, params.BookComments (not supported: comments need a service such as Disqus)',
    )
    expect(ignoredSettingsLine(readHugoSite(writeFixture({ 'hugo.toml': 'title = "书"\n' })))).toBeUndefined()
  })

  it('does not name goldmark extensions that are on and honoured here; names one turned off, which stays on', () => {
    const extensions = (value: string) =>
      readHugoSite(
        writeFixture({
          'hugo.toml': `[markup.goldmark.extensions]\n${['table', 'footnote', 'strikethrough', 'taskList', 'definitionList', 'linkify'].map((name) => `${name} = ${value}`).join('\n')}\n`,
        }),
      ).ignored
    expect(extensions('true')).toEqual([])
    expect(extensions('false')).toEqual(
      ['table', 'linkify', 'taskList', 'footnote'].map((name) => `markup.goldmark.extensions.${name} (always on here)`),
    )
  })

  it('keeps the last value of a key written twice in a YAML file, as Hugo does, and says where', () => {
    const dir = writeFixture({ 'hugo.yaml': 'title: First\nbaseURL: https://a.example/\ntitle: Second\n' })
    const hugo = readHugoSite(dir)
    expect(hugo.config.title).toBe('Second')
    expect(hugo.warnings).toEqual([
      'line 3: title is written again (first on line 1); the last value is used, as in Hugo',
    ])
  })

  it('reads keys in any case, as Hugo does', () => {
    const hugo = readHugoSite(
      writeFixture({
        'hugo.toml':
          'Title = "书"\nBASEURL = "https://a.example/"\nLanguageCode = "en"\n[Params]\nbooksection = "/docs/"\nbooktheme = "Light"\n[Menu]\n[[Menu.After]]\nNAME = "A"\nURL = "/a/"\nWeight = 3\n',
      }),
    )
    expect(hugo.config).toMatchObject({
      title: '书',
      baseURL: 'https://a.example/',
      language: 'en',
      bookSection: 'docs',
      theme: 'light',
      menu: { after: [{ name: 'A', url: '/a/', weight: 3 }] },
    })
    expect(hugo.ignored).toEqual([])
  })

  it('takes BookSection "*" (and "/") for the whole site, as hugo-book does', () => {
    expect(readHugoSite(writeFixture({ 'hugo.toml': '[params]\nBookSection = "*"\n' })).config.bookSection).toBe('')
    expect(readHugoSite(writeFixture({ 'hugo.toml': '[params]\nBookSection = "/"\n' })).config.bookSection).toBe('')
  })

  it('keeps the site address when baseURL is relative, as Hugo allows', () => {
    const hugo = readHugoSite(writeFixture({ 'hugo.toml': 'baseURL = "/"\n' }))
    expect(hugo.config.baseURL).toBeUndefined()
    expect(hugo.warnings).toEqual([
      'baseURL: "/" is not an absolute http(s) address; not used (set SITE_URL, or site.config.ts baseURL)',
    ])
  })

  it('shows the ToC when an older hugo-book site gives BookToC a number of levels', () => {
    expect(readHugoSite(writeFixture({ 'hugo.toml': '[params]\nBookToC = 3\n' })).config.toc).toEqual({ show: true })
  })

  it('never fails on settings of the wrong kind: it warns and uses the default', () => {
    const hugo = readHugoSite(
      writeFixture({
        'hugo.toml':
          'title = ["a"]\n[params]\nBookTheme = "blue"\nBookToC = "sometimes"\n[markup.tableOfContents]\nstartLevel = 9\n[[menu.after]]\nurl = 3\n[[menu.after]]\nname = "no url"\n',
      }),
    )
    expect(hugo.config).toEqual({ menu: { after: [{ name: '3', url: '3' }] } })
    expect(hugo.warnings).toEqual([
      'title: expected text, found a list; not used',
      'params.BookToC: expected true or false, found "sometimes"; not used',
      'markup.tableOfContents.startLevel: expected a heading level from 1 to 6, found 9; not used',
      'params.BookTheme: expected light, dark or auto, found "blue"; not used',
      'menu.after[1]: has neither url nor pageRef; left out',
    ])
  })

  it('reads BookMenuInlineLinks as a whole number, and staticDir', () => {
    const hugo = readHugoSite(
      writeFixture({ 'hugo.toml': 'staticDir = "public-files"\n[params]\nBookMenuInlineLinks = 12\n' }),
    )
    expect(hugo.config).toEqual({ menuInlineLinks: 12 })
    expect(hugo.staticDirs).toEqual([path.join(hugo.siteDir, 'public-files')])
    expect(readHugoSite(writeFixture({ 'hugo.toml': '[params]\nBookMenuInlineLinks = "many"\n' })).warnings).toEqual([
      'params.BookMenuInlineLinks: expected a whole number, found "many"; not used',
    ])
  })
})
