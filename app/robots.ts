import type { MetadataRoute } from 'next'
import { loadBuildContext } from '@/lib/site/settings'

export const dynamic = 'force-static'

export default function robots(): MetadataRoute.Robots {
  const { baseURL } = loadBuildContext().config
  return { rules: { userAgent: '*', allow: '/' }, sitemap: new URL('sitemap.xml', baseURL).href }
}
