/**
 * A section page without text of its own lists its pages, as hugo-book's `section` shortcode
 * does with `summary` (e2e/fixtures/hugo-site on 4175), unless the site turns it off
 * (e2e/fixtures/large-menu on 4178: BookListEmptySections = false).
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './support/fixtures'

const EMPTY_SECTION = 'http://localhost:4175/docs/levels/%E4%BA%8C%E7%BA%A7/%E4%B8%89%E7%BA%A7/'
const CHILD = '/docs/levels/二级/三级/四级/'
const LIST_OFF = 'http://localhost:4178/docs/'

function sectionList(page: import('@playwright/test').Page) {
  return page.getByRole('region', { name: '本节内容' }).locator('dl.book-section-list')
}

for (const theme of ['light', 'dark'] as const) {
  test(`an empty section page lists its pages with their summaries, readable in the ${theme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme })
    await page.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme)
    await page.goto(EMPTY_SECTION)
    await expect(page.locator('main h1')).toHaveText('第三层')
    await expect(sectionList(page).locator('dt')).toHaveText(['第四层'])
    await expect(sectionList(page).locator('dd')).toHaveText(['第四层分区。'])
    const { violations } = await new AxeBuilder({ page }).include('section.section-list').analyze()
    expect(violations.map((violation) => violation.id)).toEqual([])
  })
}

test('the listed page is reached with the keyboard alone', async ({ page }) => {
  await page.goto(EMPTY_SECTION)
  const link = sectionList(page).getByRole('link', { name: '第四层' })
  await expect(link).toBeVisible()
  // Tab from the heading just above the list: past the page's "copy Markdown" control, the list's link is the next stop.
  await page.locator('main h1').evaluate((heading) => {
    heading.setAttribute('tabindex', '-1')
    ;(heading as HTMLElement).focus()
  })
  await page.keyboard.press('Tab')
  await expect(page.locator('main .page-meta a.copy-markdown')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(link).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL((url) => decodeURIComponent(url.pathname) === CHILD)
  await expect(page.locator('main h1')).toHaveText('第四层')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the list is in the page as built', async ({ page }) => {
    await page.goto(EMPTY_SECTION)
    const link = sectionList(page).getByRole('link', { name: '第四层' })
    const target = await link.evaluate((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname)
    expect(decodeURIComponent(target)).toBe(CHILD)
  })
})

test('a site that turns the lists off shows its empty section page empty, as hugo-book does', async ({ page }) => {
  await page.goto(LIST_OFF)
  await expect(page.locator('main h1')).toHaveText('目录')
  await expect(page.locator('article').getByRole('link', { name: '第一部分' })).toHaveCount(0)
  await expect(page.locator('section.section-list')).toHaveCount(0)
})
