import { siteLanguageLinks } from '@/lib/site/translations'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BookLayout } from '@/components/layout/BookLayout'
import { PostList } from '@/components/lists/PostList'
import { Article } from '@/components/page/Article'
import { postListMetadata } from '@/lib/site/list-metadata'
import { getSite } from '@/lib/site/load-site'
import { pageMetadata } from '@/lib/site/page-metadata'
import { postListFromSlug } from '@/lib/site/posts'
import { plannedRoutes } from '@/lib/site/export-plan'
import { pageFromSlug, staticParams } from '@/lib/site/route-params'
import { tocFor } from '@/lib/toc/toc-for'

interface PageProps {
  params: Promise<{ slug?: string[] }>
}

export const dynamicParams = false

export function generateStaticParams() {
  return staticParams(getSite(), plannedRoutes())
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const site = getSite()
  const { slug } = await params
  // The posts section and its pagers (/posts/, /posts/page/2/) are the blog list.
  const postList = postListFromSlug(site, slug)
  if (postList) return postListMetadata(site, postList)
  const page = pageFromSlug(site, slug)
  return page ? pageMetadata(site, page, siteLanguageLinks(page)) : {}
}

export default async function Page({ params }: PageProps) {
  const site = getSite()
  const { slug } = await params
  const postList = postListFromSlug(site, slug)
  const page = postList?.section ?? pageFromSlug(site, slug)
  if (!page) notFound()
  return (
    <BookLayout
      site={site}
      currentUrl={postList?.pager.url ?? page.url}
      trail={site.trail(page)}
      title={page.title}
      toc={postList ? [] : tocFor(site.config, page)}
    >
      {postList ? <PostList site={site} list={postList} /> : <Article site={site} page={page} />}
    </BookLayout>
  )
}
