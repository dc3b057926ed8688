import type { NextConfig } from 'next'

const config: NextConfig = {
  // Static export for production only: `next dev` with output 'export' rejects Chinese route params.
  ...(process.env.NODE_ENV === 'production' ? { output: 'export' as const } : {}),
  // Hugo's URLs end with a slash: /docs/llm/ → out/docs/llm/index.html.
  trailingSlash: true,
  // `route.dev.ts` files are routes under `next dev` only (app/dev-content-version/).
  pageExtensions: process.env.NODE_ENV === 'production' ? ['tsx', 'ts'] : ['tsx', 'ts', 'dev.ts'],
  images: { unoptimized: true },
  // A site served under a sub-path (`/repo/`, or a language's `/repo/zh/`): scripts/build.ts and
  // scripts/dev.ts set it from the site's settings (lib/config/build-context.ts), the one place that decides it.
  ...(process.env['BOOK_BASE_PATH'] ? { basePath: process.env['BOOK_BASE_PATH'] } : {}),
  reactStrictMode: true,
  poweredByHeader: false,
}

export default config
