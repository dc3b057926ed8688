/**
 * Edit latency in `npm run dev`: a page open in headless Chromium, a unique line appended
 * to its Markdown file, the time until the line shows in that page. First without touching
 * the page (what an author sees); if it never shows, the finding is reported and the time
 * is measured again with a reload every 250 ms. The file is always restored byte for byte
 * and the dev server's whole process group stopped.
 */
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { chromium, type Browser, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../lib/build/chromium'
import { onInterrupt } from './at-exit'
import { withBuildLock } from '../../lib/build/build-lock'
import { freePort, stopGroup, waitForUrl } from './serve'

export interface DevLatency {
  /** Milliseconds per edit until the line showed without a reload; empty when it never did. */
  live: number[]
  /** Milliseconds per edit with a reload every 250 ms, measured only when `live` is empty. */
  reloaded: number[]
  /** From starting `npm run dev` to the page's first answer (start-up and the route's first compile). */
  startupMs: number
}

const LIVE_TIMEOUT_MS = 20_000

async function timeUntilShown(page: Page, file: string, original: string, marker: string, reload: boolean): Promise<number | undefined> {
  const start = performance.now()
  writeFileSync(file, `${original}\n\n${marker}\n`)
  const shown = () => page.evaluate((text) => document.body.innerText.includes(text), marker).catch(() => false)
  while (performance.now() - start < LIVE_TIMEOUT_MS) {
    if (reload) await page.reload({ waitUntil: 'domcontentloaded' }).catch(() => undefined)
    if (await shown()) return performance.now() - start
    await sleep(reload ? 250 : 50)
  }
  return undefined
}

/** `pagePath` is the page's URL path, `markdownFile` its source in content/. */
export async function measureDevLatency(pagePath: string, markdownFile: string, edits: number): Promise<DevLatency> {
  // The dev server's contentlayer rewrites .contentlayer/, which a build in this folder also uses.
  return withBuildLock(async () => {
    const port = await freePort()
    const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
    delete env['CONTENT_DIR']
    delete env['HUGO_SITE']
    const startedAt = performance.now()
    const server = spawn(path.join('node_modules', '.bin', 'tsx'), ['scripts/dev.ts', '-p', String(port)], { detached: true, stdio: 'ignore', env })
    const original = readFileSync(markdownFile, 'utf8')
    const unregister = onInterrupt(() => {
      writeFileSync(markdownFile, original)
      stopGroup(server)
    })
    let browser: Browser | undefined
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
      const url = `http://localhost:${port}${pagePath}`
      await waitForUrl(url, 180_000) // the first request compiles the route
      const startupMs = performance.now() - startedAt
      const page = await browser.newPage()
      await page.goto(url, { waitUntil: 'load', timeout: 180_000 })
      await sleep(2000) // let the HMR socket connect
      const result: DevLatency = { live: [], reloaded: [], startupMs }
      for (const reload of [false, true]) {
        if (reload && result.live.length > 0) break
        for (let edit = 0; edit < edits; edit++) {
          const time = await timeUntilShown(page, markdownFile, original, `基准测试编辑 bench-edit-${reload ? 'reload' : 'live'}-${edit}-${process.pid}`, reload)
          writeFileSync(markdownFile, original)
          await sleep(3000) // the restore rebuilds too; let it settle
          if (time === undefined) break
          ;(reload ? result.reloaded : result.live).push(time)
        }
      }
      return result
    } finally {
      writeFileSync(markdownFile, original)
      stopGroup(server)
      unregister()
      await browser?.close()
      await sleep(1000)
    }
  })
}
