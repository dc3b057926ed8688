import type { MetadataRoute } from 'next'
import { getSite } from '@/lib/content/load-site'
import { sitemapEntries } from '@/lib/content/sitemap'

export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getSite())
}
