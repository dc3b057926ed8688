/**
 * The page as Markdown (llmstxt.org): each page's Markdown at its URL + `index.html.md`, a "copy
 * Markdown" control under the title (a plain link to the Markdown without JavaScript), and each
 * language's /llms.txt and /llms-full.txt. The default book on 4173; hugo-book's shortcodes on the
 * Hugo site fixture (4175); the sub-path and the languages on the multilingual fixture (4180,
 * built for https://owner.example.org/sub/path/).
 */
import AxeBuilder from '@axe-core/playwright'
import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { ALL_PAGES, MENU_PAGES, SITE_TITLE, waitForHydration, YEAR, YEAR_TITLE } from './support/site'

const HUGO_SITE = 'http://localhost:4175'
const HINTS = `${HUGO_SITE}/docs/shortcodes/hints/`
const MULTILINGUAL = 'http://localhost:4180/sub/path'

const copyControl = (page: Page, name: string | RegExp) => page.locator('main .page-meta').getByRole('link', { name })

/** Tabs from the page's title to the control, as a keyboard reader would, and says how many stops it took. */
async function tabToControl(page: Page, name: string): Promise<void> {
  await page.locator('main h1').evaluate((heading) => {
    heading.setAttribute('tabindex', '-1')
    ;(heading as HTMLElement).focus()
  })
  const control = copyControl(page, name)
  for (let stop = 0; stop < 12 && !(await control.evaluate((link) => link === document.activeElement)); stop++)
    await page.keyboard.press('Tab')
  await expect(control).toBeFocused()
}

async function allowClipboard(context: BrowserContext, origin: string): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
}

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText())

for (const theme of ['light', 'dark'] as const) {
  test(`Tab reaches "复制 Markdown" under the title and Enter copies the page as Markdown (${theme})`, async ({
    page,
    context,
    health,
  }) => {
    await allowClipboard(context, 'http://localhost:4173')
    await page.emulateMedia({ colorScheme: theme })
    await page.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme)
    await page.goto(YEAR)
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await waitForHydration(page)
    const control = copyControl(page, '复制 Markdown')
    await expect(control).toBeVisible()
    await expect(control).toHaveAttribute('href', `${YEAR}index.html.md`)
    const { violations } = await new AxeBuilder({ page }).include('main .page-meta').analyze()
    expect(violations.map((violation) => violation.id)).toEqual([])

    await tabToControl(page, '复制 Markdown')
    // The focus ring is drawn around it.
    expect(await control.evaluate((link) => getComputedStyle(link).outlineStyle)).not.toBe('none')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: '已复制本页 Markdown' })).toBeVisible()
    await expect(page).toHaveURL(YEAR)
    const markdown = await clipboardText(page)
    expect(markdown.startsWith(`# ${YEAR_TITLE}\n`)).toBe(true)
    // The page's text, its headings as Markdown, no HTML.
    const firstHeading = (await page.locator('article h2').first().textContent())!.replace(/#$/, '').trim()
    expect(markdown).toContain(`\n## ${firstHeading}\n`)
    expect(markdown).not.toMatch(/<(?:div|span|p|a)\b/)
    await health.expectNone(page)
  })
}

