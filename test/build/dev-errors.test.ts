/**
 * `npm run dev` as an author runs it, on a small book (CONTENT_DIR, a temporary folder) with one
 * page open in Chromium: a page saved with broken front matter, then one that cannot be rendered,
 * show their errors in the open page (file and line, message, fix, as the terminal prints them)
 * over the last good page, without taking the focus; fixed and saved, the errors go by themselves.
 * `next dev` compiles each route on first use: minutes on a busy 2-core machine, hence the timeouts.
 */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { chromium, type Browser, type Page } from '@playwright/test'
import { expect, it } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium'
import { writeFixture } from '../support/content'

const ROOT = path.join(import.meta.dirname, '..', '..')
const SLOW = 300_000

const A = '---\ntitle: 甲\nweight: 1\n---\n## 第一节\n\n甲的正文。\n'
const B = '---\ntitle: 乙\nweight: 2\n---\n乙的正文。\n'

/** A port nobody listens on now (the e2e suite's fixed ports are left alone: the system picks). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function waitForPage(url: string, log: () => string): Promise<void> {
  for (const deadline = Date.now() + SLOW; Date.now() < deadline; await sleep(500)) {
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) return
  }
  throw new Error(`${url} did not answer: the dev server said\n${log()}`)
}

/** The panel of the build's errors (Next's own alerts, such as its route announcer, are others). */
const buildErrors = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Build error' }) })

it(
  'shows a build error in the open page with its file, line and fix, and takes it away once the file is fixed',
  { timeout: 1_500_000 },
  async () => {
    const content = writeFixture({
      '_index.md': '---\ntitle: 首页\n---\n欢迎阅读。\n',
      'docs/_index.md': '---\ntitle: 文档\n---\n',
      'docs/a.md': A,
      'docs/b.md': B,
    })
    const port = await freePort()
    // next dev's own mode, not vitest's 'test' (next dev would make folders and types of its own for it).
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      CONTENT_DIR: content,
      NEXT_TELEMETRY_DISABLED: '1',
    }
    delete env['HUGO_SITE']
    delete env['BOOK_WARNINGS_FILE']
    const server = spawn('npm', ['run', 'dev', '--', '-p', String(port)], {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let said = ''
    server.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()))
    server.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()))
    let browser: Browser | undefined
    try {
      const url = `http://localhost:${port}/docs/a/`
      await waitForPage(url, () => said)
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
      const page = await browser.newPage()
      // The page asks the dev server for new content once hydrated: edits from then on reach it.
      const polling = page.waitForRequest(/\/dev-content-version/, { timeout: SLOW })
      await page.goto(url, { timeout: SLOW })
      await polling
      expect(await buildErrors(page).count()).toBe(0)
      await page.getByRole('link', { name: '乙', exact: true }).first().focus()
      const focusedBefore = await page.evaluate(() => document.activeElement?.outerHTML)

      // Broken front matter: the sources step stops.
      writeFileSync(path.join(content, 'docs', 'a.md'), A.replace('weight: 1', 'weight: "abc"'))
      const panel = buildErrors(page)
      await panel.waitFor({ timeout: SLOW })
      const shown = await panel.innerText()
      expect(shown).toContain(`${path.join(content, 'docs', 'a.md')}:3`)
      expect(shown).toContain('weight: expected a whole number, found "abc"')
      expect(shown).toContain('fix: write weight: 10')
      expect(shown).toContain('The build stopped: 1 problem in the content')
      // The last good page stays, the focus where it was.
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('甲')
      expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(focusedBefore)

      // Fixed and saved: the panel goes, the page shows the new build (its title and its text).
      writeFileSync(
        path.join(content, 'docs', 'a.md'),
        A.replace('title: 甲', 'title: 甲（已修好）').replace('甲的正文。', '甲的新正文。'),
      )
      await panel.waitFor({ state: 'detached', timeout: SLOW })
      await page.getByRole('heading', { level: 1, name: '甲（已修好）' }).waitFor({ timeout: SLOW })
      await page.locator('article').getByText('甲的新正文。').waitFor({ timeout: SLOW })

      // A page that cannot be rendered (a character the build reserves, on line 5): the render step stops.
      writeFileSync(path.join(content, 'docs', 'b.md'), `${B}\n\uFDD0\n`)
      await panel.waitFor({ timeout: SLOW })
      const rendered = await panel.innerText()
      expect(rendered).toContain(`${path.join(content, 'docs', 'b.md')}:7`)
      expect(rendered).toContain('fix: delete it')
      expect(rendered).toContain('The build stopped: the pages above could not be rendered.')
      writeFileSync(path.join(content, 'docs', 'b.md'), B)
      await panel.waitFor({ state: 'detached', timeout: SLOW })
    } catch (error) {
      console.error(`npm run dev said:\n${said}`)
      throw error
    } finally {
      await browser?.close()
      if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
    }
  },
)
