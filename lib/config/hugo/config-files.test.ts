import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentErrorOf, writeFixture } from '../../../test/support/files'
import { hasHugoConfig } from './config-files'
import { readHugoSite } from './read-hugo-site'

describe('finding the configuration file', { timeout: 30_000 }, () => {
  const yaml =
    'title: 来自 YAML\nparams:\n  BookSection: guide\nmenu:\n  after:\n    - name: 外链\n      url: https://example.org/\n      weight: 1\n'
  const json =
    '{ "title": "来自 JSON", "params": { "BookSection": "guide" }, "menu": { "after": [{ "name": "外链", "url": "https://example.org/", "weight": 1 }] } }'

  it('reads YAML and JSON the same way as TOML', () => {
    for (const [file, text, title] of [
      ['hugo.yaml', yaml, '来自 YAML'],
      ['hugo.yml', yaml, '来自 YAML'],
      ['config.yaml', yaml, '来自 YAML'],
      ['config.yml', yaml, '来自 YAML'],
      ['hugo.json', json, '来自 JSON'],
      ['config.json', json, '来自 JSON'],
    ] as const) {
      const hugo = readHugoSite(writeFixture({ [file]: text }))
      expect(hugo.files).toEqual([file])
      expect(hugo.config).toEqual({
        title,
        bookSection: 'guide',
        menu: { after: [{ name: '外链', url: 'https://example.org/', weight: 1 }] },
      })
    }
  })

  it('takes the first file in Hugo’s order: hugo.* before config.*, then toml, yaml, yml, json', () => {
    const all = {
      'hugo.toml': 'title = "hugo.toml"',
      'hugo.yaml': 'title: hugo.yaml',
      'hugo.yml': 'title: hugo.yml',
      'hugo.json': '{"title":"hugo.json"}',
      'config.toml': 'title = "config.toml"',
      'config.yaml': 'title: config.yaml',
      'config.json': '{"title":"config.json"}',
    }
    const order = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.json']
    for (let index = 0; index < order.length; index++) {
      const files = Object.fromEntries(Object.entries(all).filter(([name]) => order.indexOf(name) >= index))
      expect(readHugoSite(writeFixture(files)).config.title).toBe(order[index])
    }
  })

  it('merges config/_default/ over the root file, one file per top-level key', () => {
    const dir = writeFixture({
      'hugo.toml':
        'title = "根文件"\nbaseURL = "https://root.example/"\n[params]\nBookSection = "root"\nBookTheme = "light"\n',
      'config/_default/hugo.toml': 'title = "目录里的书"\n',
      'config/_default/params.toml': 'BookSection = "docs"\nBookDateFormat = "Jan 2, 2006"\nBookServiceWorker = true\n',
      'config/_default/menus.toml':
        '[[after]]\nname = "B"\nurl = "/b/"\nweight = 2\n[[after]]\nname = "A"\nurl = "/a/"\nweight = 1\n[[main]]\nname = "主菜单"\nurl = "/"\n',
      'config/_default/markup.yaml': 'tableOfContents:\n  startLevel: 1\n  endLevel: 2\n',
      'config/_default/languages.toml': '[zh]\nlanguageCode = "zh-CN"\nweight = 1\n',
      'config/production/params.toml': 'BookTheme = "auto"\n',
    })
    const hugo = readHugoSite(dir)
    expect(hugo.files).toEqual([
      'hugo.toml',
      'config/_default/hugo.toml',
      'config/_default/languages.toml',
      'config/_default/markup.yaml',
      'config/_default/menus.toml',
      'config/_default/params.toml',
      'config/production/params.toml',
    ])
    expect(hugo.config).toEqual({
      title: '目录里的书',
      baseURL: 'https://root.example/',
      language: 'zh-CN',
      languageCode: 'zh-CN',
      bookSection: 'docs',
      theme: 'auto',
      dateFormat: 'Jan 2, 2006',
      toc: { startLevel: 1, endLevel: 2 },
      menu: {
        after: [
          { name: 'B', url: '/b/', weight: 2 },
          { name: 'A', url: '/a/', weight: 1 },
        ],
      },
    })
    expect(hugo.ignored).toEqual(['params.BookServiceWorker (not supported: no offline service worker)', 'menus.main'])
  })

  it('reads a site whose only configuration is config/_default/', () => {
    const dir = writeFixture({
      'config/_default/config.yaml': 'title: 只有目录\n',
      'config/_default/params.yaml': 'BookSection: docs\n',
    })
    expect(hasHugoConfig(dir)).toBe(true)
    expect(readHugoSite(dir).config).toEqual({ title: '只有目录', bookSection: 'docs' })
  })

  it('puts menus.<lang>.toml and params.<lang>.toml under that language', () => {
    const dir = writeFixture({
      'hugo.toml': 'defaultContentLanguage = "zh"\n[languages.zh]\nweight = 1\n[languages.en]\nweight = 2\n',
      'config/_default/menus.zh.toml': '[[before]]\nname = "中文菜单"\nurl = "/zh-menu/"\n',
      'config/_default/menus.en.toml': '[[before]]\nname = "English menu"\nurl = "/en-menu/"\n',
      'config/_default/params.zh.toml': 'BookDateFormat = "2006年1月2日"\n',
    })
    const hugo = readHugoSite(dir)
    expect(hugo.config).toEqual({
      language: 'zh',
      dateFormat: '2006年1月2日',
      menu: { before: [{ name: '中文菜单', url: '/zh-menu/' }] },
    })
    expect(hugo.ignored).toEqual([])
    expect(readHugoSite(dir, { language: 'en' }).config).toEqual({
      language: 'en',
      menu: { before: [{ name: 'English menu', url: '/en-menu/' }] },
    })
  })

  it('knows a folder without any Hugo configuration, and says so when asked to read it', () => {
    const dir = writeFixture({ 'content/a.md': 'x', 'config/_default/notes.txt': 'x' })
    expect(hasHugoConfig(dir)).toBe(false)
    const error = contentErrorOf(() => readHugoSite(dir, { cwd: '/somewhere-else' }))
    expect(error.file).toBe(dir)
    expect(error.message).toMatch(/no Hugo configuration here/)
    expect(error.hint).toMatch(/HUGO_SITE/)
    expect(error.hint).toMatch(/CONTENT_DIR/)
    expect(contentErrorOf(() => readHugoSite(path.join(dir, 'missing'))).message).toBe(
      'this Hugo site folder does not exist',
    )
  })
})
