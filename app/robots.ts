import type { MetadataRoute } from 'next'
import { loadSiteConfig } from '@/lib/config/load-config'

export const dynamic = 'force-static'

export default function robots(): MetadataRoute.Robots {
  const { baseURL } = loadSiteConfig()
  return { rules: { userAgent: '*', allow: '/' }, sitemap: new URL('sitemap.xml', baseURL).href }
}
