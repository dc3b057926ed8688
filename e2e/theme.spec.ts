/**
 * Light and dark: the toggle in the menu (auto → light → dark), remembered across
 * pages and reloads and applied before the first paint; 'auto' follows the system.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { REPORT, shell, showMenu, waitForHydration, YEAR } from './support/site'

/** Relative luminance (0 black … 1 white) of body's computed background colour. */
function bodyLuminance(page: Page): Promise<number> {
  return luminance(page.locator('body'), 'backgroundColor')
}

/** Relative luminance of a computed colour of an element. */
async function luminance(locator: Locator, property: 'backgroundColor' | 'color'): Promise<number> {
  const colour = await locator.evaluate((element, property) => {
    // Resolve whatever syntax the computed value uses (rgb(), color(srgb …)) through a canvas.
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    const context = canvas.getContext('2d')!
    context.fillStyle = getComputedStyle(element)[property]
    context.fillRect(0, 0, 1, 1)
    return [...context.getImageData(0, 0, 1, 1).data]
  }, property)
  const [r, g, b, a] = colour.map((value) => value / 255) as [number, number, number, number]
  expect(a, `${property} is opaque`).toBeGreaterThan(0.99)
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

const DARK = 0.05
const LIGHT = 0.8

test.describe('theme toggle', () => {
  test('pressing the toggle until dark makes the page dark, and it stays dark after a reload', async ({
    page,
    health,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto(YEAR)
    const html = page.locator('html')
    await expect(html).not.toHaveAttribute('data-theme')
    expect(await bodyLuminance(page)).toBeGreaterThan(LIGHT)

    await waitForHydration(page)
    await showMenu(page, testInfo)
    const toggle = shell(page).themeToggle
    await expect(toggle).toHaveAttribute('aria-label', '配色：跟随系统')
    const seen: Array<string | null> = []
    for (let presses = 0; presses < 3 && (await html.getAttribute('data-theme')) !== 'dark'; presses++) {
      await toggle.click()
      seen.push(await html.getAttribute('data-theme'))
    }
    expect(seen, 'auto → light → dark').toEqual(['light', 'dark'])
    await expect(toggle).toHaveAttribute('aria-label', '配色：深色')
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark')
    await expect.poll(() => bodyLuminance(page)).toBeLessThan(DARK)

    await page.reload()
    await expect(html).toHaveAttribute('data-theme', 'dark')
    expect(await bodyLuminance(page)).toBeLessThan(DARK)
    await showMenu(page, testInfo)
    await expect(shell(page).themeToggle).toHaveAttribute('aria-label', '配色：深色')
    await health.expectNone(page)
  })

  test('the stored choice is applied before any of the site’s scripts run', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto(REPORT)
    await page.evaluate(() => localStorage.setItem('theme', 'dark'))
    // No bundle loads: only the inline script in <head> can set the theme.
    await page.route('**/_next/static/**/*.js', (route) => route.abort())
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(await bodyLuminance(page)).toBeLessThan(DARK)
  })

  test('a third press goes back to auto and forgets light/dark', async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(YEAR)
    await waitForHydration(page)
    await showMenu(page, testInfo)
    const toggle = shell(page).themeToggle
    await toggle.click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    expect(await bodyLuminance(page)).toBeGreaterThan(LIGHT)
    await toggle.click()
    await toggle.click()
    await expect(page.locator('html')).not.toHaveAttribute('data-theme')
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('auto')
    await expect.poll(() => bodyLuminance(page)).toBeLessThan(DARK)
  })

  test('the choice follows the reader to another page', async ({ page }, testInfo) => {
    await page.goto(YEAR)
    await waitForHydration(page)
    await showMenu(page, testInfo)
    await shell(page).themeToggle.click()
    await shell(page).themeToggle.click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await page.goto(REPORT)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(await bodyLuminance(page)).toBeLessThan(DARK)
  })
})

test.describe('automatic theme', () => {
  test('with no stored choice, a dark system gives a dark page', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(YEAR)
    await expect(page.locator('html')).not.toHaveAttribute('data-theme')
    expect(await bodyLuminance(page)).toBeLessThan(DARK)
  })

  test('with no stored choice, a light system gives a light page', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto(YEAR)
    await expect(page.locator('html')).not.toHaveAttribute('data-theme')
    expect(await bodyLuminance(page)).toBeGreaterThan(LIGHT)
  })

  test('a stored light choice wins over a dark system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(YEAR)
    await page.evaluate(() => localStorage.setItem('theme', 'light'))
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    expect(await bodyLuminance(page)).toBeGreaterThan(LIGHT)
  })
})

test.describe('dark system colour scheme from the start', () => {
  test.use({ colorScheme: 'dark' })

  test('the article text is light on dark', async ({ page }) => {
    await page.goto(YEAR)
    expect(await bodyLuminance(page)).toBeLessThan(DARK)
    expect(await luminance(page.locator('main h1'), 'color')).toBeGreaterThan(0.5)
    expect(await luminance(page.locator('main p').first(), 'color')).toBeGreaterThan(0.5)
  })
})
