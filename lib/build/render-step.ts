import path from 'node:path'
import type { ContentSources } from '../content/sources'
import type { BuildWarning } from '../diagnostics/build-warnings'
import { hasRendered, pruneRendered, readRenderedWarnings, RENDER_CACHE_DIR, renderKey } from './render-cache'
import { stagedPath } from './stage'
import { balancedShares } from './worker-processes'

/** Pages a render worker is given: enough that starting one (a second or two) pays. */
const PAGES_PER_WORKER = 50

export interface RenderStepResult {
  pages: number
  /** Pages rendered by this build; the others came from the cache of rendered Markdown. */
  rendered: number
  workers: number
  /** Every page's warnings, cached renders' too, in page order. */
  warnings: BuildWarning[]
  /** Cache entries of earlier renders deleted. */
  pruned: number
}

/**
 * The build's Markdown step, before contentlayer: every staged page whose render is not in the
 * cache (lib/build/render-cache.ts) is rendered, split between up to `cores` workers (the
 * largest pages first, each to the least loaded worker), or in this process when there are
 * too few to pay for a worker. contentlayer's computed field then finds every page in the cache.
 * `render(shares)`: renders the staged paths of each share, a worker each (a single share: in this process).
 */
export async function renderStep(
  sources: Pick<ContentSources, 'pages'>,
  fingerprint: string,
  options: { cwd?: string; cores: number; render: (shares: string[][]) => Promise<void> },
): Promise<RenderStepResult> {
  const cacheDir = path.join(options.cwd ?? process.cwd(), RENDER_CACHE_DIR)
  const keys = sources.pages.map(({ body, ...record }) => renderKey(fingerprint, record, body))
  const missing = sources.pages.filter((_, index) => !hasRendered(cacheDir, keys[index]!))
  // One worker would only add its start-up to this process's work: two or more, or none.
  const split = Math.min(options.cores, Math.ceil(missing.length / PAGES_PER_WORKER))
  const workers = missing.length < PAGES_PER_WORKER || split < 2 ? 0 : split
  if (missing.length > 0)
    await options.render(workers === 0 ? [missing.map((page) => stagedPath(page.filePath))] : shares(missing, workers))
  const unrendered = sources.pages.filter((_, index) => !hasRendered(cacheDir, keys[index]!))
  if (unrendered.length > 0)
    throw new Error(
      `${unrendered.length} page(s) were not rendered, e.g. ${unrendered[0]!.filePath}: the render workers stopped without saying why`,
    )
  return {
    pages: sources.pages.length,
    rendered: missing.length,
    workers,
    warnings: keys.flatMap((key) => readRenderedWarnings(cacheDir, key)),
    pruned: pruneRendered(cacheDir, new Set(keys)),
  }
}

/** The pages split into `count` lists of about equal text, largest first to the lightest list. */
export function shares(pages: readonly { filePath: string; body: string }[], count: number): string[][] {
  return balancedShares(
    pages,
    count,
    (page) => page.body.length,
    (page) => stagedPath(page.filePath),
  )
}
