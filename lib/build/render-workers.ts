import type { BuildContext } from '../config/build-context'
import { isContentError } from '../diagnostics/content-error'
import { runWorkers } from './worker-processes'

/** Renders staged pages into the cache; returns one message per page that failed (the others are rendered). */
export async function renderStagedPages(
  context: Pick<BuildContext, 'config' | 'siteDir'>,
  files: readonly string[],
  cwd: string = process.cwd(),
): Promise<string[]> {
  // Loaded here, not at the top: the build process that only starts workers never needs the Markdown chain.
  const { createStagedRenderer } = await import('./staged-renderer')
  const renderer = createStagedRenderer(context, cwd)
  const failures: string[] = []
  for (const file of files) {
    try {
      await renderer.render(file)
    } catch (error) {
      failures.push(
        isContentError(error)
          ? error.format()
          : `${file}: cannot be rendered: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      )
    }
  }
  return failures
}

/**
 * The render step's workers: one process each (scripts/render-worker.ts), run side by side; a
 * single share is rendered in this process. Fails, after all have ended, with what the failed
 * ones printed.
 */
export function renderInWorkers(context: Pick<BuildContext, 'config' | 'siteDir'>, cwd: string = process.cwd()) {
  return async (shares: string[][]): Promise<void> => {
    if (shares.length === 1) {
      const failures = await renderStagedPages(context, shares[0]!, cwd)
      if (failures.length > 0) throw new Error(failures.join('\n'))
      return
    }
    await runWorkers('scripts/render-worker.ts', shares, [], cwd)
  }
}
