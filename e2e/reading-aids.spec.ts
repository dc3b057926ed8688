/**
 * A long page helps its reader: a thin bar at the window's top fills as the page is read, and
 * once the reader is a window down a link in the corner takes them back to the top, with focus
 * at the start of the text, gliding only when the reader allows motion, and with or without
 * JavaScript. A short page has neither. On a phone the header names the page only once the
 * page's own heading has scrolled away, and in a short window (a page zoomed to 400 %) the
 * header scrolls away too instead of keeping a quarter of the window.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { isPhone, NEWS, shell, waitForHydration, YEAR, YEAR_TITLE } from './support/site'
import { scaled } from './support/time-scale'

const BACK_TO_TOP = '回到顶部'

const backToTop = (page: Page) => page.getByRole('link', { name: BACK_TO_TOP })
const progressBar = (page: Page) => page.locator('.reading-progress')

/** Scrolls at once, and waits two frames: the browser has drawn the window there and sent its scroll events. */
async function scrollToY(page: Page, top: number): Promise<void> {
  await page.evaluate(
    (top) =>
      new Promise((resolve) => {
        window.scrollTo({ top, behavior: 'instant' })
        requestAnimationFrame(() => requestAnimationFrame(resolve))
      }),
    top,
  )
}

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY))

/** The bar's drawn width as a share of the book's width (the bar spans the book). */
async function barShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const bar = document.querySelector('.reading-progress')!.getBoundingClientRect()
    const book = document.querySelector('.book')!.getBoundingClientRect()
    return bar.width / book.width
  })
}

/** Records every scroll position from now on, to see how the window travelled. */
async function recordScrolls(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const seen: number[] = []
    ;(window as unknown as { seenScrolls: number[] }).seenScrolls = seen
    window.addEventListener('scroll', () => seen.push(Math.round(window.scrollY)), { passive: true })
  })
  return () => page.evaluate(() => (window as unknown as { seenScrolls: number[] }).seenScrolls)
}

for (const theme of ['light', 'dark'] as const) {
  test(`${theme}: on the long page the bar fills as one reads and the link back to the top appears a window down`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme })
    await page.goto(YEAR)
    await page.evaluate(() => {
      const shifts: number[] = []
      ;(window as unknown as { shifts: number[] }).shifts = shifts
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value)
      }).observe({ type: 'layout-shift', buffered: true })
    })
    const article = shell(page).article
    const articleAtTop = await article.boundingBox()

    // At the top: the bar is empty and the link is not there yet (the top is in sight).
    expect(await barShare(page)).toBe(0)
    await expect(backToTop(page)).toBeHidden()
    await expect(progressBar(page)).toHaveAttribute('aria-hidden', 'true')

    const { innerHeight, maxScroll } = await page.evaluate(() => ({
      innerHeight: window.innerHeight,
      maxScroll: document.documentElement.scrollHeight - window.innerHeight,
    }))
    await scrollToY(page, Math.round(maxScroll / 2))
    await expect.poll(() => barShare(page)).toBeCloseTo(0.5, 1)
    await expect(backToTop(page)).toBeVisible()
    await expect(backToTop(page)).toBeInViewport()
    await expect(progressBar(page)).toBeInViewport()
    const bar = (await progressBar(page).boundingBox())!
    expect(bar.y, 'the bar is at the window’s top').toBe(0)
    expect(bar.height).toBeLessThanOrEqual(4)
    const link = (await backToTop(page).boundingBox())!
    expect(link.y + link.height, 'the link is in the window’s bottom corner').toBeGreaterThan(innerHeight - 100)
    expect(link.width, 'big enough to touch').toBeGreaterThanOrEqual(44)

    await scrollToY(page, maxScroll)
    await expect.poll(() => barShare(page)).toBeCloseTo(1, 2)
    await expect(backToTop(page)).toBeInViewport()

    // In the page's colours.
    const colours = await page.evaluate(() => ({
      link: getComputedStyle(document.querySelector('.back-to-top')!).backgroundColor,
      page: getComputedStyle(document.body).backgroundColor,
      bar: getComputedStyle(document.querySelector('.reading-progress')!).backgroundColor,
    }))
    expect(colours.link).toBe(colours.page)
    expect(colours.page).toBe(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(23, 25, 29)')
    expect(colours.bar).not.toBe(colours.page)

    // Overlaid: nothing of the text moved.
    await scrollToY(page, 0)
    expect(await article.boundingBox()).toEqual(articleAtTop)
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([])
  })
}

test('a short page has neither the bar nor the link', async ({ page }) => {
  for (const path of [NEWS, '/']) {
    await page.goto(path)
    await scrollToY(page, 100_000)
    await expect(page.locator('main h1')).toBeAttached()
    await expect(backToTop(page)).toHaveCount(0)
    await expect(progressBar(page)).toBeHidden()
  }
  // The long page, in the same window, has both.
  await page.goto(YEAR)
  await scrollToY(page, 100_000)
  await expect(backToTop(page)).toHaveCount(1)
  await expect(progressBar(page)).toBeVisible()
})

