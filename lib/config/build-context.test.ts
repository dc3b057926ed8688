import book from '../../site.config'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultLanguageOf, hugoSiteConfig, loadBuildContext, type Env } from './build-context'
import { DEFAULT_SITE_CONFIG } from './site-config'
import { contentErrorOf, writeFixture } from '../../test/support/files'
import { HUGO_BOOK_TOML } from '../../test/support/hugo-config'

/** The one language of a site without a languages block: its settings and content folder. */
const language = (env: Env, cwd: string) => defaultLanguageOf(loadBuildContext(book, env, cwd))

describe('the default book and CONTENT_DIR', () => {
  it('builds CONTENT_DIR when set, else ./content, with site.config.ts', () => {
    expect(loadBuildContext(book, {}, '/site')).toEqual({
      siteBasePath: '',
      languages: [
        {
          key: 'zh-cn',
          name: 'zh-cn',
          folder: '',
          isDefault: true,
          config: expect.objectContaining({ title: 'AI 观察手册', language: 'zh-CN', basePath: '' }),
          contentDir: '/site/content',
        },
      ],
      multilingual: false,
    })
    expect(language({ CONTENT_DIR: '../hugo/content' }, '/site').contentDir).toBe('/hugo/content')
    expect(language({ CONTENT_DIR: '/abs/content' }, '/site').contentDir).toBe('/abs/content')
  })

  it('takes the site address from SITE_URL', () => {
    expect(language({ SITE_URL: 'https://preview.example' }, '/site').config.baseURL).toBe('https://preview.example/')
  })

  it('serves the book under the path of its address, or under BASE_PATH', () => {
    expect(language({ SITE_URL: 'https://owner.github.io/book/' }, '/site').config.basePath).toBe('/book')
    expect(language({ BASE_PATH: '/sub/path/' }, '/site').config).toMatchObject({
      basePath: '/sub/path',
      baseURL: book.baseURL ?? expect.any(String),
    })
    expect(language({ SITE_URL: 'https://owner.github.io/book/', BASE_PATH: '/' }, '/site').config.basePath).toBe('')
  })
})

describe('a Hugo site (HUGO_SITE)', { timeout: 30_000 }, () => {
  const contextOf = (toml: string, env: Record<string, string> = {}) =>
    defaultLanguageOf(loadBuildContext(book, { HUGO_SITE: writeFixture({ 'hugo.toml': toml }), ...env }, '/'))

  it('builds as Hugo would: a site that sets only its title is English with Hugo’s date format', () => {
    const { config } = contextOf('title = "Only a title"\n')
    expect(config).toEqual({ ...DEFAULT_SITE_CONFIG, title: 'Only a title' })
    expect(config).toMatchObject({
      language: 'en',
      dateFormat: 'January 2, 2006',
      description: '',
      theme: 'light',
      menu: { before: [], after: [] },
    })
    expect(config.repository).toBeUndefined()
  })

  it('takes the language from languageCode, else from defaultContentLanguage as written', () => {
    expect(contextOf('languageCode = "zh-CN"\n').config.language).toBe('zh-CN')
    expect(contextOf('defaultContentLanguage = "cn"\n').config.language).toBe('cn')
  })

  it('reads the whole configuration once, with what the build prints about it', () => {
    const dir = writeFixture({ 'hugo.toml': HUGO_BOOK_TOML })
    const context = loadBuildContext(book, { HUGO_SITE: dir }, '/')
    expect(context.siteDir).toBe(dir)
    expect(defaultLanguageOf(context).contentDir).toBe(path.join(dir, 'content'))
    expect(defaultLanguageOf(context).config).toMatchObject({
      title: '迁移来的书',
      language: 'zh-CN',
      theme: 'dark',
      dateFormat: '2006-01-02',
      unsafeHtml: true,
      math: { passthrough: true },
      toc: { startLevel: 2, endLevel: 4, show: false },
    })
    expect(defaultLanguageOf(context).config.menu.after.map((entry) => entry.name)).toEqual(['GitHub', 'Hugo'])
    expect(context.hugo).toEqual({
      files: ['hugo.toml'],
      ignored: [
        'theme',
        'enableGitInfo',
        'taxonomies',
        'params.BookComments (not supported: comments need a service such as Disqus)',
      ],
      ignoredLine:
        'hugo.toml: ignored theme, enableGitInfo, taxonomies, params.BookComments (not supported: comments need a service such as Disqus)',
      warnings: [],
      staticDirs: [path.join(dir, 'static')],
    })
  })

  it('is memoised by HUGO_SITE, CONTENT_DIR, SITE_URL and the working folder', () => {
    const dir = writeFixture({ 'hugo.toml': 'title = "第一版"\n' })
    const first = loadBuildContext(book, { HUGO_SITE: dir }, '/')
    writeFileSync(path.join(dir, 'hugo.toml'), 'title = "第二版"\n')
    expect(loadBuildContext(book, { HUGO_SITE: dir, OTHER: 'x' }, '/')).toBe(first)
    expect(language({ HUGO_SITE: dir, SITE_URL: 'https://b.example/' }, '/').config.title).toBe('第二版')
  })

  it('CONTENT_DIR still wins over the Hugo site’s content folder; SITE_URL over its baseURL', () => {
    const context = contextOf('baseURL = "https://book.example.org/"\n', {
      CONTENT_DIR: '/elsewhere/content',
      SITE_URL: 'https://preview.example',
    })
    expect(context.contentDir).toBe('/elsewhere/content')
    expect(context.config.baseURL).toBe('https://preview.example/')
    expect(hugoSiteConfig({ baseURL: 'https://book.example.org' }).baseURL).toBe('https://book.example.org/')
    expect(hugoSiteConfig({ toc: { endLevel: 4 } }).toc).toEqual({ startLevel: 2, endLevel: 4, show: true })
  })

  it('stops with the file and line of a configuration that does not parse, named from the working folder', () => {
    const dir = writeFixture({ 'hugo.toml': 'title = "书"\n[params]\nBookSection = docs\n' })
    expect(contentErrorOf(() => loadBuildContext(book, { HUGO_SITE: 'missing' }, dir)).format()).toMatch(
      /^missing: this Hugo site folder does not exist\n {2}fix: point HUGO_SITE/,
    )
    expect(contentErrorOf(() => loadBuildContext(book, { HUGO_SITE: '.' }, dir)).format()).toMatch(
      /^hugo\.toml:3: invalid TOML: /,
    )
  })
})
