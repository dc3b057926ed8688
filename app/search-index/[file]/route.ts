import { getSite } from '@/lib/site/load-site'
import { searchIndexFile, searchIndexPointer } from '@/lib/search/index-file'
import { SEARCH_INDEX_POINTER_NAME } from '@/lib/search/index-pointer'

export const dynamic = 'force-static'
export const dynamicParams = false

/**
 * The index, named by a hash of what it is made of (out/search-index/index.<hash>.json), and the
 * pointer every page links to (current.json, lib/search/index-pointer.ts), which names it. With
 * BookSearch = false the static export still wants a file for the route: an empty one, which
 * the build deletes (scripts/build.ts).
 */
export function generateStaticParams() {
  if (!getSite().config.search) return [{ file: SEARCH_OFF }]
  return [{ file: searchIndexFile(getSite(), CODE_VERSION).name }, { file: SEARCH_INDEX_POINTER_NAME }]
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  if (!getSite().config.search) return new Response('', { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
  const file = searchIndexFile(getSite(), CODE_VERSION)
  const asked = (await params).file
  if (asked === SEARCH_INDEX_POINTER_NAME) return new Response(searchIndexPointer(getSite(), file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
  if (asked !== file.name) return new Response('Not found', { status: 404 })
  return new Response(await file.body(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}

/** The build id scripts/build.ts made from the code (lib/build/build-id.ts): the index file's name changes with the indexing code. */
const CODE_VERSION = process.env['BOOK_BUILD_ID'] ?? ''

/** The placeholder's name when search is off. */
const SEARCH_OFF = 'search-off.json'
