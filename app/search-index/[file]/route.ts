import { getSite } from '@/lib/site/load-site'
import { searchIndexFile } from '@/lib/search/index-file'

export const dynamic = 'force-static'
export const dynamicParams = false

/**
 * One file, named by a hash of its content: out/search-index/index.<hash>.json. With
 * BookSearch = false the static export still wants a file for the route: an empty one, which
 * the build deletes (scripts/build.ts).
 */
export async function generateStaticParams() {
  return [{ file: getSite().config.search ? (await searchIndexFile(getSite())).name : SEARCH_OFF }]
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  if (!getSite().config.search) return new Response('', { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
  const file = await searchIndexFile(getSite())
  if ((await params).file !== file.name) return new Response('Not found', { status: 404 })
  return new Response(file.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}

/** The placeholder's name when search is off. */
const SEARCH_OFF = 'search-off.json'
