/**
 * Where the reader's eyes are: the text column does not move sideways (on load or from page
 * to page), a link to a heading lands on it at once, and the ToC marks the section whose
 * text fills the screen.
 */
import { expect, test } from './support/fixtures'
import {
  byId,
  isPhone,
  NEWS,
  NEWS_1222,
  openTocDrawer,
  PELICAN_ID,
  UNKNOWN_URL,
  waitForHydration,
  withMotion,
  YEAR,
} from './support/site'

/** Pages with and without a ToC, a section list, a taxonomy list and the 404 page. */
const PAGES = [YEAR, NEWS_1222, NEWS, '/tags/', UNKNOWN_URL]
const WIDTHS = [1024, 1280, 1600]

test.describe('desktop: the text column stands still', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(isPhone(testInfo), 'the three-column layout is the desktop one')
  })

  for (const width of WIDTHS) {
    test(`${width}px: the article has the same x and width on every kind of page`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      const columns: Record<string, { x: number; width: number }> = {}
      for (const path of PAGES) {
        await page.goto(path)
        await page.waitForLoadState('load')
        const { x, width } = (await page.locator('main').boundingBox())!
        columns[path] = { x, width }
      }
      const expected = columns[YEAR]!
      expect(expected.x, 'the article is right of the menu').toBeGreaterThan(200)
      expect(columns).toEqual(Object.fromEntries(PAGES.map((path) => [path, expected])))
    })
  }

  test('the article does not move while the page loads', async ({ page }) => {
    // x of <main> as soon as the DOM is parsed, and again once everything has loaded.
    await page.addInitScript(() => {
      const record = (name: string) => {
        const main = document.querySelector('main')
        ;(window as unknown as Record<string, number>)[name] = main ? main.getBoundingClientRect().x : Number.NaN
      }
      document.addEventListener('DOMContentLoaded', () => record('__xAtDomReady'))
      window.addEventListener('load', () => setTimeout(() => record('__xAfterLoad'), 100))
    })
    await page.goto(YEAR)
    await page.waitForFunction(() => '__xAfterLoad' in window)
    const { ready, loaded } = await page.evaluate(() => {
      const values = window as unknown as Record<string, number>
      return { ready: values['__xAtDomReady'], loaded: values['__xAfterLoad'] }
    })
    expect(ready).toBe(loaded)
  })

  test('the article is already in place when only the HTML before the ToC has arrived', async ({ page }) => {
    // The browser paints a long page before the parser reaches the ToC that follows the
    // article: serve the page cut off just before it (the parser closes what is open).
    const full = (await (await page.request.get(YEAR)).text()) as string
    const cut = full.indexOf('<aside class="book-toc"')
    expect(cut, 'the page has a ToC after its article').toBeGreaterThan(full.indexOf('</main>'))
    await page.goto(YEAR)
    const whole = (await page.locator('main').boundingBox())!.x
    await page.route('**/partial-page/', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: full.slice(0, cut) }),
    )
    await page.goto('/partial-page/')
    await expect(page.locator('#book-toc')).toHaveCount(0)
    expect((await page.locator('main').boundingBox())!.x).toBe(whole)
  })
})

test.describe('a link to a heading, opened in a new tab', () => {
  test.use(withMotion)

  test('lands on the heading at once, without gliding down from the top', async ({ page }) => {
    await page.addInitScript((id) => {
      window.addEventListener('load', () =>
        setTimeout(() => {
          const heading = document.getElementById(id)
          ;(window as unknown as Record<string, unknown>)['__landing'] = heading
            ? { top: heading.getBoundingClientRect().top, height: window.innerHeight }
            : null
        }, 100),
      )
    }, PELICAN_ID)
    await page.goto(`${YEAR}#${encodeURIComponent(PELICAN_ID)}`)
    await page.waitForFunction(() => '__landing' in window)
    const landing = (await page.evaluate(() => (window as unknown as Record<string, unknown>)['__landing'])) as {
      top: number
      height: number
    } | null
    expect(landing, `#${PELICAN_ID} is on the page`).not.toBeNull()
    expect(landing!.top, '100 ms after load the heading is in the window').toBeGreaterThanOrEqual(0)
    expect(landing!.top, '100 ms after load the heading is near the top of the window').toBeLessThan(
      landing!.height / 2,
    )
  })

  test('a click on an in-page link still glides there', async ({ page }, testInfo) => {
    await page.goto(YEAR)
    await waitForHydration(page)
    await page.waitForLoadState('load')
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)))
    // Every scroll position the window passes through until it comes to rest.
    await page.evaluate(() => {
      const positions: number[] = []
      ;(window as unknown as Record<string, unknown>)['__positions'] = positions
      window.addEventListener('scroll', () => positions.push(window.scrollY), { passive: true })
      window.addEventListener('scrollend', () => ((window as unknown as Record<string, unknown>)['__rested'] = true), {
        once: true,
      })
    })
    if (isPhone(testInfo)) await openTocDrawer(page)
    await page.locator(`#book-toc a[data-toc-id="${PELICAN_ID}"]`).click()
    await page.waitForFunction(() => '__rested' in window)
    const positions = (await page.evaluate(
      () => (window as unknown as Record<string, unknown>)['__positions'],
    )) as number[]
    const end = positions.at(-1)!
    expect(end).toBeGreaterThan(1000)
    expect(
      positions.filter((y) => y > 0 && y < end).length,
      'the window passes through positions between the top and the heading',
    ).toBeGreaterThan(2)
  })
})

test.describe('the ToC marks the section being read', () => {
  const current = (page: import('@playwright/test').Page) => page.locator('#book-toc a[aria-current="true"]')

  test('a section whose heading is at 20% of the window and whose text fills the rest', async ({ page }, testInfo) => {
    await page.goto(YEAR)
    await waitForHydration(page)
    // A section longer than the window, found on the page (the content may change).
    const id = await page.evaluate(() => {
      const ids = [...document.querySelectorAll<HTMLAnchorElement>('#book-toc a[data-toc-id]')].map(
        (link) => link.dataset['tocId']!,
      )
      const tops = ids.map((each) => document.getElementById(each)!.getBoundingClientRect().top + window.scrollY)
      const index = ids.findIndex(
        (_, i) => i > 0 && i < ids.length - 1 && tops[i + 1]! - tops[i]! > window.innerHeight * 1.2,
      )
      return index < 0 ? undefined : ids[index]
    })
    expect(id, 'the long page has a section longer than the window').toBeDefined()
    await page.evaluate((selector) => {
      const heading = document.querySelector(selector)!
      window.scrollTo({
        top: window.scrollY + heading.getBoundingClientRect().top - window.innerHeight * 0.2,
        behavior: 'instant',
      })
    }, byId(id!))
    // The heading is a fifth of the way down; the next one is below the window, so this section's text fills the screen.
    const at = await page.evaluate(
      (selector) => document.querySelector(selector)!.getBoundingClientRect().top / window.innerHeight,
      byId(id!),
    )
    expect(at).toBeCloseTo(0.2, 1)
    if (isPhone(testInfo)) await openTocDrawer(page)
    await expect(current(page)).toHaveAttribute('data-toc-id', id!)
    await expect(current(page)).toHaveCount(1)
  })

  test('scrolled to the end, the last section', async ({ page }, testInfo) => {
    await page.goto(YEAR)
    await waitForHydration(page)
    const last = await page.locator('#book-toc a[data-toc-id]').last().getAttribute('data-toc-id')
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }))
    if (isPhone(testInfo)) await openTocDrawer(page)
    await expect(current(page)).toHaveAttribute('data-toc-id', last!)
  })
})