test('a page’s shortcodes are copied as Markdown: hints as quotes with their kind, details as bold summaries', async ({
  page,
  context,
}) => {
  await allowClipboard(context, HUGO_SITE)
  await page.goto(HINTS)
  await waitForHydration(page)
  await tabToControl(page, '复制 Markdown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: '已复制本页 Markdown' })).toBeVisible()
  const markdown = await clipboardText(page)
  expect(markdown).toContain('# 提示与折叠\n\n> hint 的六种样式、GitHub 提醒、details 与 expand。\n')
  expect(markdown).toContain('> [!WARNING]\n> **警告**：注意这里。\n')
  expect(markdown).toContain('> [!CAUTION]\n> 这是一条小心。\n')
  expect(markdown).toContain('**点开看答案**\n\n答案是 **42**。\n')
  expect(markdown).not.toContain('{{')
})

test('the Markdown and llms.txt files are served as text', async ({ request }) => {
  for (const path of [`${YEAR}index.html.md`, '/llms.txt', '/llms-full.txt']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type'], path).toMatch(/^text\/(markdown|plain)\b/)
  }
})

test('/llms.txt has the book’s title and description, then the menu’s pages in menu order, each by its Markdown', async ({
  request,
}) => {
  const text = await (await request.get('/llms.txt')).text()
  expect(text.startsWith(`# ${SITE_TITLE}\n\n> `)).toBe(true)
  const links = [...text.matchAll(/^\s*- \[([^\]]+)\]\(([^)]+)\)/gm)].map(([, title, url]) => ({
    title: title!,
    path: decodeURIComponent(new URL(url!).pathname),
  }))
  const menu = links.filter((link) => MENU_PAGES.some((page) => `${page.path}index.html.md` === link.path))
  expect(menu).toEqual(MENU_PAGES.map((page) => ({ title: page.title, path: `${page.path}index.html.md` })))
  for (const link of links) expect((await request.get(link.path)).status(), link.path).toBe(200)
})

test('/llms-full.txt holds every page’s Markdown', async ({ request }) => {
  const response = await request.get('/llms-full.txt')
  expect(response.status()).toBe(200)
  const full = await response.text()
  for (const path of ALL_PAGES.filter((path) => !/^\/(categories|tags)\//.test(path))) {
    const page = await request.get(`${path}index.html.md`)
    expect(page.status(), path).toBe(200)
    const markdown = await page.text()
    expect(markdown, path).toMatch(/^# \S/)
    expect(full, path).toContain(markdown)
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the control is a link that opens the page’s Markdown', async ({ page }) => {
    await page.goto(YEAR)
    const link = copyControl(page, '查看 Markdown')
    await expect(link).toBeVisible()
    await expect(copyControl(page, '复制 Markdown')).toHaveCount(0)
    await link.click()
    await expect(page).toHaveURL(`${YEAR}index.html.md`)
    await expect(page.locator('body')).toContainText(`# ${YEAR_TITLE}`)
  })
})

test.describe('a multilingual site under a sub-path', () => {
  test('each language has its llms.txt under its folder, linking under the sub-path; the root one is the default language’s', async ({
    request,
  }) => {
    const english = await (await request.get(`${MULTILINGUAL}/llms.txt`)).text()
    expect(english).toMatch(/^# Field Notes\n/)
    expect(english).toContain('- [Setup](https://owner.example.org/sub/path/docs/guide/setup/index.html.md)')
    expect(await (await request.get(`${MULTILINGUAL}/en/llms.txt`)).text()).toBe(english)
    const chinese = await (await request.get(`${MULTILINGUAL}/cn/llms.txt`)).text()
    expect(chinese).toMatch(/^# 田野笔记\n/)
    expect(chinese).toContain('- [安装](https://owner.example.org/sub/path/cn/docs/guide/setup/index.html.md)')
    const full = await (await request.get(`${MULTILINGUAL}/cn/llms-full.txt`)).text()
    expect(full).toContain(await (await request.get(`${MULTILINGUAL}/cn/docs/guide/setup/index.html.md`)).text())
  })

  for (const [path, name, copied, title] of [
    ['/docs/guide/setup/', 'Copy Markdown', 'Page copied as Markdown', '# Setup\n'],
    ['/cn/docs/guide/setup/', '复制 Markdown', '已复制本页 Markdown', '# 安装\n'],
  ] as const) {
    test(`${path}: the control, in the page’s language, copies the page’s Markdown from under the sub-path`, async ({
      page,
      context,
    }) => {
      await allowClipboard(context, 'http://localhost:4180')
      await page.goto(`${MULTILINGUAL}${path}`)
      await waitForHydration(page)
      await expect(copyControl(page, name)).toHaveAttribute('href', `/sub/path${path}index.html.md`)
      await tabToControl(page, name)
      await page.keyboard.press('Enter')
      await expect(page.getByRole('status').filter({ hasText: copied })).toBeVisible()
      const markdown = await clipboardText(page)
      expect(markdown.startsWith(title)).toBe(true)
      expect(markdown).toContain('](https://owner.example.org/sub/path/')
    })
  }
})
