import type { Metadata } from 'next'
import type { Site, SitePage } from './site'
import { summarize } from '../content/summary'
import type { LanguageLink } from './translations'
import { siteWordsFor } from '../i18n'

/**
 * `<title>` "page | site", description and Open Graph tags from front matter, else the first
 * paragraph; with a multilingual site, hreflang alternates for the languages the page exists in.
 */
export function pageMetadata(site: Site, page: SitePage, languages: readonly LanguageLink[] = []): Metadata {
  const { config } = site
  const description = summarize(page.description || config.description, 80, 40)
  const isHome = page.kind === 'home'
  return {
    title: isHome ? { absolute: config.title } : page.title,
    description,
    alternates: { canonical: page.url, ...hreflangAlternates(site, languages) },
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

/** The page in each language it exists in, as absolute URLs (hreflang needs them): `{ en: 'https://…/docs/a/', zh: 'https://…/zh/docs/a/' }`. */
function hreflangAlternates(site: Site, languages: readonly LanguageLink[]): { languages?: Record<string, string> } {
  const translated = languages.filter((link) => link.translated)
  if (translated.length < 2) return {}
  return {
    languages: Object.fromEntries(translated.map((link) => [link.key, new URL(link.href, site.config.baseURL).href])),
  }
}

/** The 404 page's: its title in the site's language, kept out of search engines (both 404 routes, app/not-found*). */
export function notFoundMetadata(site: Site): Metadata {
  return { title: siteWordsFor(site.config).ui.notFoundTitle, robots: { index: false } }
}
