import { contentVersion } from '../_site/load'

/**
 * `npm run dev` only (a `.dev.ts` route, see next.config.ts): when the dev server's build last rewrote
 * the content. The open page polls it (components/dev/ContentReload) and refreshes when an
 * edited Markdown file has been built again; nothing else would tell the browser.
 */
export const dynamic = 'force-dynamic'

export function GET() {
  return new Response(String(contentVersion()), {
    headers: { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' },
  })
}
