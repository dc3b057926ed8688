import { getSite } from '@/lib/site/load-site'
import { searchIndexFile } from '@/lib/search/index-file'

export const dynamic = 'force-static'
export const dynamicParams = false

/** One file, named by a hash of its content: out/search-index/index.<hash>.json. */
export async function generateStaticParams() {
  return [{ file: (await searchIndexFile(getSite())).name }]
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = await searchIndexFile(getSite())
  if ((await params).file !== file.name) return new Response('Not found', { status: 404 })
  return new Response(file.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
