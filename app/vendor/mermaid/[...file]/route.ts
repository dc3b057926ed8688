import { mermaidAsset, mermaidAssetNames } from '@/lib/vendor/mermaid-assets'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return mermaidAssetNames().map((name) => ({ file: name.split('/') }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const asset = mermaidAsset((await params).file.join('/'))
  if (!asset) return new Response('Not found', { status: 404 })
  return new Response(asset.body, { headers: { 'Content-Type': asset.contentType } })
}
