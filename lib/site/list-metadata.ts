import type { Metadata } from 'next'
import { siteWordsFor } from '../i18n'
import { pageMetadata } from './page-metadata'
import type { PostList } from './posts'
import type { Site } from './site'
import type { TaxonomyName, TaxonomyView } from './taxonomies'

/** 分类 / 标签 (Categories / Tags). */
export function taxonomyLabel(site: Site, name: TaxonomyName): string {
  return siteWordsFor(site.config).ui[name]
}

/** The h1 and `<title>` of a taxonomy view: "分类", "分类：AI 发展", "分类：AI 发展（第 2 页）". */
export function taxonomyViewTitle(site: Site, view: TaxonomyView, { withPage = true } = {}): string {
  const text = siteWordsFor(site.config).lists
  const label = view.taxonomy.page?.title ?? taxonomyLabel(site, view.taxonomy.name)
  if (view.kind === 'taxonomy') return label
  const title = text.termTitle(label, view.term.title)
  return withPage && view.pager.number > 1 ? text.titleWithPage(title, view.pager.number) : title
}

function listMetadata(site: Site, title: string, description: string, url: string): Metadata {
  const { config } = site
  return {
    title,
    description,
    alternates: { canonical: url },
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
  return listMetadata(site, title, description, view.pager.url)
}

/** The section page's own metadata; pagers after the first say their number and are their own canonical URL. */
export function postListMetadata(site: Site, list: PostList): Metadata {
  const base = pageMetadata(site, list.section)
  if (list.pager.number === 1) return base
  const title = siteWordsFor(site.config).lists.titleWithPage(list.section.title, list.pager.number)
  return {
    ...base,
    title,
    alternates: { canonical: list.pager.url },
    openGraph: { ...base.openGraph, title, url: list.pager.url },
  }
}
