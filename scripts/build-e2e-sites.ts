/**
 * Builds the fixture books the browser tests use besides the default book: every
 * e2e/fixtures/<name>/ with a content/ folder is built into .e2e-sites/<name>/.
 * Run by `npm run test:e2e` before Playwright; builds run one after another (they share
 * .next/ and .contentlayer/).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

const FIXTURES = path.join('e2e', 'fixtures')
export const E2E_SITES = '.e2e-sites'

for (const name of readdirSync(FIXTURES).sort()) {
  const contentDir = path.join(FIXTURES, name, 'content')
  if (!existsSync(contentDir)) continue
  console.log(`\n■ Building the fixture book "${name}"`)
  const result = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
    stdio: 'inherit',
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: path.join(E2E_SITES, name) },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
