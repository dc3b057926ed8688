/**
 * A multilingual hugo-book site served under a sub-path (e2e/fixtures/multilingual, baseURL
 * https://owner.example.org/sub/path/, built by scripts/build-e2e-sites.ts into
 * .e2e-sites/multilingual/sub/path/ and served from that folder's top on port 4180): English at
 * /sub/path/, Chinese (Hugo's `cn`) at /sub/path/cn/. Every link, file and index must work from
 * under the sub-path, and the language menu leads to the page's translation.
 */
import type { Page, TestInfo } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { isPhone, showMenu, waitForHydration } from './support/site'

const HOST = 'http://localhost:4180'
const BASE = '/sub/path'

async function openSearch(page: Page, testInfo: TestInfo, label: string) {
  await waitForHydration(page)
  if (isPhone(testInfo)) await page.locator('header.book-header button.search-button').click()
  else await page.keyboard.press('ControlOrMeta+k')
  const input = page.locator('dialog.search-dialog').getByRole('combobox', { name: label })
  await expect(input).toBeFocused()
  return input
}

test.describe('a multilingual site under a sub-path', () => {
  test('every page, script, style and image loads from under the sub-path', async ({ page, health }) => {
    for (const url of ['/', '/docs/guide/setup/', '/docs/guide/', '/cn/', '/cn/docs/guide/setup/']) {
      const response = await page.goto(`${HOST}${BASE}${url}`, { waitUntil: 'networkidle' })
      expect(response?.status(), url).toBe(200)
      await health.expectNone(page)
    }
    await page.goto(`${HOST}${BASE}/`, { waitUntil: 'networkidle' })
    // `images/logo.svg` in the home page resolves from /sub/path/ to the static file, as in the browser under Hugo.
    const logo = page.locator('article img[alt="Site logo"]')
    await expect(logo).toHaveJSProperty('complete', true)
    expect(await logo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0)
  })

  test('menu, content links and the section list lead to pages under the sub-path, without a full reload', async ({
    page,
    health,
  }, testInfo) => {
    // Each page settles before the next goto: a request still running then (the icon) is aborted by the test, not failed by the site.
    await page.goto(`${HOST}${BASE}/docs/guide/setup/`, { waitUntil: 'networkidle' })
    await waitForHydration(page)
    await showMenu(page, testInfo)
    const menuHrefs = await page
      .locator('.menu-tree a.menu-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(menuHrefs.length).toBeGreaterThan(0)
    for (const href of menuHrefs) expect(href).toMatch(/^\/sub\/path\/docs\//)
    // The `About` entry names a page (pageRef): hugo-book shows that page's title.
    await expect(page.locator('.menu-after a')).toHaveText('Setup')
    await expect(page.locator('.menu-after a')).toHaveAttribute('href', `${BASE}/docs/guide/setup/`)

    // A link written as a Markdown file path, resolved to the page's URL under the sub-path; client-side, so the window survives.
    await page.goto(`${HOST}${BASE}/docs/guide/setup/`, { waitUntil: 'networkidle' })
    await waitForHydration(page)
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same document'))
    await page.locator('article').getByRole('link', { name: 'fieldwork' }).click()
    await expect(page).toHaveURL(`${HOST}${BASE}/docs/guide/fieldwork/`)
    await expect(page.locator('article h1').first()).toHaveText('Fieldwork')
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same document')
    await page.waitForLoadState('networkidle')

    await page.goto(`${HOST}${BASE}/docs/guide/`, { waitUntil: 'networkidle' })
    const listed = await page
      .locator('article dl.book-section-list a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(listed).toEqual([`${BASE}/docs/guide/setup/`, `${BASE}/docs/guide/fieldwork/`])
    await health.expectNone(page)
  })

  test('search loads its index from under the sub-path and lands on the heading', async ({ page }, testInfo) => {
    await page.goto(`${HOST}${BASE}/docs/guide/setup/`)
    // The site's i18n/en.yaml says what hugo-book's `Search` is called.
    const input = await openSearch(page, testInfo, 'Search the notes')
    await input.fill('Transect')
    const option = page.locator('dialog.search-dialog').getByRole('option').first()
    await expect(option).toHaveAttribute('href', `${BASE}/docs/glossary/#transect`)
    await input.press('Enter')
    await expect(page).toHaveURL(`${HOST}${BASE}/docs/glossary/#transect`)
    await expect(page.locator('article h2#transect')).toBeVisible()
  })

  test('the language menu leads to the translation, else to that language’s home, in that language’s interface', async ({
    page,
  }, testInfo) => {
    await page.goto(`${HOST}${BASE}/docs/guide/setup/`)
    await showMenu(page, testInfo)
    const languages = page.locator('details.book-languages')
    await expect(languages.locator('summary')).toContainText('English')
    await languages.locator('summary').click()
    await expect(languages.getByRole('link')).toHaveText(['English', '中文'])
    await languages.getByRole('link', { name: '中文' }).click()
    await expect(page).toHaveURL(`${HOST}${BASE}/cn/docs/guide/setup/`)
    await expect(page.locator('article h1').first()).toHaveText('安装')
    // Hugo's `cn` reads as Simplified Chinese: hugo-book shows 搜索.
    await expect(page.locator('.book-brand-link')).toHaveText('田野笔记')
    await openSearch(page, testInfo, '搜索本书')

    // The English page without a Chinese translation leads to the Chinese home page.
    await page.goto(`${HOST}${BASE}/docs/guide/fieldwork/`)
    await expect(page.locator('details.book-languages a[hreflang="cn"]')).toHaveAttribute('href', `${BASE}/cn/`)
  })

  test('hreflang alternates, the sitemap index and the canonical address carry the sub-path', async ({
    page,
    request,
  }) => {
    await page.goto(`${HOST}${BASE}/docs/guide/setup/`)
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]))
    expect(alternates).toEqual([
      ['en', 'https://owner.example.org/sub/path/docs/guide/setup/'],
      ['cn', 'https://owner.example.org/sub/path/cn/docs/guide/setup/'],
    ])
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      'https://owner.example.org/sub/path/docs/guide/setup/',
    )
    const sitemap = await (await request.get(`${HOST}${BASE}/sitemap.xml`)).text()
    expect(sitemap).toContain('<loc>https://owner.example.org/sub/path/en/sitemap.xml</loc>')
    expect(sitemap).toContain('<loc>https://owner.example.org/sub/path/cn/sitemap.xml</loc>')
    const chinese = await (await request.get(`${HOST}${BASE}/cn/sitemap.xml`)).text()
    expect(chinese).toContain('<loc>https://owner.example.org/sub/path/cn/docs/guide/setup/</loc>')
  })
})
