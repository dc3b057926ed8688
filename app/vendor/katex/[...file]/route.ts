import { katexAsset, katexAssetNames } from '@/lib/vendor/katex-assets'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return katexAssetNames().map((name) => ({ file: name.split('/') }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const asset = katexAsset((await params).file.join('/'))
  if (!asset) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(Buffer.from(asset.body)), { headers: { 'Content-Type': asset.contentType } })
}
