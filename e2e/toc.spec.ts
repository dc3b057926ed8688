/**
 * The table of contents of the page: jumping to a section, and seeing which section is
 * being read. On a phone the ToC is a drawer opened from the header.
 */
import { expect, test } from './support/fixtures'
import {
  byId,
  decodedHash,
  expectHeadingNearTop,
  isPhone,
  NEWS_1222,
  openTocDrawer,
  PELICAN_ID,
  REPORT,
  shell,
  YEAR,
} from './support/site'

const tocLink = (id: string) => `#book-toc a[data-toc-id="${id}"]`

test.describe('table of contents', () => {
  test('lists the page’s h2 headings in order, each linking to its heading', async ({ page }) => {
    await page.goto(YEAR)
    const { tocNav } = shell(page)
    await expect(tocNav).toHaveCount(1)
    const entries = await tocNav.locator('a[data-toc-id]').evaluateAll((links) =>
      links.map((link) => ({
        id: link.getAttribute('data-toc-id'),
        href: decodeURIComponent(link.getAttribute('href') ?? ''),
        text: link.textContent,
      })),
    )
    const headings = await page.locator('article .markdown-body h2').evaluateAll((list) =>
      list.map((heading) => ({
        id: heading.id,
        href: `#${heading.id}`,
        text: heading.firstChild?.textContent ?? '',
      })),
    )
    expect(entries).toEqual(headings)
  })

  test('shows h3s under their h2 on the report page', async ({ page }) => {
    await page.goto(REPORT)
    const nested = page.locator('#book-toc nav.toc > ul > li > ul > li > a[data-toc-id]')
    expect(await nested.count()).toBeGreaterThan(5)
    const first = nested.first()
    const id = await first.getAttribute('data-toc-id')
    expect(await page.locator(`article h3${byId(id!)}`).count()).toBe(1)
  })

  test('a page without h2/h3 headings has no table of contents', async ({ page }, testInfo) => {
    await page.goto(NEWS_1222)
    await expect(page.locator('#book-toc')).toHaveCount(0)
    await expect(page.locator('#toc-control')).toHaveCount(0)
    if (isPhone(testInfo)) {
      await expect(page.locator('header.book-header')).toBeVisible()
      await expect(page.locator('label.toc-button')).toHaveCount(0)
    }
  })

  test('desktop: clicking an entry jumps to the heading and the spy marks it', async ({ page }, testInfo) => {
    test.skip(isPhone(testInfo), 'the ToC column is only on wide screens; the phone drawer has its own test')
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await page.goto(YEAR)
    await expect(shell(page).toc).toBeVisible()
    await page.locator(tocLink(PELICAN_ID)).click()
    await expect.poll(() => decodedHash(page)).toBe(`#${PELICAN_ID}`)
    await expectHeadingNearTop(page, PELICAN_ID)
    await expect(page.locator(tocLink(PELICAN_ID))).toHaveAttribute('aria-current', 'true')
    await expect(page.locator('#book-toc a[aria-current]')).toHaveCount(1)
    // The marked entry is kept in view inside the ToC column.
    await expect(page.locator(tocLink(PELICAN_ID))).toBeInViewport()
  })

  test('the scroll-spy follows the reader’s scrolling', async ({ page }, testInfo) => {
    await page.goto(YEAR)
    const ids = await page
      .locator('#book-toc a[data-toc-id]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('data-toc-id')!))
    expect(ids.length).toBeGreaterThan(3)
    // At the top of the page no section has started yet.
    await expect(page.locator('#book-toc a[aria-current]')).toHaveCount(0)

    for (const id of [ids[3]!, PELICAN_ID, ids[1]!]) {
      // Scroll the way a reader does (no jump by fragment): the heading just under the top edge.
      await page.evaluate((selector) => {
        const heading = document.querySelector(selector)!
        const offset = document.querySelector('header.book-header')?.getBoundingClientRect().height ?? 0
        window.scrollTo({
          top: window.scrollY + heading.getBoundingClientRect().top - offset - 10,
          behavior: 'instant',
        })
      }, byId(id))
      if (isPhone(testInfo)) await openTocDrawer(page)
      await expect(page.locator(tocLink(id)), `after scrolling to #${id}`).toHaveAttribute('aria-current', 'true')
      await expect(page.locator('#book-toc a[aria-current]')).toHaveCount(1)
      if (isPhone(testInfo)) {
        await page.keyboard.press('Escape')
        await expect(shell(page).toc).toBeHidden()
      }
    }

    // At the very bottom the last section counts as being read.
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }))
    if (isPhone(testInfo)) await openTocDrawer(page)
    await expect(page.locator(tocLink(ids.at(-1)!))).toHaveAttribute('aria-current', 'true')
  })

  test('clicking an h2 entry marks that entry, even when an h3 follows right below it', async ({ page }, testInfo) => {
    await page.goto(REPORT)
    const h2 = '二大语言模型推理能力的突破'
    if (isPhone(testInfo)) await openTocDrawer(page)
    await page.locator(tocLink(h2)).click()
    await expect.poll(() => decodedHash(page)).toBe(`#${h2}`)
    await expectHeadingNearTop(page, h2)
    await expect(page.locator('#book-toc a[aria-current]')).toHaveAttribute('data-toc-id', h2)
  })

  test('back and forward move between the sections visited by the ToC', async ({ page }, testInfo) => {
    await page.goto(YEAR)
    const go = async (id: string) => {
      if (isPhone(testInfo)) await openTocDrawer(page)
      await page.locator(tocLink(id)).click()
      await expect.poll(() => decodedHash(page)).toBe(`#${id}`)
      await expectHeadingNearTop(page, id)
    }
    await go('智能体之年')
    await go(PELICAN_ID)
    await page.goBack()
    await expect.poll(() => decodedHash(page)).toBe('#智能体之年')
    await expectHeadingNearTop(page, '智能体之年')
    await page.goForward()
    await expect.poll(() => decodedHash(page)).toBe(`#${PELICAN_ID}`)
    await expectHeadingNearTop(page, PELICAN_ID)
  })
})

test.describe('phone: ToC drawer', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(!isPhone(testInfo), 'the ToC drawer is the phone layout')
  })

  test('choosing an entry closes the drawer and shows the heading below the header', async ({ page }) => {
    await page.goto(YEAR)
    const { toc, tocControl, bookPage } = shell(page)
    await expect(toc).toBeHidden()
    await openTocDrawer(page)
    await expect(tocControl).toBeChecked()
    await page.locator(tocLink(PELICAN_ID)).click()
    await expect(toc).toBeHidden()
    await expect(tocControl).not.toBeChecked()
    await expect(bookPage).not.toHaveAttribute('inert')
    await expect.poll(() => decodedHash(page)).toBe(`#${PELICAN_ID}`)
    await expectHeadingNearTop(page, PELICAN_ID)
    await expect(page.locator('header.book-header')).toBeInViewport()
  })
})
