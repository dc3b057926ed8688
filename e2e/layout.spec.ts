/**
 * The layout holds at the narrowest supported width: nothing makes the page scroll
 * sideways (wide tables and code blocks scroll inside their own box).
 */
import { expect, test } from './support/fixtures'
import { ALL_PAGES, UNKNOWN_URL } from './support/site'

const NARROW = { width: 320, height: 640 }

test.describe('320px wide', () => {
  test.use({ viewport: NARROW })

  for (const path of [...ALL_PAGES, UNKNOWN_URL]) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path)
      const widths = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        bodyScrollWidth: document.body.scrollWidth,
        innerWidth: window.innerWidth,
      }))
      expect(widths.innerWidth).toBe(NARROW.width)
      expect(widths.scrollWidth, 'document.documentElement.scrollWidth').toBeLessThanOrEqual(NARROW.width)
      expect(widths.bodyScrollWidth, 'document.body.scrollWidth').toBeLessThanOrEqual(NARROW.width)

      // Name the culprits if there are any: visible elements reaching past the right edge,
      // other than those inside a box that scrolls on its own.
      const overflowing = await page.evaluate((limit) => {
        const scrollsItself = (element: Element | null): boolean => {
          for (let node = element?.parentElement; node && node !== document.body; node = node.parentElement) {
            const style = getComputedStyle(node)
            if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) return true
            if (style.position === 'fixed') return true
          }
          return false
        }
        return [...document.querySelectorAll('.book-page *')]
          .filter((element) => {
            const box = element.getBoundingClientRect()
            return box.width > 0 && box.right > limit + 1 && !scrollsItself(element)
          })
          .slice(0, 5)
          .map(
            (element) =>
              `${element.tagName.toLowerCase()}.${element.className} right=${Math.round(element.getBoundingClientRect().right)}`,
          )
      }, NARROW.width)
      expect(overflowing).toEqual([])
    })
  }

  test('wide tables scroll inside their own box', async ({ page }) => {
    await page.goto('/')
    const table = page.locator('article table').first()
    await expect(table).toBeVisible()
    const scroller = await table.evaluate((element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        const style = getComputedStyle(node)
        if (style.overflowX === 'auto' || style.overflowX === 'scroll')
          return { right: node.getBoundingClientRect().right }
      }
      return null
    })
    expect(scroller, 'a table is wrapped in a horizontally scrolling box').not.toBeNull()
    expect(scroller!.right).toBeLessThanOrEqual(NARROW.width)
  })
})

test.describe('just wider than the phone layout', () => {
  // 57rem: all three columns are shown in the least room they get.
  test.use({ viewport: { width: 912, height: 700 } })
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === 'phone', 'a desktop window; the phone project covers 320px above')
  })

  for (const path of ['/', '/docs/llm/year-in-llms-2025/', '/docs/llm/ai-progress-report-2024-2025/']) {
    test(`${path} shows menu, article and ToC side by side without sideways scrolling`, async ({ page }) => {
      await page.goto(path)
      await expect(page.locator('header.book-header')).toBeHidden()
      const [menu, main, toc] = await Promise.all(
        ['#book-menu', 'main', '#book-toc'].map((selector) => page.locator(selector).boundingBox()),
      )
      expect(menu && main && toc, 'the three columns are laid out').toBeTruthy()
      expect(menu!.x + menu!.width).toBeLessThanOrEqual(main!.x + 1)
      expect(main!.x + main!.width).toBeLessThanOrEqual(toc!.x + 1)
      expect(main!.width, 'the article keeps a readable width').toBeGreaterThan(300)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(912)
    })
  }
})
