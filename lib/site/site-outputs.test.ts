import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { notFoundMetadata, pageMetadata } from './page-metadata'
import { pageFromSlug, staticParams } from './route-params'
import type { Site } from './site'
import { sitemapEntries } from './sitemap'
import { siteFromFolder } from '../../test/support/content'

describe('what the routes get from the site', () => {
  let site: Site
  beforeAll(async () => {
    site = await siteFromFolder(path.join(import.meta.dirname, 'fixtures', 'book'), {
      baseURL: 'https://book.example/',
    })
  })

  it('has a route for every page and finds pages from raw or percent-encoded segments', () => {
    expect(staticParams(site)).toContainEqual({ slug: ['docs', 'levels', 'one', 'two', 'three', '深处'] })
    expect(staticParams(site)).toContainEqual({ slug: [] })
    expect(pageFromSlug(site, ['docs', 'levels', 'one', 'two', 'three', encodeURIComponent('深处')])?.title).toBe(
      '第四层页面',
    )
    expect(pageFromSlug(site, ['docs', 'levels', 'one', 'two', 'three', '深处'])?.title).toBe('第四层页面')
    expect(pageFromSlug(site, undefined)?.kind).toBe('home')
    expect(pageFromSlug(site, ['nope'])).toBeUndefined()
  })

  it('titles the 404 page in the book’s language and keeps it out of search engines', () => {
    expect(notFoundMetadata(site)).toEqual({ title: '页面不存在', robots: { index: false } })
  })

  it('an incremental rebuild’s plan exports the planned routes only, and never none', () => {
    const all = staticParams(site)
    expect(staticParams(site, new Set(['/docs/intro/', '/no-such-page/']))).toEqual([{ slug: ['docs', 'intro'] }])
    expect(staticParams(site, new Set())).toEqual(all.slice(0, 1))
  })

  it('titles pages "page | site" (through the layout template) and the home page with the site title', () => {
    expect(pageMetadata(site, site.page('/docs/intro/')!).title).toBe('入门')
    expect(pageMetadata(site, site.page('/')!).title).toEqual({ absolute: 'Test Book' })
  })

  it('describes a page by its first paragraph and fills Open Graph', () => {
    const metadata = pageMetadata(site, site.page('/docs/guide/')!)
    expect(metadata.description).toBe('指南简介。')
    expect(metadata.openGraph).toMatchObject({
      title: '指南',
      description: '指南简介。',
      url: '/docs/guide/',
      siteName: 'Test Book',
      locale: 'zh_CN',
      type: 'website',
    })
    expect(pageMetadata(site, site.page('/docs/guide/a/')!).openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2025-06-01T08:00:00+08:00',
    })
  })

  it('lists absolute, percent-encoded URLs in the sitemap', () => {
    const urls = sitemapEntries(site).map((entry) => entry.url)
    expect(urls).toContain('https://book.example/docs/levels/one/two/three/%E6%B7%B1%E5%A4%84/')
    expect(urls).toContain('https://book.example/')
    expect(urls).not.toContain('https://book.example/docs/guide/empty/')
    expect(sitemapEntries(site).find((entry) => entry.url.endsWith('/docs/guide/b/'))?.lastModified).toBe('2025-01-01')
  })
})
