import type { Page } from 'contentlayer/generated'
import type { Metadata } from 'next'
import { summarize } from '@/lib/content/summary'
import { siteWordsFor } from '@/lib/i18n'
import { feedOf } from '@/lib/site/feeds'
import type { PostList } from '@/lib/site/posts'
import type { Site } from '@/lib/site/site'
import type { TaxonomyView } from '@/lib/site/taxonomies'
import { taxonomyLabel, taxonomyViewTitle } from '@/lib/site/taxonomy-titles'
import type { LanguageLink } from '@/lib/site/translations'

/**
 * The routes' `<head>`: Next's Metadata objects for pages, lists and the 404 page. Paths are
 * site paths: the language's layout sets metadataBase to the language's address (app/[lang]/layout.tsx).
 */

/**
 * `<title>` "page | site", description and Open Graph tags from front matter, else the first
 * paragraph; with a multilingual site, hreflang alternates for the languages the page exists in.
 */
export function pageMetadata(site: Site, page: Page): Metadata {
  const { config } = site
  const description = summarize(page.description || config.description, 80, 40)
  const isHome = page.kind === 'home'
  return {
    title: isHome ? { absolute: config.title } : page.title,
    description,
    alternates: {
      canonical: page.url,
      ...hreflangAlternates(site, site.languageLinks(page)),
      ...feedAlternate(site, page.url),
    },
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

/**
 * The page's RSS feed, when the site writes one beside it (home, sections, taxonomies, terms), as
 * hugo-book's html-head.html links it: `<link rel="alternate" type="application/rss+xml" href title="site">`.
 */
function feedAlternate(site: Site, pageUrl: string): { types?: Record<string, { url: string; title: string }[]> } {
  const url = feedOf(site, pageUrl)
  return url ? { types: { 'application/rss+xml': [{ url, title: site.config.title }] } } : {}
}

/** The page in each language it exists in, as absolute URLs (hreflang needs them): `{ en: 'https://…/docs/a/', zh: 'https://…/zh/docs/a/' }`. */
function hreflangAlternates(site: Site, languages: readonly LanguageLink[]): { languages?: Record<string, string> } {
  const translated = languages.filter((link) => link.translated)
  if (translated.length < 2) return {}
  return {
    languages: Object.fromEntries(translated.map((link) => [link.key, new URL(link.href, site.config.baseURL).href])),
  }
}

/** The 404 page's: its title in the site's language, kept out of search engines. */
export function notFoundMetadata(site: Site): Metadata {
  return { title: siteWordsFor(site.config).ui.notFoundTitle, robots: { index: false } }
}

/** A list's head; `pageUrl` is its first pager's, whose feed every pager links to (Hugo). */
function listMetadata(site: Site, title: string, description: string, url: string, pageUrl = url): Metadata {
  const { config } = site
  return {
    title,
    description,
    alternates: { canonical: url, ...feedAlternate(site, pageUrl) },
    openGraph: {
      type: 'website',
      title,
      description,
      url,
      siteName: config.title,
      locale: config.language.replace('-', '_'),
    },
  }
}

export function taxonomyViewMetadata(site: Site, view: TaxonomyView): Metadata {
  const text = siteWordsFor(site.config).lists
  const label = taxonomyLabel(site, view.taxonomy.name)
  const title = taxonomyViewTitle(site, view)
  if (view.kind === 'taxonomy') {
    const description = view.taxonomy.page?.description || text.taxonomyDescription(label, view.taxonomy.terms.length)
    return listMetadata(site, title, description, view.url)
  }
  const description =
    view.term.page?.description || text.termDescription(label, view.term.title, view.term.pages.length)
  return listMetadata(site, title, description, view.pager.url, view.term.url)
}

/** The section page's own metadata; pagers after the first say their number and are their own canonical URL. */
export function postListMetadata(site: Site, list: PostList): Metadata {
  const base = pageMetadata(site, list.section)
  if (list.pager.number === 1) return base
  const title = siteWordsFor(site.config).lists.titleWithPage(list.section.title, list.pager.number)
  return {
    ...base,
    title,
    alternates: { canonical: list.pager.url, ...feedAlternate(site, list.section.url) },
    openGraph: { ...base.openGraph, title, url: list.pager.url },
  }
}
