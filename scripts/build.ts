/**
 * `npm run build`: the book into out/, in steps (lib/build/) that each stop the build on failure.
 *   1. read the settings and the content once (front matter, field values, URLs: errors name
 *      file and line), say what became of every Markdown file, and stage the pages (.book/);
 *   2. contentlayer2 build: the staged pages → typed documents in .contentlayer/; a page it
 *      skips stops the build, and so does any warning with --strict (or BOOK_STRICT=1);
 *   3. next build: the static export, its inline scripts moved into files for the CSP;
 *   4. copy the content folder's other files (images beside pages) into the export;
 *   5. with HUGO_SITE, copy the Hugo site's static folders into the export root.
 * The previous out/ is kept aside and put back if a step fails: never a half-built site.
 * CONTENT_DIR=/path/to/hugo/content builds another content folder with the same code;
 * HUGO_SITE=/path/to/hugo-site builds a whole Hugo site: its hugo.toml (or config.toml, …)
 * over Hugo's defaults, its content folder, its static files (CONTENT_DIR still wins for content);
 * OUT_DIR=folder puts the result there instead of out/ (next build itself always writes out/).
 * A site served under a sub-path (baseURL `https://owner.github.io/repo/`, or BASE_PATH=/repo)
 * is built with every URL under that path. A multilingual Hugo site is built once per language
 * (BOOK_LANGUAGE, each under its own base path), then laid out as Hugo does (lib/build/languages.ts).
 */
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { readWarnings, reportWarning, WARNINGS_FILE_VARIABLE } from '../lib/diagnostics/build-warnings'
import { acquireBuildLockSync } from '../lib/build/build-lock'
import { configStep } from '../lib/build/config-step'
import { contentStep } from '../lib/build/content-step'
import { copyContentAssets, copyStaticFolders } from '../lib/build/copy-files'
import { removeDisabledOutputs } from '../lib/build/disabled-kinds'
import { assembleLanguages } from '../lib/build/languages'
import { counted, STOP } from '../lib/build/messages'
import { placeNotFoundPage } from '../lib/build/not-found-page'
import { engineVersion, fingerprintFor } from '../lib/build/render-cache'
import { renderStep } from '../lib/build/render-step'
import { renderInWorkers } from '../lib/build/render-workers'
import { writeSearchIndex } from '../lib/build/search-step'
import { moveOutputAside, previousOutput, publishOutput, restorePrevious } from '../lib/build/safe-output'
import { buildIdFor } from '../lib/build/build-id'
import {
  planExportStep,
  recordExportedScripts,
  removeExportPlan,
  siteOfDocuments,
  type PlannedExport,
} from '../lib/build/export-step'
import { linkKeptRoutes, writeExportState } from '../lib/build/incremental-export'
import { allowedScriptHashes, secureExport, writeHeaderFiles } from '../lib/build/secure-export'
import { writeStage } from '../lib/build/stage'
import { isStrict, warningsOutcome } from '../lib/build/strict-warnings'
import { missingDocuments } from '../lib/build/verify-documents'
import { loadDocuments } from '../lib/site/documents'
import { searchIndexFiles, type SearchIndexFiles } from '../lib/search/index-file'
import { publishedFiles } from '../lib/content/published-files'
import { siteAddress } from '../lib/config/site-config'
import type { BuildContext } from '../lib/config/build-context'
import type { ContentSources } from '../lib/content/sources'

const OUT = 'out'
const target = process.env['OUT_DIR'] || OUT
const strict = isStrict(process.argv, process.env)
// One warnings file per build: builds run side by side until the lock (below) orders them.
const warningsFile = path.resolve(`.build-warnings.${process.pid}.jsonl`)
rmSync(warningsFile, { force: true })
process.on('exit', () => rmSync(warningsFile, { force: true }))
process.env[WARNINGS_FILE_VARIABLE] = warningsFile
/** True once this build has moved out/ aside: only then does a failure put it back. */
let movedOut = false

