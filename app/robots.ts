import type { MetadataRoute } from 'next'
import { siteAddress } from '@/lib/config/site-config'
import { loadBuildContext } from '@/lib/site/settings'

export const dynamic = 'force-static'

export default function robots(): MetadataRoute.Robots {
  const { config } = loadBuildContext()
  return { rules: { userAgent: '*', allow: '/' }, sitemap: new URL('sitemap.xml', siteAddress(config)).href }
}
