import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BookLayout } from '@/components/layout/BookLayout'
import { TaxonomyPage } from '@/components/lists/TaxonomyPage'
import { taxonomyViewMetadata, taxonomyViewTitle } from '@/lib/content/list-metadata'
import { getSite } from '@/lib/content/load-site'
import { taxonomyParams, taxonomyView } from '@/lib/content/taxonomies'
import { searchIndexFile } from '@/lib/search/index-file'

/**
 * /tags/ (every term), /tags/<term>/ and /tags/<term>/page/<n>/ (the term's pages).
 * An optional catch-all, so that a book without any tags still has its (empty)
 * /tags/ page, as in Hugo, and the static export always gets at least one route.
 */
interface PageProps {
  params: Promise<{ path?: string[] }>
}

export const dynamicParams = false

export function generateStaticParams() {
  return taxonomyParams(getSite(), 'tags')
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const site = getSite()
  const view = taxonomyView(site, 'tags', (await params).path)
  return view ? taxonomyViewMetadata(site, view) : {}
}

export default async function Page({ params }: PageProps) {
  const site = getSite()
  const view = taxonomyView(site, 'tags', (await params).path)
  if (!view) notFound()
  const searchIndex = await searchIndexFile(site)
  const url = view.kind === 'term' ? view.pager.url : view.url
  return (
    <BookLayout site={site} searchIndexUrl={searchIndex.url} currentUrl={url} trail={[]} title={taxonomyViewTitle(site, view)} toc={[]}>
      <TaxonomyPage site={site} view={view} />
    </BookLayout>
  )
}
