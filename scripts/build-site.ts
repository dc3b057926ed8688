/**
 * The build in this process (lib/build/build.ts does it all; this is its command line). `npm run
 * build` (scripts/build.ts) runs it in a process of its own, so that Ctrl-C stops it at once.
 *   CONTENT_DIR=/path/to/hugo/content   another content folder
 *   HUGO_SITE=/path/to/hugo-site        a whole Hugo site (its configuration, content, static files)
 *   OUT_DIR=folder                      publish there instead of out/
 *   BASE_PATH=/repo, SITE_URL=…         the path and address it is served from
 *   --strict (or BOOK_STRICT=1)         warnings stop the build
 */
import { build, BuildStopped } from '../lib/build/build'
import { formatProblem } from '../lib/diagnostics/problem'

const outDir = process.env['OUT_DIR'] || 'out'
try {
  const built = await build({ outDir, strict: process.argv.includes('--strict') || process.env['BOOK_STRICT'] === '1' })
  const serve = outDir === 'out' ? 'npm start' : `npm start -- ${outDir}`
  console.log(`\n✓ The site is in ${outDir}/ — serve it with: ${serve}`)
  if (built.basePath !== '')
    console.log(
      `  It is built for ${built.basePath}/: deploy the folder at that path (GitHub Pages does for a project site); npm start serves it there`,
    )
} catch (error) {
  if (!(error instanceof BuildStopped)) throw error
  for (const problem of error.problems) console.error(formatProblem(problem))
  console.error(`\n✗ ${error.message}`)
  process.exitCode = 1
}
