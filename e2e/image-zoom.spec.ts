/**
 * Image zoom: an image of the body shown smaller than its file opens enlarged, fit to the window
 * — by a click, or Enter or Space on its link — and Esc, a click or the close button close it,
 * focus back on the link. Without JavaScript the same link opens the file. An image that is
 * already a link keeps it; one the zoom could not show larger (an icon shown at its own size)
 * is a plain link to its file. Pages without such images load no zoom at all.
 * The fixture page has a 1280×720 chart, a 48×24 picture and a linked logo (e2e/fixtures/hugo-site).
 */
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { isPhone, waitForHydration, withMotion, YEAR } from './support/site'
import { scaled } from './support/time-scale'

const HUGO_SITE = 'http://localhost:4175'
const GALLERY = `${HUGO_SITE}/docs/gallery/`
const CHART_FILE = '/docs/gallery/chart.png'
const CHART_ALT = '柱状图：八个月的访问量，逐月上升'

const chartLink = (page: Page) => page.locator('article a.image-zoom', { has: page.locator(`img[alt="${CHART_ALT}"]`) })
const dialog = (page: Page) => page.locator('dialog.image-zoom-dialog')
const enlarged = (page: Page) => dialog(page).locator('img')

/** The page has hydrated and loaded the zoom (fetched after hydration: a click before opens the file, as without JavaScript). */
async function zoomReady(page: Page): Promise<void> {
  await waitForHydration(page)
  await expect(dialog(page)).toBeAttached()
}

/** Reaches the link with Tab alone, as a keyboard reader does. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error('Tab never reached the image’s link')
}

/** Where a link leads, as the browser resolves its href. */
const target = (link: Locator) => link.evaluate((element: HTMLAnchorElement) => new URL(element.href).pathname)

const focusIsInDialog = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('dialog.image-zoom-dialog[open]') !== null)

/** The enlarged image has loaded the chart's own file, at its own size (1280 px), not a column-sized one. */
async function expectFullSizeFile(page: Page) {
  await expect
    .poll(
      () =>
        enlarged(page).evaluate((image: HTMLImageElement) => ({
          file: new URL(image.currentSrc).pathname,
          width: image.complete ? image.naturalWidth : 0,
        })),
      { timeout: scaled(10_000) },
    )
    .toEqual({ file: CHART_FILE, width: 1280 })
}

