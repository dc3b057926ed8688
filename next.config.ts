import type { NextConfig } from 'next'

const config: NextConfig = {
  // Static export for production only: `next dev` with output 'export' rejects Chinese route params.
  ...(process.env.NODE_ENV === 'production' ? { output: 'export' as const } : {}),
  // Hugo's URLs end with a slash: /docs/llm/ → out/docs/llm/index.html.
  trailingSlash: true,
  // `route.dev.ts` files are routes under `next dev` only (app/dev-content-version/).
  pageExtensions: process.env.NODE_ENV === 'production' ? ['tsx', 'ts'] : ['tsx', 'ts', 'dev.ts'],
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
}

export default config
