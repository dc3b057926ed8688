/**
 * A page that renders for ever (a list 2,000 deep, let through by a raised nesting limit) in a
 * Hugo site of enough pages to render in worker processes: the worker on it is killed at the
 * site's renderSeconds and the build stops naming the page, instead of running for half an hour.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFixture } from '../support/content'

const ROOT = path.join(import.meta.dirname, '..', '..')

// One core renders in the build's own process, where a page cannot be stopped mid-render.
describe.skipIf(availableParallelism() < 2)('a page over the render time budget', () => {
  it('kills the worker on it and stops the build naming the page and the fix', { timeout: 300_000 }, () => {
    const pages = Object.fromEntries(
      Array.from({ length: 120 }, (_, index) => [
        `content/docs/page-${index}.md`,
        `---\ntitle: P${index}\n---\n正文 ${index}\n`,
      ]),
    )
    const site = writeFixture({
      'hugo.toml': 'title = "Budget"\n[params.BookLimits]\nnesting = 5000\nrenderSeconds = 5\n',
      'content/_index.md': '---\ntitle: Home\n---\n',
      ...pages,
      'content/docs/deep.md': `---\ntitle: Deep\n---\n\n${Array.from({ length: 2000 }, (_, depth) => `${'  '.repeat(depth)}- 项目\n`).join('')}`,
    })
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'budget-out-')), 'site')
    const env: NodeJS.ProcessEnv = { ...process.env, HUGO_SITE: site, OUT_DIR: out }
    delete env['CONTENT_DIR']

    const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 280_000,
    })

    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      `${path.join(site, 'content')}/docs/deep.md: took longer than 5 s to render; it was stopped\n  fix: split the page into smaller pages, or raise limits.renderSeconds`,
    )
    expect(result.stderr).toContain('The build stopped: the pages above could not be rendered. Nothing was written.')
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(existsSync(out)).toBe(false)
  })
})
