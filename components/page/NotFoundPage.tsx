import { BookLayout } from '@/components/layout/BookLayout'
import { siteWordsFor } from '@/lib/i18n'
import type { Site } from '@/lib/site/site'

/** The 404 page in the book's own layout, with the menu and search to find the way. */
export function NotFoundPage({ site }: { site: Site }) {
  const text = siteWordsFor(site.config).ui
  return (
    <BookLayout site={site} trail={[]} title={text.notFoundTitle} toc={[]}>
      <article className="markdown not-found">
        <h1>{text.notFoundTitle}</h1>
        <p>{text.notFoundText}</p>
        <p>
          <a href={site.href('/')}>{text.backHome}</a>
        </p>
      </article>
    </BookLayout>
  )
}
