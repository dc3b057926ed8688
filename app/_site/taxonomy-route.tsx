import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BookLayout } from '@/components/layout/BookLayout'
import { TaxonomyPage } from '@/components/lists/TaxonomyPage'
import { taxonomyParams, taxonomyView, type TaxonomyName } from '@/lib/site/taxonomies'
import { taxonomyViewTitle } from '@/lib/site/taxonomy-titles'
import { getBook, siteOf } from './load'
import { taxonomyViewMetadata } from './metadata'

export interface TaxonomyRouteProps {
  params: Promise<{ lang: string; path?: string[] }>
}

/**
 * What app/[lang]/categories/ and app/[lang]/tags/ export, in every language: /<taxonomy>/
 * (every term), /<taxonomy>/<term>/ and /<taxonomy>/<term>/page/<n>/ (the term's pages). Each
 * is an optional catch-all, so that a book without terms still has its (empty) list page, as
 * in Hugo, and the static export always gets at least one route.
 */
export function taxonomyRoute(taxonomy: TaxonomyName) {
  return {
    generateStaticParams: () =>
      [...getBook().sites].flatMap(([lang, site]) =>
        taxonomyParams(site, taxonomy).map((params) => ({ lang, ...params })),
      ),

    async generateMetadata({ params }: TaxonomyRouteProps): Promise<Metadata> {
      const { lang, path } = await params
      const { site } = siteOf(lang)
      const view = taxonomyView(site, taxonomy, path)
      return view ? taxonomyViewMetadata(site, view) : {}
    },

    async Page({ params }: TaxonomyRouteProps) {
      const { lang, path } = await params
      const { site } = siteOf(lang)
      const view = taxonomyView(site, taxonomy, path)
      if (!view) notFound()
      const url = view.kind === 'term' ? view.pager.url : view.url
      return (
        <BookLayout site={site} currentUrl={url} trail={[]} title={taxonomyViewTitle(site, view)} toc={[]}>
          <TaxonomyPage site={site} view={view} />
        </BookLayout>
      )
    },
  }
}
