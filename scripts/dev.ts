/**
 * `npm run dev`: the content staged once and again on every change (lib/build/stage.ts),
 * `contentlayer2 dev` watching the stage, and `next dev`; an edited, added or deleted
 * Markdown file shows in the open page (components/dev/ContentReload). CONTENT_DIR works
 * here too. Bad content is reported and the last good stage is kept. Ctrl+C stops all.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, watch } from 'node:fs'
import path from 'node:path'
import { writeStage } from '../lib/build/stage'
import { GENERATED_DOCUMENTS } from '../lib/site/documents'
import { loadBuildContext } from '../lib/site/settings'
import { contentStep } from '../lib/build/content-step'
import { sourcesSummary } from '../lib/content/sources'
import { engineVersion, fingerprintFor } from '../lib/build/render-cache'

const context = loadBuildContext()
// The code contentlayer's watcher renders with is the code it started with: hashed once, not on every edit.
const engine = engineVersion()
const { contentDir, config } = context
// next.config.ts reads it (Next's basePath); a multilingual site runs one language, BOOK_LANGUAGE or the default one.
process.env['BOOK_BASE_PATH'] = config.basePath

function stage(): void {
  // The build's own content step: the same sources, URL rules, static files and BookMenuBundle.
  const content = contentStep(context)
  if (!content.ok) {
    console.error(`✗ ${content.stop}`)
    return
  }
  const { sources, errors } = content
  if (errors.length > 0) {
    for (const error of errors) console.error(error.format())
    console.error(
      `✗ ${errors.length} problem${errors.length === 1 ? '' : 's'} in the content: the pages stay as they were until it is fixed`,
    )
    return
  }
  // A page added, removed or moved changes the fingerprint: every page renders again (refs and links may lead elsewhere now).
  const { written, removed } = writeStage(sources, { fingerprint: fingerprintFor(context, sources, { engine }) })
  if (written + removed > 0) console.log(`▸ content: ${sourcesSummary(sources)}; ${written} staged, ${removed} removed`)
}

stage()
let timer: NodeJS.Timeout | undefined
const watcher = watch(contentDir, { recursive: true }, () => {
  clearTimeout(timer)
  timer = setTimeout(stage, 50)
})

const bin = (name: string) => path.join('node_modules', '.bin', name)
const children: ChildProcess[] = [spawn(bin('contentlayer2'), ['dev'], { stdio: 'inherit', env: process.env })]
// next dev starts once contentlayer has written its documents: before that every page would fail.
const started = Date.now()
while (!existsSync(GENERATED_DOCUMENTS) && Date.now() - started < 300_000) {
  await new Promise((resolve) => setTimeout(resolve, 200))
}
children.push(spawn(bin('next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env }))

const stop = (code: number) => {
  watcher.close()
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  process.exit(code)
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0))
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
