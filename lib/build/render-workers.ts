import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BuildContext } from '../config/build-context'
import { isContentError } from '../diagnostics/content-error'

/** Renders staged pages into the cache; returns one message per page that failed (the others are rendered). */
export async function renderStagedPages(context: Pick<BuildContext, 'config' | 'siteDir'>, files: readonly string[], cwd: string = process.cwd()): Promise<string[]> {
  // Loaded here, not at the top: the build process that only starts workers never needs the Markdown chain.
  const { createStagedRenderer } = await import('./staged-renderer')
  const renderer = createStagedRenderer(context, cwd)
  const failures: string[] = []
  for (const file of files) {
    try {
      await renderer.render(file)
    } catch (error) {
      failures.push(isContentError(error) ? error.format() : `${file}: cannot be rendered: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    }
  }
  return failures
}

/**
 * The render step's workers: one process each (scripts/render-worker.ts), run side by side; a
 * single share with no worker is rendered in this process. Fails, after all have ended, with
 * what the failed ones printed.
 */
export function renderInWorkers(context: Pick<BuildContext, 'config' | 'siteDir'>, cwd: string = process.cwd()) {
  return async (shares: string[][]): Promise<void> => {
    if (shares.length === 1) {
      const failures = await renderStagedPages(context, shares[0]!, cwd)
      if (failures.length > 0) throw new Error(failures.join('\n'))
      return
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'book-render-'))
    try {
      const results = await Promise.all(
        shares.map((files, index) => {
          const listFile = path.join(dir, `share-${index}.txt`)
          writeFileSync(listFile, files.join('\n'))
          return new Promise<{ code: number | null; errors: string }>((resolve) => {
            const child = spawn(path.join(cwd, 'node_modules', '.bin', 'tsx'), [path.join(cwd, 'scripts', 'render-worker.ts'), listFile], {
              cwd,
              env: process.env,
              stdio: ['ignore', 'inherit', 'pipe'],
            })
            let errors = ''
            child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
            child.on('close', (code) => resolve({ code, errors }))
          })
        }),
      )
      const failed = results.filter((result) => result.code !== 0)
      if (failed.length > 0) throw new Error(failed.map((result) => result.errors.trim() || `a render worker stopped (exit code ${result.code})`).join('\n'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
