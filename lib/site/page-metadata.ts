import type { Metadata } from 'next'
import type { Site, SitePage } from './site'
import { summarize } from '../content/summary'

/** `<title>` "page | site", description and Open Graph tags from front matter, else the first paragraph. */
export function pageMetadata(site: Site, page: SitePage): Metadata {
  const { config } = site
  const description = summarize(page.description || config.description, 80, 40)
  const isHome = page.kind === 'home'
  return {
    title: isHome ? { absolute: config.title } : page.title,
    description,
    alternates: { canonical: page.url },
    openGraph: {
      type: isHome || page.isSection ? 'website' : 'article',
      title: page.title,
      description,
      url: page.url,
      siteName: config.title,
      locale: config.language.replace('-', '_'),
      ...(page.meta.date && !isHome ? { publishedTime: page.meta.date } : {}),
      ...(page.lastmod && !isHome ? { modifiedTime: page.lastmod } : {}),
      ...(page.meta.tags.length > 0 ? { tags: page.meta.tags } : {}),
    },
  }
}
