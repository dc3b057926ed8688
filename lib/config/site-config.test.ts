import { describe, expect, it } from 'vitest'
import siteConfig from '../../site.config'
import { DEFAULT_SITE_CONFIG, defineSiteConfig, editLinkFor } from './site-config'

describe('site configuration', () => {
  it('fills in Hugo’s and hugo-book’s defaults and keeps what the owner set', () => {
    const config = defineSiteConfig({ title: '书', toc: { endLevel: 4 }, baseURL: 'https://example.org' })
    expect(config).toMatchObject({
      title: '书',
      language: 'en',
      bookSection: 'docs',
      theme: 'light',
      dateFormat: 'January 2, 2006',
      baseURL: 'https://example.org/',
    })
    expect(config.toc).toEqual({ startLevel: 2, endLevel: 4, show: true })
    expect(config.menu).toEqual({ before: [], after: [] })
    expect(DEFAULT_SITE_CONFIG.toc).toEqual({ startLevel: 2, endLevel: 3, show: true })
  })

  it('keeps the default book’s own choices in site.config.ts', () => {
    expect(siteConfig).toMatchObject({ language: 'zh-CN', dateFormat: '2006年1月2日', theme: 'auto' })
  })

  it('makes edit links only when a repository is configured', () => {
    expect(editLinkFor(defineSiteConfig({}), 'docs/a.md')).toBeUndefined()
    const config = defineSiteConfig({
      repository: { url: 'https://github.com/o/r', editLink: 'https://github.com/o/r/edit/main/content/{path}' },
    })
    expect(editLinkFor(config, 'docs/指南/a b.md')).toBe(
      'https://github.com/o/r/edit/main/content/docs/%E6%8C%87%E5%8D%97/a%20b.md',
    )
  })
})
