import { getSite } from '@/lib/site/load-site'
import { searchIndexFiles, searchIndexPointer } from '@/lib/search/index-file'
import { SEARCH_INDEX_POINTER_NAME } from '@/lib/search/index-pointer'

export const dynamic = 'force-static'
export const dynamicParams = false

/**
 * The pointer every page links to (current.json, lib/search/index-pointer.ts), which names the
 * index's manifest, and under `next dev` the index's files, named by a hash of what they are
 * made of (index.<hash>.json, the manifest, and index.<hash>.<name>). With BookSearch = false
 * the static export still wants a file for the route: an empty one, which the build deletes.
 */
export function generateStaticParams() {
  if (!getSite().config.search) return [{ file: SEARCH_OFF }]
  // The export gets the pointer alone: scripts/build.ts writes the index's files (lib/build/search-step.ts),
  // thousands for a large book, far faster than Next renders them. `next dev` serves them all from here.
  if (process.env.NODE_ENV === 'production') return [{ file: SEARCH_INDEX_POINTER_NAME }]
  return [
    ...searchIndexFiles(getSite(), CODE_VERSION).names.map((file) => ({ file })),
    { file: SEARCH_INDEX_POINTER_NAME },
  ]
}

const json = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  if (!getSite().config.search) return json('')
  const index = searchIndexFiles(getSite(), CODE_VERSION)
  const asked = (await params).file
  if (asked === SEARCH_INDEX_POINTER_NAME) return json(searchIndexPointer(getSite(), index))
  const body = (await index.files()).get(asked)
  return body === undefined ? new Response('Not found', { status: 404 }) : json(body)
}

/** The build id scripts/build.ts made from the code (lib/build/build-id.ts): the index's names change with the indexing code. */
const CODE_VERSION = process.env['BOOK_BUILD_ID'] ?? ''

/** The placeholder's name when search is off. */
const SEARCH_OFF = 'search-off.json'
