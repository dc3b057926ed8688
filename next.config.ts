import type { NextConfig } from 'next'
import { availableParallelism } from 'node:os'
import { EXPORT_DIR, readBuildPlan } from './lib/site/build-plan'

const production = process.env.NODE_ENV === 'production'
// The build's plan (lib/site/build-plan.ts), written by `npm run build` and `npm run dev` before Next starts.
const plan = readBuildPlan()

const config: NextConfig = {
  // Static export for production only: `next dev` with output 'export' rejects Chinese route params.
  // The build completes the export in .book/export, then publishes it to out/ (lib/build/build.ts).
  ...(production ? { output: 'export' as const, distDir: EXPORT_DIR } : {}),
  // Hugo's URLs end with a slash: /docs/llm/ → out/docs/llm/index.html.
  trailingSlash: true,
  // `route.dev.ts` files are routes under `next dev` only (the files the build writes for the export).
  pageExtensions: production ? ['tsx', 'ts'] : ['tsx', 'ts', 'dev.ts'],
  images: { unoptimized: true },
  // A site served under a sub-path (`/repo/`): /_next/ and every language's routes under it.
  ...(plan.basePath ? { basePath: plan.basePath } : {}),
  // Made from the code (lib/build/site-step.ts): the same code, the same id, so kept and new pages belong together.
  generateBuildId: () => plan.buildId,
  // Every core renders pages: Next's default (cores − 1) leaves one of two idle during static generation.
  experimental: { cpus: availableParallelism() },
  // `npm run check` (tsc) type-checks the project, in the test command and in CI: the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // The browser's search uses FlexSearch's Index and its import (lib/search/field-index.ts): the compact
  // build has both in 10.3 KB gzip where the full bundle (Resolver, workers, databases) is 17.6 KB.
  // An MDX page's imports may lie in a content folder outside the project: Turbopack's root then holds both.
  turbopack: {
    ...(plan.moduleRoot ? { root: plan.moduleRoot } : {}),
    resolveAlias: { flexsearch: './node_modules/flexsearch/dist/flexsearch.compact.module.min.js' },
  },
  // `npm run dev`: the default language's pages at the site's root, as the export lays them out (files-step.ts).
  ...(production ? {} : { rewrites: async () => ({ beforeFiles: defaultLanguageRewrites() }) }),
  reactStrictMode: true,
  poweredByHeader: false,
}

/** Under `next dev`, a path outside every other language's folder is the default language's page. */
function defaultLanguageRewrites() {
  const home = plan.languages.find((language) => language.isDefault && language.folder === '')
  if (!home) return []
  const others = plan.languages.filter((language) => language !== home).map((language) => language.folder)
  const skipped = ['_next', 'dev-content-version', 'vendor', ...others].map((name) =>
    name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  )
  return [{ source: `/:path((?!(?:${skipped.join('|')})(?:/|$)).*)`, destination: `/${home.key}/:path` }]
}

export default config