/** Records Content-Security-Policy violations (inline styles are not allowed). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = [])
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked`))
  })
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme })
      await page.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme)
    })

    test('keyboard only: Tab to the image, Enter opens it enlarged, focus stays inside, Esc closes, focus is back', async ({
      page,
      health,
    }, testInfo) => {
      test.setTimeout(scaled(90_000))
      const violations = await watchCsp(page)
      await page.goto(GALLERY)
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await zoomReady(page)
      const link = chartLink(page)
      expect(await target(link)).toBe(CHART_FILE)

      await tabTo(page, link)
      const before = await page.evaluate(() => window.scrollY)
      await page.keyboard.press('Enter')
      await expect(dialog(page)).toBeVisible()
      await expect(dialog(page)).toHaveAttribute('aria-label', '放大的图片')
      await expect(enlarged(page)).toHaveAttribute('alt', CHART_ALT)
      expect(await focusIsInDialog(page)).toBe(true)
      await expect(dialog(page).getByRole('button', { name: '关闭' })).toBeFocused()
      await expectFullSizeFile(page)
      expect(new URL(page.url()).pathname, 'the page stays where it is').toBe('/docs/gallery/')

      // Larger than the page shows it: wider than the text column on a desktop, at least as wide on a phone.
      const shown = (await link.locator('img').boundingBox())!
      const column = (await page.locator('article .markdown-body').boundingBox())!
      const zoomed = (await enlarged(page).boundingBox())!
      expect(zoomed.width).toBeGreaterThan(shown.width)
      if (!isPhone(testInfo)) expect(zoomed.width).toBeGreaterThan(column.width)
      expect(zoomed.width).toBeLessThanOrEqual(page.viewportSize()!.width)
      expect(zoomed.height).toBeLessThanOrEqual(page.viewportSize()!.height)

      for (let presses = 0; presses < 3; presses++) {
        await page.keyboard.press('Tab')
        expect(await focusIsInDialog(page), 'Tab keeps focus in the open image').toBe(true)
      }
      await page.keyboard.press('Escape')
      await expect(dialog(page)).toBeHidden()
      await expect(link).toBeFocused()
      expect(await page.evaluate(() => window.scrollY)).toBe(before)

      // Space opens it too (as a button would), without scrolling the page; the close button closes it.
      await page.keyboard.press(' ')
      await expect(dialog(page)).toBeVisible()
      await page.keyboard.press('Enter')
      await expect(dialog(page)).toBeHidden()
      await expect(link).toBeFocused()
      expect(await page.evaluate(() => window.scrollY)).toBe(before)

      expect(await violations()).toEqual([])
      await health.expectNone(page)
    })

    test('mouse: a click opens it, the page behind does not scroll, a click closes it', async ({ page, health }) => {
      await page.goto(GALLERY)
      await zoomReady(page)
      const link = chartLink(page)
      await link.locator('img').scrollIntoViewIfNeeded()
      await link.locator('img').click()
      await expect(dialog(page)).toBeVisible()
      await expectFullSizeFile(page)

      const before = await page.evaluate(() => window.scrollY)
      await page.mouse.wheel(0, 400)
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
      expect(await page.evaluate(() => window.scrollY), 'the page behind stays put').toBe(before)

      await enlarged(page).click()
      await expect(dialog(page)).toBeHidden()
      await expect(link).toBeFocused()

      await link.locator('img').click()
      await expect(dialog(page)).toBeVisible()
      await page.mouse.click(5, page.viewportSize()!.height - 5)
      await expect(dialog(page)).toBeHidden()
      await health.expectNone(page)
    })

    test('axe finds nothing serious in the open image', async ({ page }) => {
      await page.goto(GALLERY)
      await zoomReady(page)
      await chartLink(page).locator('img').click()
      await expect(dialog(page)).toBeVisible()
      await expectFullSizeFile(page)
      const { violations } = await new AxeBuilder({ page }).include('dialog.image-zoom-dialog').analyze()
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      expect(serious).toEqual([])
    })
  })
}

test('an image that is already a link keeps its link and does not open enlarged', async ({ page }) => {
  await page.goto(GALLERY)
  await zoomReady(page)
  const logoLink = page.locator('article a', { has: page.locator('img[alt="本站标志"]') })
  await expect(logoLink).toHaveAttribute('href', '/docs/getting-started/')
  await expect(logoLink).not.toHaveClass(/image-zoom/)
  await logoLink.click()
  await expect(page).toHaveURL(`${HUGO_SITE}/docs/getting-started/`)
  await expect(dialog(page)).toHaveCount(0)
})

test('an image shown at its file’s own size opens no zoom: its link opens the file', async ({ page }) => {
  await page.goto(GALLERY)
  await zoomReady(page)
  const photo = page.locator('article img[alt="包里的图片"]')
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(48)
  await photo.click()
  await expect(page).toHaveURL(`${HUGO_SITE}/docs/gallery/photo.png`)
})

test.describe('with motion allowed', () => {
  test.use(withMotion)

  test('the image grows into place; with reduced motion it appears at once', async ({ page }) => {
    await page.goto(GALLERY)
    await zoomReady(page)
    await chartLink(page).locator('img').click()
    await expect(dialog(page)).toBeVisible()
    expect(await enlarged(page).evaluate((image) => getComputedStyle(image).animationName)).toBe('image-zoom-in')
    await page.keyboard.press('Escape')

    await page.emulateMedia({ reducedMotion: 'reduce' })
    await chartLink(page).locator('img').click()
    await expect(dialog(page)).toBeVisible()
    expect(await enlarged(page).evaluate((image) => getComputedStyle(image).animationName)).toBe('none')
  })
})

test('the zoom is on a page with images only: a page whose images are all missing has none', async ({ page }) => {
  await page.goto(GALLERY)
  await zoomReady(page)

  await page.goto(YEAR)
  await waitForHydration(page)
  await expect(page.locator('article .image-missing').first()).toBeVisible()
  await expect(page.locator('a.image-zoom')).toHaveCount(0)
  await expect(dialog(page)).toHaveCount(0)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the image links to its file, which opens at full size; an image that is a link keeps only its own', async ({
    page,
  }) => {
    await page.goto(GALLERY)
    const logoLinks = page.locator('article a', { has: page.locator('img[alt="本站标志"]') })
    await expect(logoLinks).toHaveCount(1)
    await expect(logoLinks).toHaveAttribute('href', '/docs/getting-started/')

    const link = chartLink(page)
    expect(await target(link)).toBe(CHART_FILE)
    await link.locator('img').click()
    await expect(page).toHaveURL(`${HUGO_SITE}${CHART_FILE}`)
  })
})
