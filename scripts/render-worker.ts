/**
 * One of the build's render workers (lib/build/render-step.ts): renders the staged pages listed
 * in the file it is given into the cache of rendered Markdown, and reports every page it could
 * not render (file and why) before it exits with 1.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { renderStagedPages } from '../lib/build/render-workers'
import { loadBuildContext } from '../lib/site/settings'

const listFile = process.argv[2]
if (!listFile) {
  console.error('usage: tsx scripts/render-worker.ts <file with one staged path a line>')
  process.exit(2)
}
const files = readFileSync(path.resolve(listFile), 'utf8').split('\n').filter(Boolean)
const failures = await renderStagedPages(loadBuildContext(), files)
for (const failure of failures) console.error(failure)
process.exit(failures.length > 0 ? 1 : 0)
