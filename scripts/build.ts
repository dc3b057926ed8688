/**
 * `npm run build`: the book into out/ (scripts/build-site.ts, run in a process of its own).
 *   CONTENT_DIR=/path/to/hugo/content   another content folder
 *   HUGO_SITE=/path/to/hugo-site        a whole Hugo site (its configuration, content, static files)
 *   OUT_DIR=folder                      publish there instead of out/
 *   BASE_PATH=/repo, SITE_URL=…         the path and address it is served from
 *   --strict (or BOOK_STRICT=1)         warnings stop the build
 * Ctrl-C or SIGTERM stops it at once: every process of it ends, out/ stays as it was
 * (lib/build/build-process.ts).
 */
import { runBuildProcess } from '../lib/build/build-process'

process.exitCode = await runBuildProcess(new URL('./build-site.ts', import.meta.url), process.argv.slice(2), {
  cwd: process.cwd(),
  outDir: process.env['OUT_DIR'] || 'out',
})
