import { spawn } from 'node:child_process'
import path from 'node:path'

/**
 * The next step: `next build` exports every page route of every language (app/[lang]/), reading
 * the documents and the plan the build wrote (lib/site/build-plan.ts). A production build
 * whatever the shell says (NODE_ENV=test under vitest): next.config.ts exports only then.
 * Resolves with the exit code or signal when it failed. The build's process is free meanwhile
 * (it makes the site-wide files: lib/build/files-step.ts).
 */
export function nextStep(cwd: string): Promise<string | undefined> {
  const child = spawn(path.join(cwd, 'node_modules', '.bin', 'next'), ['build'], {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  return new Promise((resolve) => {
    child.on('error', (error) => resolve(String(error)))
    child.on('exit', (code, signal) => resolve(code === 0 ? undefined : String(code ?? signal)))
  })
}
