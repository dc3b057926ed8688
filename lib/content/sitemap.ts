import { dateOnly } from './dates'
import type { Site } from './site'

/** Every page with something to read (drafts are not built; hidden pages are still pages). */
export function sitemapEntries(site: Site): { url: string; lastModified?: string }[] {
  return site.pages
    .filter((page) => page.hasContent || page.isSection)
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((page) => ({
      url: new URL(page.url.split('/').map(encodeURIComponent).join('/'), site.config.baseURL).href,
      ...(page.lastmod ? { lastModified: dateOnly(page.lastmod) } : {}),
    }))
}
