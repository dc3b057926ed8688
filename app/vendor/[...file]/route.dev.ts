import { katexAsset } from '@/lib/vendor/katex-assets'
import { mermaidAsset } from '@/lib/vendor/mermaid-assets'

/**
 * `npm run dev` only (a `.dev.ts` route): KaTeX's and mermaid's files, which the build copies
 * into the export (lib/build/files-step.ts), from node_modules on request.
 */
export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const [vendor, ...rest] = (await params).file
  const name = rest.join('/')
  const asset = vendor === 'katex' ? katexAsset(name) : vendor === 'mermaid' ? mermaidAsset(name) : undefined
  if (!asset) return new Response('Not found', { status: 404 })
  return new Response(typeof asset.body === 'string' ? asset.body : new Uint8Array(asset.body), {
    headers: { 'Content-Type': asset.contentType },
  })
}
