/**
 * Screenshots of the served site at desktop (1280px) and phone (390px) widths, for
 * looking at what readers see: `npm run screenshot -- /docs/llm/ [more paths]`.
 * Options: --base http://localhost:3000 --out screenshots --full --dark
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`)
  return index === -1 ? fallback : args.splice(index, 2)[1]!
}
const flag = (name: string) => {
  const index = args.indexOf(`--${name}`)
  if (index !== -1) args.splice(index, 1)
  return index !== -1
}
const base = option('base', 'http://localhost:3000')
const outDir = option('out', 'screenshots')
const fullPage = flag('full')
const dark = flag('dark')
const paths = args.length > 0 ? args : ['/']

const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]

mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
for (const viewport of viewports) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: 1,
    colorScheme: dark ? 'dark' : 'light',
    isMobile: viewport.name === 'phone',
    hasTouch: viewport.name === 'phone',
  })
  const page = await context.newPage()
  for (const pagePath of paths) {
    await page.goto(new URL(pagePath, base).href, { waitUntil: 'networkidle' })
    const name = `${viewport.name}${dark ? '-dark' : ''}-${decodeURIComponent(pagePath).replace(/[^\p{L}\p{N}]+/gu, '_') || 'home'}.png`
    await page.screenshot({ path: path.join(outDir, name), fullPage })
    console.log(path.join(outDir, name))
  }
  await context.close()
}
await browser.close()
