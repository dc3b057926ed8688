import { absolutePageUrl } from '../config/site-config'
import { dateOnly } from '../formats/dates'
import type { Site } from './site'
import { taxonomySitemapEntries } from './taxonomies'

/**
 * Every page with something to read (drafts are not built; hidden pages are still pages),
 * and the taxonomy and term pages.
 */
export function sitemapEntries(site: Site): { url: string; lastModified?: string }[] {
  const pages = site.pages.filter((page) => page.hasContent || page.isSection)
  const listed = new Set(pages.map((page) => page.url))
  return [...pages, ...taxonomySitemapEntries(site).filter((entry) => !listed.has(entry.url))]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((page) => ({
      url: absolutePageUrl(site.config, page.url.split('/').map(encodeURIComponent).join('/')),
      ...(page.lastmod ? { lastModified: dateOnly(page.lastmod) } : {}),
    }))
}

/** The sitemap as XML, written as Next's own sitemap route wrote it (the same bytes). */
export function sitemapXml(site: Site): string {
  const urls = sitemapEntries(site).map(
    (entry) =>
      `<url>\n<loc>${entry.url}</loc>\n${entry.lastModified ? `<lastmod>${entry.lastModified}</lastmod>\n` : ''}</url>\n`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('')}</urlset>\n`
}

/** robots.txt: everything allowed, the sitemap named. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-Agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`
}
