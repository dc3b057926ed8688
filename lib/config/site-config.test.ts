import { describe, expect, it } from 'vitest'
import { resolveContentDir } from './content-dir'
import { DEFAULT_SITE_CONFIG, defineSiteConfig, editLinkFor } from './site-config'
import { uiText } from './ui-text'

describe('site configuration', () => {
  it('fills in defaults and keeps what the owner set', () => {
    const config = defineSiteConfig({ title: '书', toc: { endLevel: 4 }, baseURL: 'https://example.org' })
    expect(config).toMatchObject({ title: '书', language: 'zh-CN', bookSection: 'docs', theme: 'auto', dateFormat: '2006年1月2日', baseURL: 'https://example.org/' })
    expect(config.toc).toEqual({ startLevel: 2, endLevel: 4, show: true })
    expect(config.menu).toEqual({ before: [], after: [] })
    expect(DEFAULT_SITE_CONFIG.toc).toEqual({ startLevel: 2, endLevel: 3, show: true })
  })

  it('makes edit links only when a repository is configured', () => {
    expect(editLinkFor(defineSiteConfig({}), 'docs/a.md')).toBeUndefined()
    const config = defineSiteConfig({ repository: { url: 'https://github.com/o/r', editLink: 'https://github.com/o/r/edit/main/content/{path}' } })
    expect(editLinkFor(config, 'docs/指南/a b.md')).toBe('https://github.com/o/r/edit/main/content/docs/%E6%8C%87%E5%8D%97/a%20b.md')
  })

  it('builds CONTENT_DIR when set, else ./content', () => {
    expect(resolveContentDir({}, '/site')).toBe('/site/content')
    expect(resolveContentDir({ CONTENT_DIR: '../hugo/content' }, '/site')).toBe('/hugo/content')
    expect(resolveContentDir({ CONTENT_DIR: '/abs/content' }, '/site')).toBe('/abs/content')
  })

  it('speaks Chinese for zh books and English otherwise', () => {
    expect(uiText('zh-CN').previous).toBe('上一页')
    expect(uiText('zh-TW').next).toBe('下一页')
    expect(uiText('en').previous).toBe('Previous')
  })
})
