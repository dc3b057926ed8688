import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { BookLayout } from '@/components/layout/BookLayout'
import { PostList } from '@/components/lists/PostList'
import { Article } from '@/components/page/Article'
import { postListFromSlug } from '@/lib/site/posts'
import { tocFor } from '@/lib/toc/toc-for'
import { siteOf } from '../../_site/load'
import { pageMetadata, postListMetadata } from '../../_site/metadata'
import { pageFromSlug, pageParams } from '../../_site/params'

interface PageProps {
  params: Promise<{ lang: string; slug?: string[] }>
}

export const dynamicParams = false
export const generateStaticParams = pageParams

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { lang, slug } = await params
  const { site } = siteOf(lang)
  // The posts section and its pagers (/posts/, /posts/page/2/) are the blog list.
  const postList = postListFromSlug(site, slug)
  if (postList) return postListMetadata(site, postList)
  const page = pageFromSlug(site, slug)
  return page ? pageMetadata(site, page) : {}
}

export default async function Page({ params }: PageProps) {
  const { lang, slug } = await params
  const { site } = siteOf(lang)
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
