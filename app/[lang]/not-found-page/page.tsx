import type { Metadata } from 'next'
import { NotFoundPage } from '@/components/page/NotFoundPage'
import { siteOf } from '../../_site/load'
import { notFoundMetadata } from '../../_site/metadata'

interface NotFoundProps {
  params: Promise<{ lang: string }>
}

/*
 * A language's 404 page: the build moves this route's HTML to the language's 404.html
 * (lib/build/files-step.ts). It is a route of its own because [lang]/not-found.tsx is also the
 * not-found boundary that Next embeds in every page's payload: the book's layout there
 * doubled every page's payload.
 */
export async function generateMetadata({ params }: NotFoundProps): Promise<Metadata> {
  return notFoundMetadata(siteOf((await params).lang).site)
}

export default async function NotFound({ params }: NotFoundProps) {
  return <NotFoundPage site={siteOf((await params).lang).site} />
}
