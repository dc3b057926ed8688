import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BookLayout } from '@/components/layout/BookLayout'
import { Article } from '@/components/page/Article'
import { getSite } from '@/lib/content/load-site'
import { pageMetadata } from '@/lib/content/page-metadata'
import { pageFromSlug, staticParams } from '@/lib/content/route-params'
import { searchIndexFile } from '@/lib/search/index-file'
import { tocFor } from '@/lib/toc/toc-for'

interface PageProps {
  params: Promise<{ slug?: string[] }>
}

export const dynamicParams = false

export function generateStaticParams() {
  return staticParams(getSite())
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const site = getSite()
  const page = pageFromSlug(site, (await params).slug)
  return page ? pageMetadata(site, page) : {}
}

export default async function Page({ params }: PageProps) {
  const site = getSite()
  const page = pageFromSlug(site, (await params).slug)
  if (!page) notFound()
  const searchIndex = await searchIndexFile(site)
  return (
    <BookLayout site={site} searchIndexUrl={searchIndex.url} currentUrl={page.url} trail={site.trail(page)} title={page.title} toc={tocFor(site.config, page)}>
      <Article site={site} page={page} />
    </BookLayout>
  )
}
