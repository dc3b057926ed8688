import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { siteFromFolder } from '../../test/support/content'
import { pageRouteUrls } from './page-routes'
import type { Site } from './site'
import { sitemapEntries, sitemapXml } from './sitemap'

describe('what the routes and the site-wide files get from the site', () => {
  let site: Site
  beforeAll(async () => {
    site = await siteFromFolder(path.join(import.meta.dirname, 'fixtures', 'book'), {
      baseURL: 'https://book.example/',
    })
  })

  it('has a page route for every page, home included', () => {
    expect(pageRouteUrls(site)).toContain('/docs/levels/one/two/three/深处/')
    expect(pageRouteUrls(site)).toContain('/')
  })

  it('lists absolute, percent-encoded URLs in the sitemap, written as Next wrote its own', () => {
    const urls = sitemapEntries(site).map((entry) => entry.url)
    expect(urls).toContain('https://book.example/docs/levels/one/two/three/%E6%B7%B1%E5%A4%84/')
    expect(urls).toContain('https://book.example/')
    expect(urls).not.toContain('https://book.example/docs/guide/empty/')
    expect(sitemapEntries(site).find((entry) => entry.url.endsWith('/docs/guide/b/'))?.lastModified).toBe('2025-01-01')
    expect(sitemapXml(site)).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n<url>\n<loc>https:\/\/book\.example\/<\/loc>\n/,
    )
    expect(sitemapXml(site)).toContain(
      '<loc>https://book.example/docs/guide/b/</loc>\n<lastmod>2025-01-01</lastmod>\n</url>\n',
    )
    expect(sitemapXml(site).endsWith('</url>\n</urlset>\n')).toBe(true)
  })
})
