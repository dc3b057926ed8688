import { menuTreeFile } from '@/lib/site/menu-file'
import { siteOf } from '../../../_site/load'

/**
 * `npm run dev` only (a `.dev.ts` route): a language's menu file, which the build writes for the
 * export (lib/build/files-step.ts), made from the same site on request.
 */
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; file: string }> }) {
  const { lang, file } = await params
  const menu = menuTreeFile(siteOf(lang).site)
  if (file !== menu.name) return new Response('Not found', { status: 404 })
  return new Response(menu.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
