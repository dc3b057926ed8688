/**
 * `npm run build`: the book into out/, in steps that each stop the build on failure.
 *   1. read the content once (front matter, field values, URLs: errors name file and line),
 *      say what became of every Markdown file, and stage the pages for contentlayer (.book/);
 *   2. contentlayer2 build: the staged pages → typed documents in .contentlayer/; a page it
 *      skips stops the build;
 *   3. next build: the static export;
 *   4. copy the content folder's other files (images beside pages) into the export;
 *   5. with HUGO_SITE, copy the Hugo site's static/ folder into the export root.
 * The previous out/ is kept aside and put back if a step fails: never a half-built site.
 * CONTENT_DIR=/path/to/hugo/content builds another content folder with the same code;
 * HUGO_SITE=/path/to/hugo-site builds a whole Hugo site: its hugo.toml (or config.toml, …)
 * over site.config.ts, its content folder, its static files (CONTENT_DIR still wins for content);
 * OUT_DIR=folder puts the result there instead of out/ (next build itself always writes out/).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { loadBuildContext, type BuildContext } from '../lib/config/build-context'
import { isContentError } from '../lib/diagnostics/content-error'
import { readWarnings, reportWarning, WARNINGS_FILE_VARIABLE } from '../lib/diagnostics/build-warnings'
import { readContentSources, sourcesSummary } from '../lib/content/sources'
import { writeStage } from '../lib/build/stage'
import { missingDocuments } from '../lib/build/verify-documents'
import { loadDocuments } from '../lib/site/documents'
import { resolveMenuPageRefs } from '../lib/site/menu-entries'
import { acquireBuildLockSync } from '../lib/build/build-lock'
import { secureExport } from '../lib/build/secure-export'

const OUT = 'out'
const PREVIOUS = '.out-previous'
const target = process.env['OUT_DIR'] || OUT
// --strict (or BOOK_STRICT=1): a warning (unknown shortcode, broken link, missing image) fails the build.
const strict = process.argv.includes('--strict') || process.env['BOOK_STRICT'] === '1'
// One warnings file per build: builds run side by side until the lock (below) orders them.
const warningsFile = path.resolve(`.build-warnings.${process.pid}.jsonl`)
rmSync(warningsFile, { force: true })
process.on('exit', () => rmSync(warningsFile, { force: true }))
process.env[WARNINGS_FILE_VARIABLE] = warningsFile
/** True once this build has moved out/ aside: only then does a failure put it back. */
let movedOut = false
const build = loadBuildContextOrStop()
const { contentDir, hugo: hugoSite } = build

function step(title: string) {
  console.log(`\n▸ ${title}`)
}


function fail(message: string): never {
  console.error(`\n✗ ${message}`)
  if (movedOut && existsSync(PREVIOUS)) {
    rmSync(OUT, { recursive: true, force: true })
    renameSync(PREVIOUS, OUT)
    console.error('  The previous out/ was left as it was.')
  }
  process.exit(1)
}

/**
 * The build's settings, read once (lib/config/build-context.ts). With HUGO_SITE it says in one
 * line which settings have no effect here; a file that does not parse stops the build with its line.
 */
function loadBuildContextOrStop(): BuildContext {
  const hugoSiteVariable = process.env['HUGO_SITE']
  if (hugoSiteVariable) {
    const siteDir = path.resolve(hugoSiteVariable)
    const shown = path.relative(process.cwd(), siteDir)
    step(`Reading the Hugo site configuration in ${shown.startsWith('..') ? siteDir : shown || '.'}`)
  }
  try {
    const context = loadBuildContext()
    const { hugo, siteDir } = context
    if (hugo && siteDir) {
      console.log(`  read ${hugo.files.join(', ')}`)
      if (hugo.ignoredLine) console.log(`  ${hugo.ignoredLine}`)
      const files = hugo.files.map((file) => path.relative(process.cwd(), path.join(siteDir, file))).map((file, index) => (file.startsWith('..') ? path.join(siteDir, hugo.files[index]!) : file))
      for (const message of hugo.warnings) reportWarning({ file: files.join(' + '), message })
    }
    return context
  } catch (error) {
    if (!isContentError(error)) throw error
    console.error(error.format())
    fail('The build stopped: the Hugo site configuration above could not be read. Nothing was written.')
  }
}

