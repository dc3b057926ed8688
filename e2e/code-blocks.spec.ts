/**
 * Code blocks: each names its language in a bar above the code (written at build time) and,
 * where JavaScript runs, has a copy button there that says "copied" in the page's language.
 * It copies the code only: no line numbers, and in a shell session only the commands after
 * the `$ ` prompts. Seen in the Hugo site (e2e/fixtures/hugo-site, Chinese, port 4175) and in
 * the MDX book (e2e/fixtures/mdx-book, English, port 4181).
 */
import AxeBuilder from '@axe-core/playwright'
import type { BrowserContext, Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { isPhone, scriptsLoadedBy, waitForHydration } from './support/site'
import { scaled } from './support/time-scale'

const HUGO_SITE = 'http://localhost:4175'
const INSTALL = `${HUGO_SITE}/docs/guide/install/`
const CONFIGURE = `${HUGO_SITE}/docs/guide/configure/`
const MDX_PAGE = 'http://localhost:4181/docs/interactive/'

/** The commands of the install page's shell session, as a reader would paste them. */
const COMMANDS = 'node --version\nnpm install \\\n    --no-audit'

const blocks = (page: Page) => page.locator('article .code-block')

async function allowClipboard(context: BrowserContext, origin: string): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText())

/** Presses Tab until `target` has the focus (at most `limit` presses): the keyboard alone reaches it. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`${limit} presses of Tab did not reach the button`)
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme })
      await page.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme)
    })

    test('each block names its language and has a copy button above its first line, readable in the theme', async ({
      page,
      health,
    }) => {
      await page.goto(INSTALL)
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await waitForHydration(page)
      await expect(blocks(page)).toHaveCount(3)
      await expect(blocks(page).locator('.code-block-language')).toHaveText(['Shell Session', 'TOML'])
      await expect(blocks(page).nth(2).locator('.code-block-language')).toHaveCount(0)
      const buttons = blocks(page).getByRole('button', { name: '复制代码' })
      await expect(buttons).toHaveCount(3)
      await expect(buttons).toHaveText(['复制', '复制', '复制'])

      const width = page.viewportSize()!.width
      for (const block of await blocks(page).all()) {
        const button = (await block.getByRole('button').boundingBox())!
        const firstLine = (await block.locator('pre code').boundingBox())!
        expect(button.x + button.width).toBeLessThanOrEqual(width)
        expect(button.y + button.height, 'the button is above the code, not over it').toBeLessThanOrEqual(firstLine.y)
      }
      const { violations } = await new AxeBuilder({ page }).include('article .code-block').analyze()
      expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
      await health.expectNone(page)
    })
  })
}

test('keyboard only: Tab reaches the copy button, Enter copies the commands, it says “copied”, then “copy” again', async ({
  page,
  context,
}) => {
  await allowClipboard(context, HUGO_SITE)
  await page.goto(INSTALL)
  await waitForHydration(page)
  // Found by its class: its name changes with what it says.
  const button = blocks(page).first().locator('button.code-copy')
  await expect(button).toHaveAccessibleName('复制代码')
  await tabTo(page, button)
  expect(await button.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(button).toHaveText('已复制')
  await expect(page.getByRole('status').filter({ hasText: '已复制' })).toHaveCount(1)
  expect(await clipboard(page)).toBe(COMMANDS)
  await expect(button).toBeFocused()
  await expect(button).toHaveText('复制', { timeout: scaled(10_000) })
  await expect(button).toHaveAccessibleName('复制代码')
})

test('a block with line numbers is copied without them; other blocks as written', async ({ page, context }) => {
  await allowClipboard(context, HUGO_SITE)
  await page.goto(CONFIGURE)
  await waitForHydration(page)
  await expect(page.locator('article pre.line-numbers')).toHaveCount(1)
  await blocks(page).getByRole('button', { name: '复制代码' }).click()
  expect(await clipboard(page)).toBe('package main\nimport "fmt"\nfunc main() { fmt.Println("hi") }')

  await page.goto(INSTALL)
  await waitForHydration(page)
  await blocks(page).nth(1).getByRole('button').click()
  expect(await clipboard(page)).toBe('baseURL = "https://example.org/"\ntitle = "手册"')
  await blocks(page).nth(2).getByRole('button').click()
  expect(await clipboard(page)).toBe('纯文本，没有语言')
})

test('an MDX page’s block, in an English book: named, copied, “Copied”', async ({ page, context }) => {
  await allowClipboard(context, 'http://localhost:4181')
  await page.goto(MDX_PAGE)
  await waitForHydration(page)
  const block = blocks(page).filter({ hasText: 'numbat' })
  await expect(block.locator('.code-block-language')).toHaveText('JavaScript')
  const button = block.locator('button.code-copy')
  await expect(button).toHaveAccessibleName('Copy code')
  await button.click()
  await expect(button).toHaveText('Copied')
  expect(await clipboard(page)).toBe("console.log('numbat')")
})

test('where the page may not write the clipboard, the code is selected and the button says how to copy it', async ({
  page,
}, testInfo) => {
  // As on http at a LAN address: no secure context, no navigator.clipboard.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }))
  await page.goto(INSTALL)
  await waitForHydration(page)
  const block = blocks(page).nth(1)
  const button = block.locator('button.code-copy')
  await button.click()
  const message = isPhone(testInfo) ? '已选中，长按即可复制' : '已选中，按 Ctrl+C 复制'
  await expect(button).toHaveText(message)
  await expect(page.getByRole('status').filter({ hasText: message })).toHaveCount(1)
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('baseURL = "https://example.org/"\ntitle = "手册"')
})

test('the buttons’ code loads on pages with a code block only', async ({ browser }) => {
  expect((await scriptsLoadedBy(browser, INSTALL)).some((body) => body.includes('code-copy'))).toBe(true)
  expect((await scriptsLoadedBy(browser, `${HUGO_SITE}/docs/guide/`)).some((body) => body.includes('code-copy'))).toBe(
    false,
  )
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the language names show, no button is in the page, and a block without a language has no empty bar', async ({
    page,
  }) => {
    await page.goto(INSTALL)
    await expect(blocks(page).locator('.code-block-language')).toHaveText(['Shell Session', 'TOML'])
    await expect(page.locator('article button')).toHaveCount(0)
    await expect(blocks(page).nth(2).locator('.code-block-bar')).toBeHidden()
    await expect(blocks(page).nth(2).locator('pre')).toHaveText('纯文本，没有语言')
  })
})
