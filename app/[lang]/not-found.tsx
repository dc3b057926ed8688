import type { Metadata } from 'next'
import { NotFoundPage } from '@/components/page/NotFoundPage'
import { siteWordsFor } from '@/lib/i18n'
import { languageBeingRendered, siteOf } from '../_site/load'
import { notFoundMetadata } from '../_site/metadata'

export function generateMetadata(): Metadata {
  return notFoundMetadata(siteOf(languageBeingRendered()).site)
}

/**
 * The not-found boundary, which Next embeds in the payload of every exported page. A static
 * export never shows it (an unknown address is answered by 404.html, made from
 * [lang]/not-found-page/), so there it is a line and a link, not a second copy of the menu;
 * under `npm run dev` it is the book's 404 page. A boundary gets no route parameters: the
 * language is the one its layout is rendering.
 */
export default function NotFound() {
  const { site } = siteOf(languageBeingRendered())
  if (process.env.NODE_ENV === 'development') return <NotFoundPage site={site} />
  const text = siteWordsFor(site.config).ui
  return (
    <main className="markdown not-found">
      <h1>{text.notFoundTitle}</h1>
      <p>
        <a href={site.href('/')}>{text.backHome}</a>
      </p>
    </main>
  )
}
