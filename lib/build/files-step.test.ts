import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import book from '../../site.config'
import { sitesOf, writeFixture } from '../../test/support/content'
import { loadBuildContext } from '../config/build-context'
import { siteFiles } from './files-step'

/** The small hugo-book site of lib/site/feeds.test.ts, with the index.xml files Hugo 0.111.3 wrote for it. */
const SITE_DIR = path.join(import.meta.dirname, '..', 'site', 'fixtures', 'feeds')

describe('the files written beside the pages of a Hugo site', () => {
  it('has Hugo’s RSS feeds at Hugo’s paths, with its hugo.toml’s title, language and baseURL', async () => {
    const context = loadBuildContext(book, { HUGO_SITE: SITE_DIR })
    const { files } = await siteFiles({ context, sites: await sitesOf(context), buildId: 'test' })
    const feeds = [...files.keys()].filter((file) => file.endsWith('index.xml')).sort()
    expect(feeds).toEqual(
      [
        'index.xml',
        'docs/index.xml',
        'docs/guide/index.xml',
        'docs/news/index.xml',
        'docs/中文/index.xml',
        'tags/index.xml',
        'tags/c++/index.xml',
        'tags/go/index.xml',
        'tags/release/index.xml',
        'categories/index.xml',
        'categories/updates/index.xml',
      ]
        .map((file) => path.join(...file.split('/')))
        .sort(),
    )
    for (const file of feeds) expect(files.get(file)).toBe(readFileSync(path.join(SITE_DIR, 'expected', file), 'utf8'))
  }, 60_000)
})

describe('llms.txt on a site of several languages', () => {
  const site = (subdir: boolean) =>
    writeFixture({
      'hugo.toml': [
        'baseURL = "https://example.org/repo/"',
        'title = "Notes"',
        'defaultContentLanguage = "en"',
        `defaultContentLanguageInSubdir = ${subdir}`,
        '[params]',
        '  description = "Field notes."',
        '[languages.en]',
        '  languageName = "English"',
        '  contentDir = "content.en"',
        '  weight = 1',
        '[languages.zh]',
        '  languageName = "中文"',
        '  contentDir = "content.zh"',
        '  title = "笔记"',
        '  weight = 2',
      ].join('\n'),
      'content.en/_index.md': '---\ntitle: Notes\n---\nHello.',
      'content.en/docs/a.md': '---\ntitle: A\n---\nText.',
      'content.zh/_index.md': '---\ntitle: 笔记\n---\n你好。',
      'content.zh/docs/a.md': '---\ntitle: 甲\n---\n正文。',
    })

  it('has each language’s under its folder, the default one’s at the root too, as its sitemap', async () => {
    const context = loadBuildContext(book, { HUGO_SITE: site(false) })
    const { files } = await siteFiles({ context, sites: await sitesOf(context), buildId: 'test' })
    expect(files.get('llms.txt')).toBe(
      [
        '# Notes',
        '',
        '> Field notes.',
        '',
        '- [Notes](https://example.org/repo/index.html.md)',
        '- [A](https://example.org/repo/docs/a/index.html.md)',
        '',
        '## Optional',
        '',
        '- [Docs](https://example.org/repo/docs/index.html.md)',
        '',
      ].join('\n'),
    )
    expect(files.get(path.join('en', 'llms.txt'))).toBe(files.get('llms.txt'))
    expect(files.get(path.join('zh', 'llms.txt'))).toMatch(
      /^# 笔记\n[^]*\[笔记\]\(https:\/\/example\.org\/repo\/zh\/index\.html\.md\)/,
    )
    expect(files.get(path.join('zh', 'docs', 'a', 'index.html.md'))).toBe('# 甲\n\n正文。\n')
  }, 60_000)

  it('has at the root a list of the languages’ files when every language lives under its folder', async () => {
    const context = loadBuildContext(book, { HUGO_SITE: site(true) })
    const { files } = await siteFiles({ context, sites: await sitesOf(context), buildId: 'test' })
    expect(files.get('llms.txt')).toBe(
      [
        '# Notes',
        '',
        '> Field notes.',
        '',
        '- [English: llms.txt](https://example.org/repo/en/llms.txt)',
        '- [English: llms-full.txt](https://example.org/repo/en/llms-full.txt)',
        '- [中文: llms.txt](https://example.org/repo/zh/llms.txt)',
        '- [中文: llms-full.txt](https://example.org/repo/zh/llms-full.txt)',
        '',
      ].join('\n'),
    )
    expect(files.get(path.join('en', 'llms.txt'))).toMatch(/^# Notes\n/)
  }, 60_000)
})
