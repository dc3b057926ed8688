/** Builds a content folder with `scripts/build.ts` into its own out folder, measured. */
import { existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { withBuildLock } from '../../lib/build/common/build-lock'
import { runMeasured, type Measured } from './process-tree'

/**
 * A clean build's starting point: no .contentlayer/ (the last build's documents, which a build
 * keeps when unchanged), no build plan (the last export's state) and no .next/ — except
 * .next/dev/, which belongs to a running `next dev` (someone else's, perhaps) and is not used by builds.
 */
export function removeBuildCaches(): Promise<void> {
  return withBuildLock(
    process.cwd(),
    () => undefined,
    () => {
      rmSync('.contentlayer', { recursive: true, force: true })
      rmSync(path.join('.book', 'build-plan.json'), { force: true })
      if (existsSync('.next'))
        for (const entry of readdirSync('.next'))
          if (entry !== 'dev') rmSync(path.join('.next', entry), { recursive: true, force: true })
    },
  )
}

export async function measureBuild(contentDir: string, outDir: string): Promise<Measured> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  delete env['HUGO_SITE']
  const result = await runMeasured(path.join('node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
    env,
    // build.ts prints the first line when it must wait for another build, the second once it has the lock.
    waitStarts: /Another build is running/,
    waitEnds: /▸ /,
  })
  if (result.code !== 0)
    throw new Error(`The build of ${contentDir} failed (exit code ${result.code}):\n${result.output.slice(-4000)}`)
  return result
}
