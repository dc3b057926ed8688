/**
 * Builds the fixture books the browser tests use besides the default book: every
 * e2e/fixtures/<name>/ is built into .e2e-sites/<name>/, as a whole Hugo site (HUGO_SITE:
 * its hugo.toml, content and static/) when the folder has a Hugo configuration, else its
 * content/ folder as a bare content folder (CONTENT_DIR).
 * `npx tsx scripts/build-e2e-sites.ts hugo-site` builds only the fixtures named.
 * Run by `npm run test:e2e` before Playwright; builds run one after another (they share
 * .next/ and .contentlayer/).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { hasHugoConfig } from '../lib/config/hugo/config-files'
import { loadBuildContext } from '../lib/site/settings'

const FIXTURES = path.join('e2e', 'fixtures')
export const E2E_SITES = '.e2e-sites'

const only = process.argv.slice(2)

for (const name of readdirSync(FIXTURES).sort()) {
  if (only.length > 0 && !only.includes(name)) continue
  const siteDir = path.join(FIXTURES, name)
  const contentDir = path.join(siteDir, 'content')
  const hugo = hasHugoConfig(siteDir)
  if (!hugo && !existsSync(contentDir)) continue
  console.log(`\n■ Building the fixture book "${name}"${hugo ? ' (a Hugo site)' : ''}`)
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const variable of ['CONTENT_DIR', 'HUGO_SITE', 'BASE_PATH', 'BOOK_LANGUAGE', 'SITE_URL']) delete env[variable]
  if (hugo) env['HUGO_SITE'] = siteDir
  else env['CONTENT_DIR'] = contentDir
  // A site served under a sub-path (its baseURL's path) is put at that path inside its folder, which is served as the host's root.
  env['OUT_DIR'] = path.join(
    E2E_SITES,
    name,
    ...loadBuildContext(env).siteBasePath.split('/').filter(Boolean).map(decodeURIComponent),
  )
  const result = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/build.ts'], { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
