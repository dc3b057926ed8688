import { getSite } from '@/lib/site/load-site'
import { menuTreeFile } from '@/lib/site/menu-file'

export const dynamic = 'force-static'
export const dynamicParams = false

/** out/menu/tree.<hash>.json, read by pages that carry only part of a large book's menu. */
export function generateStaticParams() {
  return [{ file: menuTreeFile(getSite()).name }]
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = menuTreeFile(getSite())
  if ((await params).file !== file.name) return new Response('Not found', { status: 404 })
  return new Response(file.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
