/**
 * Builds the fixture books the browser tests use besides the default book: every
 * e2e/fixtures/<name>/ is built into .e2e-sites/<name>/, as a whole Hugo site (HUGO_SITE:
 * its hugo.toml, content and static/) when the folder has a Hugo configuration, else its
 * content/ folder as a bare content folder (CONTENT_DIR).
 * The manual (docs/, a Hugo site) is built too, into .e2e-sites/manual/, with `--strict`, as
 * `npm run docs` builds it: the browser tests read it as they read the default book.
 * `npx tsx scripts/build-e2e-sites.ts hugo-site manual` builds only the books named.
 * Run by `npm run test:e2e` before Playwright; builds run one after another, through the
 * build's own function (lib/build/build.ts).
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import book from '../site.config'
import { build, BuildStopped } from '../lib/build/build'
import { formatProblem } from '../lib/diagnostics/problem'
import { loadBuildContext, type Env } from '../lib/config/build-context'
import { hasHugoConfig } from '../lib/config/hugo/config-files'

const FIXTURES = path.join('e2e', 'fixtures')
export const E2E_SITES = '.e2e-sites'

const only = process.argv.slice(2)

const books = [
  ...readdirSync(FIXTURES)
    .sort()
    .map((name) => ({ name, siteDir: path.join(FIXTURES, name), strict: false })),
  { name: 'manual', siteDir: 'docs', strict: true },
]

for (const { name, siteDir, strict } of books) {
  if (only.length > 0 && !only.includes(name)) continue
  const contentDir = path.join(siteDir, 'content')
  const hugo = hasHugoConfig(siteDir)
  if (!hugo && !existsSync(contentDir)) continue
  console.log(
    `\n■ Building the ${name === 'manual' ? 'manual' : `fixture book "${name}"`}${hugo ? ' (a Hugo site)' : ''}`,
  )
  const env: Env = hugo ? { HUGO_SITE: siteDir } : { CONTENT_DIR: contentDir }
  // A site served under a sub-path (its baseURL's path) is put at that path inside its folder, which is served as the host's root.
  const served = loadBuildContext(book, env).siteBasePath.split('/').filter(Boolean).map(decodeURIComponent)
  try {
    await build({ env, outDir: path.join(E2E_SITES, name, ...served), strict })
  } catch (error) {
    if (!(error instanceof BuildStopped)) throw error
    for (const problem of error.problems) console.error(formatProblem(problem))
    console.error(`\n✗ ${error.message}`)
    process.exit(1)
  }
}
