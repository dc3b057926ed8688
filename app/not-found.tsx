import type { Metadata } from 'next'
import { NotFoundPage } from '@/components/page/NotFoundPage'
import { siteWordsFor } from '@/lib/i18n'
import { getSite } from '@/lib/site/load-site'
import { notFoundMetadata } from '@/lib/site/page-metadata'
import { publicUrl } from '@/lib/site/public-url'

export function generateMetadata(): Metadata {
  return notFoundMetadata(getSite())
}

/**
 * The not-found boundary, which Next embeds in the payload of every exported page. A static
 * export never shows it (an unknown address is answered by 404.html, made from
 * app/not-found-page/), so there it is a line and a link, not a second copy of the menu;
 * under `npm run dev` it is the book's 404 page.
 */
export default function NotFound() {
  const site = getSite()
  if (process.env.NODE_ENV === 'development') return <NotFoundPage site={site} />
  const text = siteWordsFor(site.config).ui
  return (
    <main className="markdown not-found">
      <h1>{text.notFoundTitle}</h1>
      <p>
        <a href={publicUrl('/')}>{text.backHome}</a>
      </p>
    </main>
  )
}
