import { spawnSync } from 'node:child_process'
import path from 'node:path'

/** Where `next build` exports the site (next.config.ts's distDir): the build completes it there before publishing it. */
export const EXPORT_DIR = path.join('.book', 'export')

/**
 * The next step: `next build` exports every page route of every language (app/[lang]/), reading
 * the documents and the plan the build wrote (lib/site/build-plan.ts). A production build
 * whatever the shell says (NODE_ENV=test under vitest): next.config.ts exports only then.
 * Returns the exit code or signal when it failed.
 */
export function nextStep(cwd: string): string | undefined {
  const result = spawnSync(path.join(cwd, 'node_modules', '.bin', 'next'), ['build'], {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status === 0) return undefined
  return String(result.status ?? result.signal ?? result.error)
}
