import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentErrorOf, writeFixture } from '../../test/support/content'
import { resolveContentDir } from './content-dir'
import { hasHugoConfig, ignoredSettingsLine, readHugoSite, resolvePageRef } from './hugo-config'
import { loadSiteConfig, withHugoConfig } from './load-config'
import { defineSiteConfig, editLinkFor } from './site-config'

/** A site folder: the files given, plus a small content folder unless the test writes its own. */
function site(files: Record<string, string>) {
  return writeFixture({
    'content/_index.md': '---\ntitle: 首页\n---\n',
    'content/docs/_index.md': '---\ntitle: 文档\n---\n',
    'content/docs/intro.md': '---\ntitle: 简介\nlinkTitle: 入门\n---\n正文\n',
    'content/docs/renamed.md': '---\ntitle: 改名\nslug: new-name\n---\n正文\n',
    'content/docs/bundle/index.md': '---\ntitle: 图集\n---\n正文\n',
    'content/about.md': '---\ntitle: 关于\n---\n正文\n',
    ...files,
  })
}

const HUGO_BOOK_TOML = `
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

describe('reading a hugo-book site', () => {
  it('maps hugo.toml to the site settings', () => {
    const dir = site({ 'hugo.toml': HUGO_BOOK_TOML })
    const hugo = readHugoSite(dir)
    expect(hugo.files).toEqual(['hugo.toml'])
    expect(hugo.contentDir).toBe(path.join(dir, 'content'))
    expect(hugo.staticDirs).toEqual([path.join(dir, 'static')])
    expect(hugo.warnings).toEqual([])
    expect(hugo.config).toEqual({
      title: '迁移来的书',
      language: 'zh-CN',
      baseURL: 'https://book.example.org/',
      bookSection: 'docs',
      toc: { show: false, startLevel: 2, endLevel: 4 },
      theme: 'dark',
      dateFormat: '2006-01-02',
      repository: { url: 'https://github.com/o/r', editLink: 'https://github.com/o/r/edit/main/site/content/{path}' },
      menu: {
        before: [{ name: '关于本书', url: '/about/', weight: 20 }],
        after: [
          { name: 'GitHub', url: 'https://github.com/o/r', weight: 10 },
          { name: 'Hugo', url: 'https://gohugo.io/' },
        ],
      },
      math: { passthrough: true, block: [['\\[', '\\]'], ['$$', '$$']], inline: [['\\(', '\\)']] },
      unsafeHtml: true,
    })
  })

  it('names every setting it ignores, in one line, as the owner wrote it', () => {
    const hugo = readHugoSite(site({ 'hugo.toml': HUGO_BOOK_TOML }))
    expect(hugo.ignored).toEqual(['theme', 'enableGitInfo', 'taxonomies', 'markup.highlight', 'params.BookComments', 'params.BookSearch'])
    expect(ignoredSettingsLine(hugo)).toBe('hugo.toml: ignored theme, enableGitInfo, taxonomies, markup.highlight, params.BookComments, params.BookSearch')
    expect(ignoredSettingsLine(readHugoSite(site({ 'hugo.toml': 'title = "书"\n' })))).toBeUndefined()
  })

  it('reads keys in any case, as Hugo does', () => {
    const hugo = readHugoSite(site({ 'hugo.toml': 'Title = "书"\nBASEURL = "https://a.example/"\nLanguageCode = "en"\n[Params]\nbooksection = "/docs/"\nbooktheme = "Light"\n[Menu]\n[[Menu.After]]\nNAME = "A"\nURL = "/a/"\nWeight = 3\n' }))
    expect(hugo.config).toMatchObject({ title: '书', baseURL: 'https://a.example/', language: 'en', bookSection: 'docs', theme: 'light', menu: { after: [{ name: 'A', url: '/a/', weight: 3 }] } })
    expect(hugo.ignored).toEqual([])
  })

  it('takes BookSection "*" (and "/") for the whole site, as hugo-book does', () => {
    expect(readHugoSite(site({ 'hugo.toml': '[params]\nBookSection = "*"\n' })).config.bookSection).toBe('')
    expect(readHugoSite(site({ 'hugo.toml': '[params]\nBookSection = "/"\n' })).config.bookSection).toBe('')
  })

  it('keeps the site address when baseURL is relative, as Hugo allows', () => {
    const hugo = readHugoSite(site({ 'hugo.toml': 'baseURL = "/"\n' }))
    expect(hugo.config.baseURL).toBeUndefined()
    expect(hugo.warnings).toEqual(['baseURL: "/" is not an absolute http(s) address; not used (set SITE_URL, or site.config.ts baseURL)'])
  })

  it('shows the ToC when an older hugo-book site gives BookToC a number of levels', () => {
    expect(readHugoSite(site({ 'hugo.toml': '[params]\nBookToC = 3\n' })).config.toc).toEqual({ show: true })
  })
})

describe('finding the configuration file', () => {
  const yaml = 'title: 来自 YAML\nparams:\n  BookSection: guide\nmenu:\n  after:\n    - name: 外链\n      url: https://example.org/\n      weight: 1\n'
  const json = '{ "title": "来自 JSON", "params": { "BookSection": "guide" }, "menu": { "after": [{ "name": "外链", "url": "https://example.org/", "weight": 1 }] } }'

  it('reads YAML and JSON the same way as TOML', () => {
    for (const [file, text, title] of [['hugo.yaml', yaml, '来自 YAML'], ['hugo.yml', yaml, '来自 YAML'], ['config.yaml', yaml, '来自 YAML'], ['config.yml', yaml, '来自 YAML'], ['hugo.json', json, '来自 JSON'], ['config.json', json, '来自 JSON']] as const) {
      const hugo = readHugoSite(site({ [file]: text }))
      expect(hugo.files).toEqual([file])
      expect(hugo.config).toEqual({ title, bookSection: 'guide', menu: { after: [{ name: '外链', url: 'https://example.org/', weight: 1 }] } })
    }
  })

  it('takes the first file in Hugo’s order: hugo.* before config.*, then toml, yaml, yml, json', () => {
    const all = { 'hugo.toml': 'title = "hugo.toml"', 'hugo.yaml': 'title: hugo.yaml', 'hugo.yml': 'title: hugo.yml', 'hugo.json': '{"title":"hugo.json"}', 'config.toml': 'title = "config.toml"', 'config.yaml': 'title: config.yaml', 'config.json': '{"title":"config.json"}' }
    const order = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.json']
    for (let index = 0; index < order.length; index++) {
      const files = Object.fromEntries(Object.entries(all).filter(([name]) => order.indexOf(name) >= index))
      expect(readHugoSite(site(files)).config.title).toBe(order[index])
    }
  })

  it('merges config/_default/ over the root file, one file per top-level key', () => {
    const dir = site({
      'hugo.toml': 'title = "根文件"\nbaseURL = "https://root.example/"\n[params]\nBookSection = "root"\nBookTheme = "light"\n',
      'config/_default/hugo.toml': 'title = "目录里的书"\n',
      'config/_default/params.toml': 'BookSection = "docs"\nBookDateFormat = "Jan 2, 2006"\nBookLogo = "logo.png"\n',
      'config/_default/menus.toml': '[[after]]\nname = "B"\nurl = "/b/"\nweight = 2\n[[after]]\nname = "A"\nurl = "/a/"\nweight = 1\n[[main]]\nname = "主菜单"\nurl = "/"\n',
      'config/_default/markup.yaml': 'tableOfContents:\n  startLevel: 1\n  endLevel: 2\n',
      'config/_default/languages.toml': '[zh]\nlanguageCode = "zh-CN"\nweight = 1\n',
      'config/production/params.toml': 'BookTheme = "auto"\n',
    })
    const hugo = readHugoSite(dir)
    expect(hugo.files).toEqual(['hugo.toml', 'config/_default/hugo.toml', 'config/_default/languages.toml', 'config/_default/markup.yaml', 'config/_default/menus.toml', 'config/_default/params.toml', 'config/production/params.toml'])
    expect(hugo.config).toEqual({
      title: '目录里的书',
      baseURL: 'https://root.example/',
      language: 'zh-CN',
      bookSection: 'docs',
      theme: 'auto',
      dateFormat: 'Jan 2, 2006',
      toc: { startLevel: 1, endLevel: 2 },
      menu: { after: [{ name: 'B', url: '/b/', weight: 2 }, { name: 'A', url: '/a/', weight: 1 }] },
    })
    expect(hugo.ignored).toEqual(['params.BookLogo', 'menus.main'])
  })

  it('reads a site whose only configuration is config/_default/', () => {
    const dir = site({ 'config/_default/config.yaml': 'title: 只有目录\n', 'config/_default/params.yaml': 'BookSection: docs\n' })
    expect(hasHugoConfig(dir)).toBe(true)
    expect(readHugoSite(dir).config).toEqual({ title: '只有目录', bookSection: 'docs' })
  })

  it('puts menus.<lang>.toml and params.<lang>.toml under that language', () => {
    const dir = site({
      'hugo.toml': 'defaultContentLanguage = "zh"\n[languages.zh]\nweight = 1\n[languages.en]\nweight = 2\n',
      'config/_default/menus.zh.toml': '[[before]]\nname = "中文菜单"\nurl = "/zh-menu/"\n',
      'config/_default/menus.en.toml': '[[before]]\nname = "English menu"\nurl = "/en-menu/"\n',
      'config/_default/params.zh.toml': 'BookDateFormat = "2006年1月2日"\n',
    })
    const hugo = readHugoSite(dir)
    expect(hugo.config).toEqual({ language: 'zh', dateFormat: '2006年1月2日', menu: { before: [{ name: '中文菜单', url: '/zh-menu/' }] } })
    expect(hugo.ignored).toEqual(['languages.en (only the default language is built)'])
  })

  it('knows a folder without any Hugo configuration, and says so when asked to read it', () => {
    const dir = writeFixture({ 'content/a.md': 'x', 'config/_default/notes.txt': 'x' })
    expect(hasHugoConfig(dir)).toBe(false)
    const error = contentErrorOf(() => readHugoSite(dir, { cwd: '/somewhere-else' }))
    expect(error.file).toBe(dir)
    expect(error.message).toMatch(/no Hugo configuration here/)
    expect(error.hint).toMatch(/HUGO_SITE/)
    expect(error.hint).toMatch(/CONTENT_DIR/)
    expect(contentErrorOf(() => readHugoSite(path.join(dir, 'missing'))).message).toBe('this Hugo site folder does not exist')
  })
})

describe('configuration that does not parse', () => {
  it('stops with the file, the line and a fix for TOML', () => {
    const dir = site({ 'hugo.toml': 'title = "书"\nbaseURL = "https://a.example/"\n\n[params]\nBookSection = docs\n' })
    const error = contentErrorOf(() => readHugoSite(dir, { cwd: dir }))
    expect(error.file).toBe('hugo.toml')
    expect(error.line).toBe(5)
    expect(error.message).toMatch(/^invalid TOML: /)
    expect(error.hint).toMatch(/text needs quotes/)
    expect(error.format()).toMatch(/^hugo\.toml:5: invalid TOML: .+\n {2}fix: /)
  })

  it('names the file inside config/_default/ and the line, for YAML and JSON too', () => {
    const yamlDir = site({ 'config/_default/params.yaml': 'BookSection: docs\nBookToC: [1, 2\nBookTheme: dark\n' })
    const yamlError = contentErrorOf(() => readHugoSite(yamlDir, { cwd: yamlDir }))
    expect(yamlError.file).toBe('config/_default/params.yaml')
    expect(yamlError.line).toBeGreaterThanOrEqual(2)
    expect(yamlError.message).toMatch(/^invalid YAML: /)

    const jsonDir = site({ 'hugo.json': '{\n  "title": "书",\n  "params": { "BookSection": "docs", }\n}\n' })
    const jsonError = contentErrorOf(() => readHugoSite(jsonDir, { cwd: jsonDir }))
    expect(jsonError.file).toBe('hugo.json')
    expect(jsonError.line).toBe(3)
    expect(jsonError.hint).toMatch(/comma/)
  })

  it('never fails on settings of the wrong kind: it warns and uses the default', () => {
    const hugo = readHugoSite(site({ 'hugo.toml': 'title = ["a"]\n[params]\nBookTheme = "blue"\nBookToC = "sometimes"\n[markup.tableOfContents]\nstartLevel = 9\n[[menu.after]]\nurl = 3\n[[menu.after]]\nname = "no url"\n' }))
    expect(hugo.config).toEqual({ menu: { after: [{ name: '3', url: '3' }] } })
    expect(hugo.warnings).toEqual([
      'title: expected text, found a list; not used',
      'params.BookToC: expected true or false, found "sometimes"; not used',
      'markup.tableOfContents.startLevel: expected a heading level from 1 to 6, found 9; not used',
      'params.BookTheme: expected light, dark or auto, found "blue"; not used',
      'menu.after[1]: has neither url nor pageRef; left out',
    ])
  })
})

describe('menu entries with pageRef', () => {
  it('links to the page the content path names, with its slug, and takes its title when the entry has no name', () => {
    const dir = site({
      'hugo.toml': [
        '[[menu.before]]\npageRef = "/docs/intro"\nweight = 2',
        '[[menu.before]]\nname = "改过名的页"\npageRef = "docs/renamed.md"\nweight = 1',
        '[[menu.before]]\nname = "图集"\npageRef = "/docs/bundle/"',
        '[[menu.before]]\nname = "文档"\npageRef = "/docs"',
        '[[menu.before]]\nname = "首页"\npageRef = "/"\nweight = 0',
        '[[menu.after]]\nname = "不存在"\npageRef = "/no/such-Page"',
      ].join('\n'),
    })
    const hugo = readHugoSite(dir)
    expect(hugo.config.menu).toEqual({
      before: [
        { name: '入门', url: '/docs/intro/', weight: 2 },
        { name: '改过名的页', url: '/docs/new-name/', weight: 1 },
        { name: '图集', url: '/docs/bundle/' },
        { name: '文档', url: '/docs/' },
        { name: '首页', url: '/' },
      ],
      after: [{ name: '不存在', url: '/no/such-page/' }],
    })
    expect(hugo.warnings).toEqual(['menu.after[0]: pageRef "/no/such-Page" matches no page in the content folder; linked to /no/such-page/'])
  })

  it('resolves in the content folder actually built', () => {
    const other = writeFixture({ 'guide/start.md': '---\nslug: begin\n---\nx\n' })
    expect(resolvePageRef(other, '/guide/start')).toEqual({ found: true, url: '/guide/begin/', title: undefined })
    const dir = site({ 'hugo.toml': '[[menu.after]]\nname = "开始"\npageRef = "/guide/start"\n' })
    expect(readHugoSite(dir, { contentDir: other }).config.menu?.after).toEqual([{ name: '开始', url: '/guide/begin/' }])
  })
})

describe('the edit link, as hugo-book forms it', () => {
  const link = (toml: string, file = 'docs/指南/a.md') => {
    const hugo = readHugoSite(site({ 'hugo.toml': toml }))
    return { link: editLinkFor(defineSiteConfig(hugo.config), file), warnings: hugo.warnings }
  }

  it('BookRepo/BookEditPath + the file’s path from the site folder (layouts/partials/docs/links/edit.html)', () => {
    expect(link('[params]\nBookRepo = "https://github.com/o/r/"\nBookEditPath = "edit/main/exampleSite"\n').link).toBe(
      'https://github.com/o/r/edit/main/exampleSite/content/docs/%E6%8C%87%E5%8D%97/a.md',
    )
    expect(link('[params]\nBookRepo = "https://github.com/o/r"\nBookEditPath = "/edit/main/"\n').link).toBe('https://github.com/o/r/edit/main/content/docs/%E6%8C%87%E5%8D%97/a.md')
  })

  it('the older form, whose BookEditPath points at the content folder itself', () => {
    expect(link('[params]\nBookRepo = "https://github.com/o/r"\nBookEditPath = "edit/master/exampleSite/content"\n').link).toBe(
      'https://github.com/o/r/edit/master/exampleSite/content/docs/%E6%8C%87%E5%8D%97/a.md',
    )
  })

  it('uses the content folder of the built language', () => {
    const dir = site({ 'hugo.toml': '[languages.en]\ncontentDir = "content.en"\n[params]\nBookRepo = "https://github.com/o/r"\nBookEditPath = "edit/main/site"\n', 'content.en/docs/a.md': 'x' })
    expect(editLinkFor(defineSiteConfig(readHugoSite(dir).config), 'docs/a.md')).toBe('https://github.com/o/r/edit/main/site/content.en/docs/a.md')
  })

  it('the newer BookEditLink template with {{ .Path }} and {{ .Site.Params.BookRepo }}', () => {
    expect(link("[params]\nBookRepo = 'https://github.com/o/r'\nBookEditLink = '{{ .Site.Params.BookRepo }}/edit/main/exampleSite/{{ .Path }}'\n", 'docs/a.md').link).toBe(
      'https://github.com/o/r/edit/main/exampleSite/content/docs/a.md',
    )
    expect(link("[params]\nBookEditLink = 'https://git.example/r/-/edit/main/{{.Path}}'\n", 'docs/a.md').link).toBe('https://git.example/r/-/edit/main/content/docs/a.md')
    const other = link("[params]\nBookEditLink = '{{ .Site.BaseURL }}/{{ .Path }}'\n")
    expect(other.link).toBeUndefined()
    expect(other.warnings[0]).toMatch(/^params\.BookEditLink: only/)
  })

  it('no link without BookRepo for BookEditPath, as in hugo-book', () => {
    const result = link('[params]\nBookEditPath = "edit/main"\n')
    expect(result.link).toBeUndefined()
    expect(result.warnings).toEqual(['params.BookEditPath: needs params.BookRepo, as in hugo-book; no "edit this page" link'])
    expect(link('[params]\nBookRepo = "https://github.com/o/r"\n').link).toBeUndefined()
  })
})

describe('languages', () => {
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
    const dir = site({ 'hugo.toml': languages('') })
    const hugo = readHugoSite(dir)
    expect(hugo.contentDir).toBe(path.join(dir, 'content.zh'))
    expect(hugo.config).toEqual({ title: '中文书名', language: 'zh-CN', bookSection: 'wendang', menu: { after: [{ name: '中文链接', url: '/zh/' }] } })
    expect(hugo.ignored).toEqual(['languages.en (only the default language is built)', 'languages.fr (only the default language is built)'])
  })

  it('builds defaultContentLanguage when set, with its contentDir and the root settings', () => {
    const dir = site({ 'hugo.toml': languages('defaultContentLanguage = "en"') })
    const hugo = readHugoSite(dir)
    expect(hugo.contentDir).toBe(path.join(dir, 'content.en'))
    expect(hugo.config).toEqual({ title: 'Root title', language: 'en-us' })
    expect(resolveContentDir({ HUGO_SITE: dir }, '/')).toBe(path.join(dir, 'content.en'))
  })

  it('takes the language key for the language when no languageCode is given', () => {
    expect(readHugoSite(site({ 'hugo.toml': '[languages.ja]\nweight = 1\n' })).config.language).toBe('ja')
    expect(readHugoSite(site({ 'hugo.toml': 'defaultContentLanguage = "zh-cn"\n' })).config.language).toBe('zh-cn')
  })

  it('uses contentDir without languages, and static folders from staticDir', () => {
    const dir = site({ 'hugo.toml': 'contentDir = "book"\nstaticDir = ["static", "assets/static"]\n' })
    const hugo = readHugoSite(dir)
    expect(hugo.contentDir).toBe(path.join(dir, 'book'))
    expect(hugo.staticDirs).toEqual([path.join(dir, 'static'), path.join(dir, 'assets/static')])
  })
})

describe('HUGO_SITE and CONTENT_DIR', () => {
  it('builds the Hugo site’s content folder; CONTENT_DIR still wins', () => {
    const dir = site({ 'hugo.toml': 'title = "书"\n' })
    expect(resolveContentDir({ HUGO_SITE: dir }, '/')).toBe(path.join(dir, 'content'))
    expect(resolveContentDir({ HUGO_SITE: dir, CONTENT_DIR: '/elsewhere/content' }, '/')).toBe('/elsewhere/content')
    expect(resolveContentDir({}, '/site')).toBe('/site/content')
  })

  it('lays the Hugo configuration over site.config.ts, without the default book’s own title, menu and repository', () => {
    const base = defineSiteConfig({
      title: '默认书',
      description: '默认书的简介',
      theme: 'dark',
      toc: { startLevel: 2, endLevel: 3 },
      menu: { after: [{ name: '默认书的链接', url: 'https://example.org/' }] },
      repository: { url: 'https://github.com/default/book', editLink: 'https://github.com/default/book/edit/main/content/{path}' },
      dateFormat: '2006年1月2日',
      baseURL: 'http://localhost:3000/',
    })
    const merged = withHugoConfig(base, { title: '迁移的书', toc: { endLevel: 4 }, baseURL: 'https://book.example.org' })
    expect(merged).toMatchObject({ title: '迁移的书', description: '', theme: 'dark', dateFormat: '2006年1月2日', baseURL: 'https://book.example.org/', toc: { startLevel: 2, endLevel: 4, show: true }, menu: { before: [], after: [] } })
    expect(merged.repository).toBeUndefined()
    expect(merged.math).toEqual({ passthrough: false, block: [], inline: [] })
    expect(merged.unsafeHtml).toBe(false)
    expect(withHugoConfig(base, {}, 'https://preview.example/').baseURL).toBe('https://preview.example/')
  })

  it('loadSiteConfig reads HUGO_SITE, and is site.config.ts without it', () => {
    const dir = site({ 'hugo.toml': HUGO_BOOK_TOML })
    const config = loadSiteConfig({ HUGO_SITE: dir }, '/')
    expect(config).toMatchObject({ title: '迁移来的书', language: 'zh-CN', theme: 'dark', dateFormat: '2006-01-02', unsafeHtml: true, math: { passthrough: true } })
    expect(config.menu.after.map((entry) => entry.name)).toEqual(['GitHub', 'Hugo'])
    expect(loadSiteConfig({}, '/').title).toBe('AI 观察手册')
  })
})
