/**
 * `npm run dev`: the build's first steps (settings, sources, render, contentlayer2's documents,
 * the site plan: lib/build/build.ts) once and again whenever the content changes, and `next dev`
 * reading the files they write. An edited, added or deleted Markdown file shows in the open
 * page (components/dev/ContentReload). CONTENT_DIR and HUGO_SITE work here too, every language
 * of a multilingual site with them. Bad content is reported, in the terminal and in the open page
 * (components/dev/BuildErrors), and the last good pages are kept.
 * Ctrl+C stops both.
 */
import { spawn } from 'node:child_process'
import { watch, type FSWatcher } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { buildDocuments, BuildStopped } from '../lib/build/build'
import { withBuildLock } from '../lib/build/common/build-lock'
import { previousDocuments } from '../lib/build/documents-step'
import { engineVersion } from '../lib/build/documents/engine-version'
import { settingsStep } from '../lib/build/settings-step'
import { shortcodesFolder } from '../lib/build/render/shortcode-modules'
import { writeMdxRoutes } from '../lib/build/mdx-routes'
import { mdxModuleRoot, sitePlan, writeBuildPlan } from '../lib/build/site-step'
import { sourcesStep } from '../lib/build/sources-step'
import { formatWarning } from '../lib/diagnostics/build-warnings'
import { formatProblem } from '../lib/diagnostics/problem'
import { DEV_KEPT } from '../lib/build/common/messages'
import { writeDevErrors, type DevErrors } from '../lib/site/dev-errors'
import { createSites } from '../lib/site/sites'

const cwd = process.cwd()
const settings = settingsStep(process.env, cwd)
if (!settings.ok) {
  console.error(`${settings.error.format()}\n✗ ${settings.stop}`)
  process.exit(1)
}
const { context } = settings
// The code the documents are made with is the code the dev server started with: hashed once.
const engine = engineVersion(cwd)

/** One update: the build's first steps, or a BuildStopped (or a fault) when they stop. */
async function update(): Promise<void> {
  const content = sourcesStep(context, cwd)
  if (!content.ok) throw new BuildStopped(content.stop)
  if (content.stop) throw new BuildStopped(content.stop, content.errors)
  const built = await buildDocuments(context, content.languages, {
    cwd,
    engine,
    previous: previousDocuments(cwd),
    cores: availableParallelism(),
  })
  for (const warning of built.warnings) console.warn(formatWarning(warning))
  const sites = createSites(built.documents, context.languages, {
    basePath: context.siteBasePath,
    multilingual: context.multilingual,
  })
  const plan = sitePlan(context, sites, 'development')
  const moduleRoot = mdxModuleRoot(context, built.documents, cwd)
  writeBuildPlan(moduleRoot ? { ...plan, moduleRoot } : plan, cwd)
  // MDX pages' modules and routes: next dev picks up the rewritten files as edits (lib/build/mdx-routes.ts).
  writeMdxRoutes(cwd, built.documents)
  if (built.rendered > 0) console.log(`▸ content: ${content.summary.join('; ')}; ${built.rendered} rendered`)
}

/** Why an update stopped, printed as the build prints it; the open page shows the same words. */
function stopped(error: unknown): DevErrors {
  const errors: DevErrors =
    error instanceof BuildStopped
      ? { problems: [...error.problems], stop: `${error.message} ${DEV_KEPT}` }
      : {
          problems: [],
          stop: `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n${DEV_KEPT}`,
        }
  for (const problem of errors.problems) console.error(formatProblem(problem))
  console.error(`✗ ${errors.stop}`)
  return errors
}

let running = Promise.resolve()
/** One update at a time, a later change waiting for the one under way; the checkout's lock keeps a build out meanwhile. */
function scheduleUpdate(): void {
  running = running.then(() =>
    withBuildLock(
      cwd,
      () => undefined,
      async () => {
        const errors = await update().then(() => undefined, stopped)
        // Last, after the documents and the plan: the open page then shows this update whole.
        writeDevErrors(errors, cwd)
      },
    ).catch((error: unknown) => console.error(error)),
  )
}

scheduleUpdate()
await running
let timer: NodeJS.Timeout | undefined
const folders = [...context.languages.map((language) => language.contentDir), shortcodesFolder(context, cwd)]
const watchers: FSWatcher[] = folders.flatMap((folder) => {
  try {
    return [
      watch(folder, { recursive: true }, () => {
        clearTimeout(timer)
        timer = setTimeout(scheduleUpdate, 50)
      }),
    ]
  } catch {
    return [] // a folder that does not exist (no shortcodes/)
  }
})

const next = spawn(path.join('node_modules', '.bin', 'next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit' })
const stop = (code: number) => {
  for (const watcher of watchers) watcher.close()
  if (next.exitCode === null) next.kill('SIGTERM')
  process.exit(code)
}
next.on('exit', (code) => stop(code ?? 0))
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