test('keyboard: the link comes after the page’s last link, and Enter goes to the top with focus at the start of the text', async ({
  page,
}) => {
  await page.goto(YEAR)
  await page.keyboard.press('End')
  await expect.poll(() => scrollY(page)).toBeGreaterThan(1000)
  // Where a reader tabbing through the page's footer would be.
  await page.locator('main .book-footer a').last().focus()
  await page.keyboard.press('Tab')
  await expect(backToTop(page)).toBeFocused()
  const outline = await backToTop(page).evaluate((element) => getComputedStyle(element).outlineStyle)
  expect(outline, 'a visible focus indicator').not.toBe('none')
  await page.keyboard.press('Enter')
  await expect.poll(() => scrollY(page)).toBe(0)
  await expect(page.locator('main#content')).toBeFocused()
  // Tab goes on from the top of the text.
  await page.keyboard.press('Tab')
  await expect(page.locator('nav.breadcrumbs a').first()).toBeFocused()
  await expect(backToTop(page)).toBeHidden()
})

test('with less motion the window jumps to the top at once', async ({ page }) => {
  await page.goto(YEAR)
  await waitForHydration(page)
  await expect(page.locator('html')).toHaveAttribute('data-loaded', '')
  await scrollToY(page, 8000)
  const scrolls = await recordScrolls(page)
  await backToTop(page).click()
  await expect.poll(() => scrollY(page)).toBe(0)
  expect(await scrolls(), 'every place the window passed on its way up').toEqual([0])
})

test('with motion allowed the window glides to the top', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto(YEAR)
  await waitForHydration(page)
  await expect(page.locator('html')).toHaveAttribute('data-loaded', '')
  await scrollToY(page, 8000)
  const scrolls = await recordScrolls(page)
  await backToTop(page).click()
  await expect.poll(() => scrollY(page), { timeout: scaled(10_000) }).toBe(0)
  const between = (await scrolls()).filter((y) => y > 0 && y < 8000)
  expect(between.length, 'places the window passed on its way up').toBeGreaterThan(0)
  await expect(page.locator('main#content')).toBeFocused()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the bar fills and the link takes the reader to the top of the text', async ({ page }) => {
    await page.goto(YEAR)
    await expect(backToTop(page)).toBeHidden()
    await page.keyboard.press('End')
    await expect(backToTop(page)).toBeVisible()
    await expect.poll(() => barShare(page)).toBeCloseTo(1, 2)
    await backToTop(page).click()
    await expect.poll(() => scrollY(page)).toBe(0)
    await expect(page.locator('main#content')).toBeFocused()
  })

  test('phone: the header names the page once its heading has gone', async ({ page }, testInfo) => {
    test.skip(!isPhone(testInfo), 'the header is the phone layout’s')
    await page.goto(YEAR)
    const title = shell(page).header.locator('.book-header-title')
    await expect(page.locator('main h1')).toBeInViewport()
    await expect(title).toBeHidden()
    await page.keyboard.press('End')
    await expect(title).toBeVisible()
  })
})

test.describe('phone header', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(!isPhone(testInfo), 'the header is the phone layout’s')
  })

  test('names the page only once the page’s heading has gone up under it, without changing height', async ({
    page,
  }) => {
    await page.goto(YEAR)
    const { header } = shell(page)
    const title = header.locator('.book-header-title')
    const heading = page.locator('main h1')
    await expect(title).toHaveText(YEAR_TITLE)
    await expect(heading).toBeInViewport()
    await expect(title, 'the breadcrumbs and the heading already say it').toBeHidden()
    const headerHeight = (await header.boundingBox())!.height

    // The heading's last line just below the header: still seen, so the header stays quiet.
    const { headingBottom, headerBottom } = await page.evaluate(() => ({
      headingBottom: document.querySelector('main h1')!.getBoundingClientRect().bottom + window.scrollY,
      headerBottom: document.querySelector('header.book-header')!.getBoundingClientRect().bottom,
    }))
    await scrollToY(page, Math.floor(headingBottom - headerBottom - 10))
    await expect(title).toBeHidden()

    // Gone up under the header: now the header says where one is.
    await scrollToY(page, Math.ceil(headingBottom - headerBottom + 10))
    await expect(title).toBeVisible()
    expect((await header.boundingBox())!.height).toBe(headerHeight)
    await scrollToY(page, 5000)
    await expect(title).toBeVisible()
    expect((await header.boundingBox())!.y, 'still sticky in a tall window').toBe(0)

    await scrollToY(page, 0)
    await expect(title).toBeHidden()
  })
})

test('a short window (400 % zoom): the phone header scrolls away with the page', async ({ page }) => {
  // 1280 × 800 at 400 %.
  await page.setViewportSize({ width: 320, height: 200 })
  await page.goto(YEAR)
  const { header } = shell(page)
  await expect(header).toBeVisible()
  await scrollToY(page, 3000)
  const box = (await header.boundingBox())!
  expect(box.y + box.height, 'the header has left the window').toBeLessThanOrEqual(0)
  // A link back to the top is still at hand, and it brings the header back.
  await backToTop(page).click()
  await expect.poll(() => scrollY(page)).toBe(0)
  await expect(header).toBeInViewport()

  // A little taller (448px, 3.5rem being an eighth of it) and the header sticks again.
  await page.setViewportSize({ width: 320, height: 460 })
  await scrollToY(page, 3000)
  expect((await header.boundingBox())!.y).toBe(0)
})

test('forced colours: the bar is still drawn', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto(YEAR)
  await scrollToY(page, 5000)
  const colours = await page.evaluate(() => ({
    bar: getComputedStyle(document.querySelector('.reading-progress')!).backgroundColor,
    page: getComputedStyle(document.body).backgroundColor,
  }))
  expect(colours.bar).not.toBe(colours.page)
  await expect(backToTop(page)).toBeVisible()
})
