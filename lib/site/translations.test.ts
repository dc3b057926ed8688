import { describe, expect, it } from 'vitest'
import { defineSiteConfig } from '../config/site-config'
import { siteFromFolder, sitesOf, writeFixture } from '../../test/support/content'
import { languageLinks } from './translations'

const language = (key: string, name: string, basePath: string) => ({
  key,
  name,
  config: defineSiteConfig({ basePath }),
})

describe('the language menu and hreflang links', () => {
  const languages = [
    language('en', 'English', '/repo'),
    language('cn', '中文', '/repo/cn'),
    language('ru', 'Русский', '/repo/ru'),
  ]
  const urls: Record<string, Map<string, string>> = {
    en: new Map([['docs/setup.md', '/docs/setup/']]),
    cn: new Map([['docs/setup.md', '/docs/an-zhuang/']]),
    ru: new Map(),
  }

  it('links each language to the page’s translation (same content path), else to that language’s home', () => {
    const links = languageLinks(languages, 'en', (key) => urls[key]!, {
      filePath: 'docs/setup.md',
      url: '/docs/setup/',
    })
    expect(links).toEqual([
      { key: 'en', name: 'English', href: '/repo/docs/setup/', current: true, translated: true },
      { key: 'cn', name: '中文', href: '/repo/cn/docs/an-zhuang/', current: false, translated: true },
      { key: 'ru', name: 'Русский', href: '/repo/ru/', current: false, translated: false },
    ])
  })

  it('sends a page without a source file (a taxonomy list) to each language’s home', () => {
    const links = languageLinks(languages, 'en', (key) => urls[key]!, { url: '/tags/' })
    expect(links.map((link) => link.href)).toEqual(['/repo/tags/', '/repo/cn/', '/repo/ru/'])
  })

  it('is made from every language’s documents in one build: each site leads to the others', async () => {
    const content = (title: string, url: string) =>
      writeFixture({
        '_index.md': `---\ntitle: ${title}\n---\n`,
        'docs/setup.md': `---\ntitle: ${title}\nurl: ${url}\n---\n正文`,
      })
    const en = content('Setup', '/docs/setup/')
    const zh = content('安装', '/docs/an-zhuang/')
    const sites = await sitesOf({
      siteBasePath: '/repo',
      multilingual: true,
      languages: [
        {
          key: 'en',
          name: 'English',
          folder: '',
          isDefault: true,
          config: defineSiteConfig({ basePath: '/repo' }),
          contentDir: en,
        },
        {
          key: 'zh',
          name: '中文',
          folder: 'zh',
          isDefault: false,
          config: defineSiteConfig({ basePath: '/repo/zh' }),
          contentDir: zh,
        },
      ],
    })
    const setup = sites.get('zh')!.page('/docs/an-zhuang/')!
    expect(
      sites
        .get('zh')!
        .languageLinks(setup)
        .map((link) => link.href),
    ).toEqual(['/repo/docs/setup/', '/repo/zh/docs/an-zhuang/'])
    expect((await siteFromFolder(en)).languageLinks(setup)).toEqual([])
  })
})
