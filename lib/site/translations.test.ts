import { describe, expect, it } from 'vitest'
import type { BuildLanguage } from '../config/build-context'
import { languageLinks } from './translations'

const language = (key: string, name: string, basePath: string, current = false): BuildLanguage => ({
  key,
  name,
  basePath,
  folder: basePath.split('/').pop() ?? '',
  contentDir: `/site/content.${key}`,
  isDefault: basePath === '/repo',
  current,
})

describe('the language menu and hreflang links', () => {
  const languages = [
    language('en', 'English', '/repo', true),
    language('cn', '中文', '/repo/cn'),
    language('ru', 'Русский', '/repo/ru'),
  ]
  const urls: Record<string, Map<string, string>> = {
    cn: new Map([['docs/setup.md', '/docs/an-zhuang/']]),
    ru: new Map(),
  }

  it('links each language to the page’s translation (same content path), else to that language’s home', () => {
    const links = languageLinks(languages, (other) => urls[other.key]!, {
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
    const links = languageLinks(languages, (other) => urls[other.key]!, { url: '/tags/' })
    expect(links.map((link) => link.href)).toEqual(['/repo/tags/', '/repo/cn/', '/repo/ru/'])
  })
})
