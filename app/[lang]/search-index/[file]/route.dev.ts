import { searchIndexFiles, searchIndexPointer } from '@/lib/search/index-file'
import { SEARCH_INDEX_POINTER_NAME } from '@/lib/search/index-pointer'
import { getBook, siteOf } from '../../../_site/load'

/**
 * `npm run dev` only (a `.dev.ts` route): a language's search index, as the build writes it
 * for the export (lib/build/files-step.ts), made from the same site on request.
 */
export const dynamic = 'force-dynamic'

const json = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; file: string }> }) {
  const { lang, file } = await params
  const { site } = siteOf(lang)
  const index = searchIndexFiles(site, getBook().plan.buildId)
  if (file === SEARCH_INDEX_POINTER_NAME) return json(searchIndexPointer(site, index))
  const body = (await index.files()).get(file)
  return body === undefined ? new Response('Not found', { status: 404 }) : json(body)
}
