/**
 * The manual (docs/, built with --strict by scripts/build-e2e-sites.ts; served on 4182): an
 * English book of this project's own, read with the checks the default book passes. Every page
 * loads without an error or a failed request; the menu is in the manual's reading order; the
 * shortcode gallery and the long pages pass axe in both themes; search finds English words.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page, TestInfo } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { isPhone, showMenu, visibleMenuTree, waitForHydration } from './support/site'
import { scaled } from './support/time-scale'

const MANUAL = 'http://localhost:4182'

/** The manual's pages, as its sitemap lists them (a page missing from the export fails the first test). */
async function sitemapPaths(page: Page): Promise<string[]> {
  const xml = await (await page.request.get(`${MANUAL}/sitemap.xml`)).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname)
}

test('every page of the manual loads without an error or a failed request', async ({ page, health }) => {
  test.setTimeout(scaled(180_000))
  const paths = await sitemapPaths(page)
  expect(paths).toContain('/docs/shortcodes/')
  for (const path of paths) {
    health.reset()
    const response = await page.goto(`${MANUAL}${path}`, { waitUntil: 'networkidle' })
    expect(response?.status(), path).toBe(200)
    await expect(page.locator('main h1').first(), path).toBeVisible()
    await health.expectNone(page, [], path)
  }
})

test('the menu is in the manual’s reading order', async ({ page }, testInfo: TestInfo) => {
  await page.goto(`${MANUAL}/docs/shortcodes/`)
  await showMenu(page, testInfo)
  const titles = (await visibleMenuTree(page)).map((node) => node.title)
  expect(titles).toEqual([
    'Migrating a hugo-book site',
    'Writing content',
    'Shortcodes',
    'MDX pages',
    'Search',
    'Site settings',
    'Deploying',
    'Security',
    'Performance',
    'Working on it',
  ])
})

for (const theme of ['light', 'dark'] as const) {
  test(`the shortcode gallery and the settings table pass axe in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(scaled(120_000))
    await page.emulateMedia({ colorScheme: theme })
    await page.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme)
    for (const path of ['/', '/docs/shortcodes/', '/docs/migrating/', '/docs/working-on-it/']) {
      await page.goto(`${MANUAL}${path}`, { waitUntil: 'networkidle' })
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      const { violations } = await new AxeBuilder({ page }).analyze()
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      expect(serious, `${path} (${theme})`).toEqual([])
    }
  })
}

test('the gallery’s shortcodes render: tabs switch, details open, the diagram and the formula are drawn', async ({
  page,
}) => {
  await page.goto(`${MANUAL}/docs/shortcodes/`)
  const article = page.locator('main article')
  await article.getByText('macOS', { exact: true }).click()
  await expect(article.locator('.book-tabs-content').getByText('brew install --cask chromium')).toBeVisible()
  await article.locator('summary', { hasText: 'What does a rebuild write?' }).click()
  await expect(article.getByRole('group').getByText('Exactly the bytes of a build from nothing.')).toBeVisible()
  await expect(article.locator('.katex-display')).toHaveCount(1)
  await expect(article.locator('svg').filter({ hasText: 'Documents' }).first()).toBeVisible({ timeout: scaled(30_000) })
})

test('search finds an English word of the manual and lands on its heading', async ({ page }, testInfo) => {
  await page.goto(`${MANUAL}/docs/`)
  await waitForHydration(page)
  if (isPhone(testInfo)) await page.locator('header.book-header button.search-button').click()
  else await page.keyboard.press('ControlOrMeta+k')
  const input = page.locator('dialog.search-dialog').getByRole('combobox')
  await expect(input).toBeFocused()
  await input.fill('dockerfile')
  const first = page.locator('dialog.search-dialog').getByRole('option').first()
  await expect(first).toHaveAttribute('href', /^\/docs\/deploying\/#/)
  await input.press('Enter')
  await expect(page).toHaveURL(new RegExp(`^${MANUAL}/docs/deploying/#`))
})
