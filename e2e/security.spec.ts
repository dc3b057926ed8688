/**
 * Hostile content never runs in a reader's browser. The hostile fixture book
 * (e2e/fixtures/hostile, on 4174) holds the attacks: raw <script>, event handlers, frames,
 * SVG onload, style sheets, meta refresh, forms, javascript:/data:/vbscript: URLs in every
 * way Markdown, HTML, shortcodes, front matter and the site's menu can write them, and
 * titles, tags and headings that look like HTML.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { isPhone, openMenuDrawer, waitForHydration } from './support/site'

const HOSTILE_BOOK = 'http://localhost:4174'
const PAGES = ['/', '/docs/raw-html/', '/docs/links/', '/docs/title-html/', '/docs/book-href/', '/docs/markup-as-text/']

/** Counts the dialogs (alert, confirm, prompt) any script opens on the page. */
function countDialogs(page: Page): { count: number } {
  const seen = { count: 0 }
  page.on('dialog', async (dialog) => {
    seen.count++
    await dialog.dismiss()
  })
  return seen
}

/** Every URL-valued attribute that would run code, and every on* attribute, in the live DOM (shadow roots and SVG included). */
async function dangerousAttributes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          // eslint-disable-next-line no-control-regex -- as the browser does before reading a URL's scheme
          const value = attribute.value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase()
          if (/^on/i.test(attribute.name)) found.push(`${element.localName} ${attribute.name}="${attribute.value}"`)
          else if (
            /^(href|src|srcset|action|formaction|xlink:href|poster|data|background|cite)$/i.test(attribute.name) &&
            /(^|,)(javascript|vbscript|data):/.test(value)
          ) {
            found.push(`${element.localName} ${attribute.name}="${attribute.value}"`)
          }
        }
        if (element.shadowRoot) visit(element.shadowRoot)
      }
    }
    visit(document)
    return found
  })
}

for (const path of PAGES) {
  test(`${path}: no script of the content runs, no handler or script URL reaches the page`, async ({
    page,
    health,
  }) => {
    const dialogs = countDialogs(page)
    await page.goto(`${HOSTILE_BOOK}${path}`)
    await waitForHydration(page)
    await page.waitForLoadState('networkidle')
    expect(dialogs.count).toBe(0)
    expect(await dangerousAttributes(page)).toEqual([])
    await expect(page.locator('script:not([src])')).toHaveCount(1) // the theme bootstrap only
    await expect(page.locator('iframe, object, embed, form, base')).toHaveCount(0)
    // The one meta that acts is the build's own policy, first in the head (for hosts without headers).
    await expect(page.locator('meta[http-equiv]')).toHaveCount(1)
    await expect(page.locator('head > meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1)
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none')
    expect(new URL(page.url()).pathname).toBe(path) // no refresh, no redirect
    expect(
      health
        .problems([{ url: /invalid\.example|\/docs\/x$/, status: 404 }])
        .filter((problem) => !/invalid\.example/.test(problem)),
    ).toEqual([])
  })
}

test('safe HTML written by the author stays: kbd, sub, sup, br, details', async ({ page }) => {
  await page.goto(`${HOSTILE_BOOK}/docs/raw-html/`)
  const body = page.locator('.markdown-body')
  await expect(body.locator('kbd')).toHaveText(['Ctrl', 'K'])
  await expect(body.locator('sub')).toHaveText('2')
  await expect(body.locator('sup')).toHaveText('2')
  await expect(body.locator('br')).toHaveCount(1)
  await expect(body.locator('details summary')).toHaveText(['展开', '更多说明'])
  await expect(body.locator('img[alt="远程图片"]')).toHaveAttribute('src', 'https://invalid.example/a.png')
})

test('links with script, data: or vbscript: addresses keep their text and lose their address', async ({ page }) => {
  await page.goto(`${HOSTILE_BOOK}/docs/links/`)
  const body = page.locator('.markdown-body')
  for (const text of [
    '内联链接',
    '大小写混写',
    '引用式链接',
    '数据链接',
    'VBScript 链接',
    '实体编码的链接',
    '前面有空格的链接',
    '按钮',
  ]) {
    await expect(body.getByText(text, { exact: true })).toBeVisible()
  }
  await expect(body.locator('a[href]')).toHaveCount(2) // the heading's own # link and the https link
  await expect(body.getByRole('link', { name: '正常链接' })).toHaveAttribute('href', 'https://example.org/')
  // front matter `source: javascript:…` shows no "original" link.
  await expect(page.locator('.page-meta-source')).toHaveCount(0)
})

test('menu entries from the configuration and bookHref never link to a script', async ({ page }, testInfo) => {
  await page.goto(`${HOSTILE_BOOK}/`)
  if (isPhone(testInfo)) await openMenuDrawer(page)
  const menu = page.locator('aside.book-menu')
  await expect(menu.getByText('脚本链接')).toBeVisible()
  await expect(menu.getByText('数据链接')).toBeVisible()
  expect(
    await menu.getByText('脚本链接').evaluate((element) => element.closest('a')?.getAttribute('href') ?? null),
  ).toBeNull()
  const bookHref = page.getByRole('link', { name: '外部链接条目' }).first()
  expect(await bookHref.getAttribute('href')).not.toMatch(/javascript:/i)
})

test('titles, menu titles, tags and headings that look like HTML are shown as text', async ({ page }, testInfo) => {
  const dialogs = countDialogs(page)
  await page.goto(`${HOSTILE_BOOK}/docs/title-html/`)
  await expect(page).toHaveTitle(/^<img src=x onerror=alert\(1\)>/)
  await expect(page.locator('article h1')).toHaveText('<img src=x onerror=alert(1)>')
  await expect(page.locator('article h1 img')).toHaveCount(0)
  if (isPhone(testInfo)) await openMenuDrawer(page)
  await expect(page.getByRole('link', { name: "<script>alert('linkTitle')</script>菜单" }).first()).toBeVisible()
  await expect(page.getByText("<img src=x onerror=alert('tag')>").first()).toBeVisible()
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    "<b onmouseover=alert('description')>说明</b>",
  )
  await expect(page.locator('article b, article script')).toHaveCount(0)
  expect(dialogs.count).toBe(0)
})

test('a search query and search results that look like HTML are shown as text', async ({ page }, testInfo) => {
  const dialogs = countDialogs(page)
  await page.goto(`${HOSTILE_BOOK}/`)
  await waitForHydration(page)
  if (isPhone(testInfo)) await page.locator('header.book-header button.search-button').click()
  else await page.keyboard.press('ControlOrMeta+k')
  const dialog = page.locator('dialog.search-dialog')
  const input = dialog.getByRole('combobox', { name: '搜索本书' })
  await input.fill('<img src=x onerror=alert(1)>')
  const options = dialog.getByRole('option')
  await expect(options.first()).toBeVisible()
  await expect(dialog.getByText('<img src=x onerror=alert(1)>').first()).toBeVisible()
  await input.fill('<script>alert(1)</script>')
  await expect(dialog.getByText('<script>alert(1)</script>').first()).toBeVisible()
  // A query that finds nothing is repeated in the "nothing found" line: as text.
  await input.fill('<u>zzqqxx</u>')
  await expect(dialog.getByText('<u>zzqqxx</u>')).toBeVisible()
  await expect(dialog.locator('img, script, b, u')).toHaveCount(0)
  expect(await dangerousAttributes(page)).toEqual([])
  expect(dialogs.count).toBe(0)
})