const step = (title: string) => console.log(`\n▸ ${title}`)
function fail(message: string, problems: readonly { format(): string }[] = []): never {
  for (const problem of problems) console.error(problem.format())
  console.error(`\n✗ ${message}`)
  removeExportPlan()
  if (movedOut && restorePrevious(OUT)) console.error('  The previous out/ was left as it was.')
  process.exit(1)
}
function run(command: string, args: string[]) {
  // A production build whatever the shell says (NODE_ENV=test under vitest, development in some shells): next.config.ts exports only then.
  const result = spawnSync(path.join('node_modules', '.bin', command), args, {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) fail(STOP.tool(command, args, result.status ?? result.signal))
}

const config = configStep()
if (config.title) step(config.title)
if (!config.ok) fail(config.stop, [config.error])
for (const line of config.lines) console.log(`  ${line}`)
config.warnings.forEach(reportWarning)
const build = config.context
// next.config.ts reads it: Next's basePath puts /_next/ and the routes under the sub-path.
process.env['BOOK_BASE_PATH'] = build.config.basePath
if (build.config.basePath !== '')
  console.log(`  served under ${build.config.basePath}/: every link, file and index is under it`)
if (build.languages && !process.env['BOOK_LANGUAGE']) buildEveryLanguage(build.languages, build)

const content = contentStep(build)
if (!content.ok) fail(content.stop)
step(content.title)
console.log(`  ${content.summary}`)
content.warnings.forEach(reportWarning)
if (content.stop) fail(content.stop, content.errors)

acquireBuildLockSync(() => console.log('Another build is running in this folder; waiting for it to finish…'))
restorePrevious(OUT) // a build killed during next build left its out/ half written and the previous one aside

step('Rendering the Markdown')
// contentlayer's cache (.contentlayer/) and the cache of rendered Markdown (.book/cache/) are kept between
// builds: staged pages are touched when their render's inputs change (lib/build/stage.ts, render-cache.ts).
const engine = engineVersion()
const fingerprint = fingerprintFor(build, content.sources, { engine })
writeStage(content.sources, { fingerprint })
try {
  const rendered = await renderStep(content.sources, fingerprint, {
    cores: availableParallelism(),
    render: renderInWorkers(build),
  })
  const how = rendered.workers > 0 ? ` by ${counted(rendered.workers, 'worker')}` : ''
  console.log(
    `  ${counted(rendered.rendered, 'page')} rendered${how}, ${rendered.pages - rendered.rendered} from the cache`,
  )
  rendered.warnings.forEach(reportWarning)
} catch (error) {
  fail(STOP.render(error instanceof Error ? error.message : String(error)))
}

step('Building documents (contentlayer2)')
run('contentlayer2', ['build'])
// next.config.ts reads it: the same code gives the same build id, so kept and new pages belong together.
const buildId = buildIdFor(engine, build.config.basePath)
process.env['BOOK_BUILD_ID'] = buildId
const { exported, search } = checkDocumentsAndPlanExport(content.sources)
const warnings = warningsOutcome(readWarnings(warningsFile).length, strict)
if (warnings.summary) console.log(`\n  ${warnings.summary}`)
if (warnings.stop) fail(warnings.stop)

step('Building the site (next build)')
// The last output, which this build's kept pages are linked from: out/ waits aside as .out-previous while next build writes out/.
const lastOutput = path.resolve(target) === path.resolve(OUT) ? previousOutput(OUT) : target
moveOutputAside(OUT)
movedOut = true
console.log(`  exporting ${exported.summary}`)
run('next', ['build'])
removeExportPlan()
placeNotFoundPage(OUT)
// BookSearch = false: the search-index route wrote only a placeholder; no index is published.
if (!search) rmSync(path.join(OUT, 'search-index'), { recursive: true, force: true })
else {
  try {
    const written = await writeSearchIndex(OUT, search)
    console.log(`  search index: ${counted(written.files, 'file')}, ${(written.bytes / 2 ** 20).toFixed(1)} MB`)
  } catch (error) {
    fail(STOP.search(error instanceof Error ? error.message : String(error)))
  }
}
// Hugo's disableKinds: what the site leaves out (taxonomy and term pages, sitemap.xml, robots.txt, 404.html) is deleted from the export.
const leftOut = removeDisabledOutputs(OUT, build.config.disableKinds)
if (leftOut.length > 0) console.log(`  disableKinds: not written: ${leftOut.join(', ')}`)

step('Moving inline scripts into files and writing the security headers (CSP)')
try {
  const secured = await secureExport(OUT, build.config.theme, build.config.basePath, { cores: availableParallelism() })
  console.log(
    `  ${secured.pages} pages, ${secured.scripts} script files; serve.json, _headers and nginx-headers.conf written`,
  )
  recordExportedScripts(exported.state, secured.pageScripts)
} catch (error) {
  fail(STOP.secure(error instanceof Error ? error.message : String(error)))
}

if (exported.plan.kind === 'partial') {
  step('Keeping the unchanged pages of the last build')
  console.log(
    `  ${counted(linkKeptRoutes(lastOutput, OUT, exported.plan.keep), 'page route')} linked from the last output`,
  )
}

step('Copying images and other files beside the pages')
console.log(
  `  ${counted(copyContentAssets(build.contentDir, OUT, publishedFiles(content.sources.pages, content.sources.assets)).copied, 'file')} copied`,
)

if (build.hugo && !process.env['BOOK_LANGUAGE']) {
  // Hugo publishes static/ at the site root (/images/logo.png); a file the build already wrote is kept.
  step('Copying the Hugo site’s static files')
  const { copied, skipped } = copyStaticFolders(build.hugo.staticDirs, OUT)
  console.log(`  ${counted(copied, 'file')} copied`)
  if (skipped.length > 0)
    console.warn(`  warning: not copied, the built site has a file of that name already: ${skipped.join(', ')}`)
}

publishOutput(OUT, target)
writeExportState(exported.state)
if (process.env['BOOK_LANGUAGE']) console.log(`\n✓ ${build.config.language} built`)
else
  console.log(
    `\n✓ The site is in ${target}/ — serve it with: ${target === OUT ? 'npm start' : `npx serve ${target}`}${servedUnder(build.config.basePath)}`,
  )

/**
 * contentlayer's documents, read once (every page's HTML: 226 MB of JSON at 10,000 pages) and
 * let go when this returns, before next build: each page must have become a document, then
 * the export is planned from them and the search index's records are taken. The last output
 * is still where it was published.
 */
function checkDocumentsAndPlanExport(sources: ContentSources): {
  exported: PlannedExport
  search: SearchIndexFiles | undefined
} {
  const documents = loadDocuments()
  const missing = missingDocuments(sources, documents)
  if (missing.length > 0) fail(STOP.documents(missing.length), missing)
  const made = siteOfDocuments(build, documents)
  // The search index's records are taken now, from the same site: writing the files after next build needs no second read.
  return {
    exported: planExportStep(build, made, { buildId, lastOutput: target, target }),
    search: build.config.search ? searchIndexFiles(made.site, buildId) : undefined,
  }
}

/**
 * A multilingual site: this script once per language (BOOK_LANGUAGE, into .book/languages/<key>),
 * then the languages laid out as Hugo does, the static folders and the hosts' headers once at
 * the root. The previous output stays as it is until every language has built.
 */
function buildEveryLanguage(languages: NonNullable<BuildContext['languages']>, context: BuildContext): never {
  step(
    `Building ${counted(languages.length, 'language')}: ${languages.map((language) => `${language.key} (${language.basePath}/)`).join(', ')}`,
  )
  const partsDir = path.resolve('.book', 'languages')
  rmSync(partsDir, { recursive: true, force: true })
  for (const language of languages) {
    console.log(`\n■ ${language.name} (${language.key})`)
    const env = { ...process.env, BOOK_LANGUAGE: language.key, OUT_DIR: path.join(partsDir, language.key) }
    const result = spawnSync(path.join('node_modules', '.bin', 'tsx'), [process.argv[1]!, ...process.argv.slice(2)], {
      stdio: 'inherit',
      env,
    })
    if (result.status !== 0) fail(`The build of the language ${language.key} stopped (above). Nothing was written.`)
  }
  step('Laying out the languages as Hugo does')
  const site = path.join(partsDir, '.site')
  assembleLanguages(
    languages.map((language) => ({
      key: language.key,
      folder: language.folder,
      dir: path.join(partsDir, language.key),
      isDefault: language.isDefault,
    })),
    site,
    siteAddress({ baseURL: context.config.baseURL, basePath: context.siteBasePath }),
  )
  writeHeaderFiles(
    site,
    allowedScriptHashes(context.config.theme),
    ['', ...languages.map((language) => language.folder).filter((folder) => folder !== '')],
    context.siteBasePath,
  )
  if (context.hugo) {
    const { copied, skipped } = copyStaticFolders(context.hugo.staticDirs, site)
    console.log(`  ${counted(copied, 'static file')} copied`)
    if (skipped.length > 0)
      console.warn(`  warning: not copied, the built site has a file of that name already: ${skipped.join(', ')}`)
  }
  publishOutput(site, target)
  rmSync(partsDir, { recursive: true, force: true })
  console.log(
    `\n✓ The site is in ${target}/ — serve it with: ${target === OUT ? 'npm start' : `npx serve ${target}`}${servedUnder(context.siteBasePath)}`,
  )
  process.exit(0)
}

/** Where to open a site built for a sub-path. */
function servedUnder(basePath: string): string {
  if (basePath === '') return ''
  return `\n  It is built for ${basePath}/: deploy the folder at that path (GitHub Pages does for a project site); npm start serves it there`
}
