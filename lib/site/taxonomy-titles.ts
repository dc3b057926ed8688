import { siteWordsFor } from '../i18n'
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
