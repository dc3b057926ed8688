import type { Metadata } from 'next'
import { BookLayout } from '@/components/layout/BookLayout'
import { siteWordsFor } from '@/lib/i18n'
import { getSite } from '@/lib/site/load-site'
import { publicUrl } from '@/lib/site/public-url'
import { searchIndexFile } from '@/lib/search/index-file'

export function generateMetadata(): Metadata {
  return { title: siteWordsFor(getSite().config).ui.notFoundTitle, robots: { index: false } }
}

/** 404 in the book's own layout, with the menu to find the way. */
export default async function NotFound() {
  const site = getSite()
  const text = siteWordsFor(site.config).ui
  const searchIndex = await searchIndexFile(site)
  return (
    <BookLayout site={site} searchIndexUrl={searchIndex.url} trail={[]} title={text.notFoundTitle} toc={[]}>
      <article className="markdown not-found">
        <h1>{text.notFoundTitle}</h1>
        <p>{text.notFoundText}</p>
        <p>
          <a href={publicUrl('/')}>{text.backHome}</a>
        </p>
      </article>
    </BookLayout>
  )
}
