import type { NextConfig } from 'next'
import { availableParallelism } from 'node:os'

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
  // Made from the code by scripts/build.ts (lib/build/build-id.ts): the same code, the same id; else Next's own random one.
  generateBuildId: () => process.env['BOOK_BUILD_ID'] ?? null,
  // Every core renders pages: Next's default (cores − 1) leaves one of two idle during static generation.
  experimental: { cpus: availableParallelism() },
  // `npm run check` (tsc) type-checks the project, in the test command and in CI: the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // The browser's search uses FlexSearch's Index alone (lib/search/field-index.ts): its light build is
  // 4.5 KB gzip where the full bundle is 17.6 KB (the index files are our own format, not FlexSearch's export).
  turbopack: { resolveAlias: { flexsearch: './node_modules/flexsearch/dist/flexsearch.light.module.min.js' } },
  reactStrictMode: true,
  poweredByHeader: false,
}

export default config
