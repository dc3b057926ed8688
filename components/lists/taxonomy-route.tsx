import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BookLayout } from '@/components/layout/BookLayout'
import { TaxonomyPage } from '@/components/lists/TaxonomyPage'
import { taxonomyViewMetadata, taxonomyViewTitle } from '@/lib/site/list-metadata'
import { getSite } from '@/lib/site/load-site'
import { taxonomyParams, taxonomyView, type TaxonomyName } from '@/lib/site/taxonomies'

export interface TaxonomyRouteProps {
  params: Promise<{ path?: string[] }>
}

/**
 * What app/categories/ and app/tags/ export: /<taxonomy>/ (every term), /<taxonomy>/<term>/
 * and /<taxonomy>/<term>/page/<n>/ (the term's pages). Each is an optional catch-all, so
 * that a book without terms still has its (empty) list page, as in Hugo, and the static
 * export always gets at least one route.
 */
export function taxonomyRoute(taxonomy: TaxonomyName) {
  return {
    generateStaticParams: () => taxonomyParams(getSite(), taxonomy),

    async generateMetadata({ params }: TaxonomyRouteProps): Promise<Metadata> {
      const site = getSite()
      const view = taxonomyView(site, taxonomy, (await params).path)
      return view ? taxonomyViewMetadata(site, view) : {}
    },

    async Page({ params }: TaxonomyRouteProps) {
      const site = getSite()
      const view = taxonomyView(site, taxonomy, (await params).path)
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