function run(command: string, args: string[]) {
  const result = spawnSync(path.join('node_modules', '.bin', command), args, { stdio: 'inherit', env: process.env })
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed (exit code ${result.status ?? result.signal}).`)
}

// The check only reads the content: it runs before waiting for the lock, so bad content fails at once.
if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
  fail(`Content folder ${contentDir} does not exist. Set CONTENT_DIR to a Hugo content folder${hugoSite ? ' or contentDir in the Hugo configuration' : ''}, or create ./content.`)
}

const shownContentDir = path.relative(process.cwd(), contentDir)
step(`Checking content in ${shownContentDir.startsWith('..') ? contentDir : shownContentDir || '.'}`)
const sources = readContentSources(contentDir)
console.log(`  ${sourcesSummary(sources)}`)
// Menu entries that name a page by its content path (Hugo's pageRef) are checked against the pages read.
const menuTargets = sources.pages.map((page) => ({ filePath: page.filePath, url: page.url, linkTitle: page.meta.linkTitle ?? page.meta.title ?? '' }))
for (const message of resolveMenuPageRefs(build.config.menu, menuTargets).warnings) {
  reportWarning({ file: hugoSite && build.siteDir ? hugoSite.files.map((file) => path.join(path.relative(process.cwd(), build.siteDir!), file)).join(' + ') : 'site.config.ts', message })
}
const errors = sources.errors
if (errors.length > 0) {
  for (const error of errors) console.error(error.format())
  fail(`The build stopped: ${errors.length} problem${errors.length === 1 ? '' : 's'} in the content (listed above). Nothing was written.`)
}

// One build at a time in a checkout (scripts/build-lock.ts).
acquireBuildLockSync(() => console.log('Another build is running in this folder; waiting for it to finish…'))
// A build killed during next build left its out/ half written and the previous one aside.
if (existsSync(PREVIOUS)) {
  rmSync(OUT, { recursive: true, force: true })
  renameSync(PREVIOUS, OUT)
}

step('Building documents (contentlayer2)')
rmSync('.contentlayer', { recursive: true, force: true })
writeStage(sources)
run('contentlayer2', ['build'])
const missing = missingDocuments(sources, loadDocuments())
if (missing.length > 0) {
  for (const error of missing) console.error(error.format())
  fail(`The build stopped: ${missing.length} page${missing.length === 1 ? '' : 's'} missing from contentlayer2's output (listed above). Nothing was written.`)
}
const warnings = readWarnings(warningsFile)
if (warnings.length > 0) {
  console.log(`\n  ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (listed above with file and line)`)
  if (strict) fail(`The build stopped: --strict turns the ${warnings.length} warning${warnings.length === 1 ? '' : 's'} above into errors. Nothing was written.`)
}

step('Building the site (next build)')
rmSync(PREVIOUS, { recursive: true, force: true })
if (existsSync(OUT)) renameSync(OUT, PREVIOUS)
movedOut = true
run('next', ['build'])

step('Moving inline scripts into files and writing the security headers (CSP)')
try {
  const secured = secureExport(OUT, build.config.theme)
  console.log(`  ${secured.pages} pages, ${secured.scripts} script files; serve.json, _headers and nginx-headers.conf written`)
} catch (error) {
  fail(`Securing the export failed: ${error instanceof Error ? error.message : String(error)}`)
}

step('Copying images and other files beside the pages')
let copied = 0
const copyAssets = (relativeDir: string) => {
  for (const entry of readdirSync(path.join(contentDir, relativeDir), { withFileTypes: true })) {
    const relative = path.join(relativeDir, entry.name)
    if (entry.isDirectory()) copyAssets(relative)
    else if (entry.isFile() && !/\.(md|markdown)$/i.test(entry.name) && !entry.name.startsWith('.')) {
      cpSync(path.join(contentDir, relative), path.join(OUT, relative))
      copied++
    }
  }
}
copyAssets('')
console.log(`  ${copied} file${copied === 1 ? '' : 's'} copied`)

if (hugoSite) {
  // Hugo publishes static/ at the site root (/images/logo.png); a file the build already
  // wrote (a page, the sitemap, the search index) is kept and the static one is skipped.
  step('Copying the Hugo site’s static files')
  let copiedStatic = 0
  const skipped: string[] = []
  const copyStatic = (staticDir: string, relativeDir: string) => {
    for (const entry of readdirSync(path.join(staticDir, relativeDir), { withFileTypes: true })) {
      const relative = path.join(relativeDir, entry.name)
      if (entry.isDirectory()) copyStatic(staticDir, relative)
      else if (entry.isFile()) {
        if (existsSync(path.join(OUT, relative))) skipped.push(relative.split(path.sep).join('/'))
        else {
          cpSync(path.join(staticDir, relative), path.join(OUT, relative))
          copiedStatic++
        }
      }
    }
  }
  for (const staticDir of hugoSite.staticDirs) if (existsSync(staticDir) && statSync(staticDir).isDirectory()) copyStatic(staticDir, '')
  console.log(`  ${copiedStatic} file${copiedStatic === 1 ? '' : 's'} copied`)
  if (skipped.length > 0) console.warn(`  warning: not copied, the built site has a file of that name already: ${skipped.join(', ')}`)
}

if (path.resolve(target) !== path.resolve(OUT)) {
  rmSync(target, { recursive: true, force: true })
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true })
  renameSync(OUT, target)
  if (existsSync(PREVIOUS)) renameSync(PREVIOUS, OUT)
}
rmSync(PREVIOUS, { recursive: true, force: true })
console.log(`\n✓ The site is in ${target}/ — serve it with: ${target === OUT ? 'npm start' : `npx serve ${target}`}`)
