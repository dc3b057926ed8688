import type { Metadata } from 'next'
import { NotFoundPage } from '@/components/page/NotFoundPage'
import { getSite } from '@/lib/site/load-site'
import { notFoundMetadata } from '@/lib/site/page-metadata'

/*
 * The exported 404 page: the build moves this route's HTML to 404.html (lib/build/not-found-page.ts).
 * It is a route of its own because app/not-found.tsx is also the not-found boundary that Next
 * embeds in every page's payload: the book's layout there doubled every page's payload.
 */
export function generateMetadata(): Metadata {
  return notFoundMetadata(getSite())
}

export default function NotFound() {
  return <NotFoundPage site={getSite()} />
}
