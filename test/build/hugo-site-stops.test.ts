/**
 * The English fixture site (e2e/fixtures/english-site) with one broken file added to a copy:
 * the build reads every file, says what became of each, and stops on the broken one with its
 * file, line and fix, before anything is written. (The site itself builds in npm run test:e2e.)
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.join(import.meta.dirname, '..', '..')
const FIXTURE = path.join(ROOT, 'e2e', 'fixtures', 'english-site')

describe('a Hugo site with one broken file among good ones', () => {
  it('stops with the broken file’s line, counts it, and writes nothing', { timeout: 120_000 }, () => {
    const site = mkdtempSync(path.join(tmpdir(), 'english-site-'))
    cpSync(FIXTURE, site, { recursive: true })
    writeFileSync(
      path.join(site, 'content', 'docs', 'broken.md'),
      '---\ntitle: Broken\ntags: [one, two\nweight: 3\n---\nBody\n',
    )
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'english-out-')), 'site')
    const env: NodeJS.ProcessEnv = { ...process.env, HUGO_SITE: site, OUT_DIR: out }
    delete env['CONTENT_DIR']

    const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 110_000,
    })

    expect(result.status).toBe(1)
    expect(result.stdout).toContain('6 pages from 9 Markdown files (1 draft, 1 headless bundle, 1 with errors)')
    expect(result.stderr).toMatch(/content\/docs\/broken\.md:\d: invalid YAML front matter: [^\n]+\n {2}fix: /)
    expect(result.stderr).toContain('The build stopped: 1 problem in the content (listed above). Nothing was written.')
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(existsSync(out)).toBe(false)
  })
})
