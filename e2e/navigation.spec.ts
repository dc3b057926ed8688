/**
 * Finding the way through the book with the left menu and the previous/next links.
 * On a phone the menu is in a drawer: the tests open it first.
 */
import type { Page, TestInfo } from '@playwright/test'
import { expect, test } from './support/fixtures'
import {
  isPhone,
  LLM,
  MENU_PAGES,
  MENU_TREE,
  NEWS,
  NEWS_1220,
  NEWS_1220_TITLE,
  NEWS_1222,
  newsSection,
  readerText,
  REPORT,
  REPORT_TITLE,
  shell,
  showMenu,
  visibleMenuTree,
  waitForHydration,
  YEAR,
} from './support/site'

/** A window shorter than the open menu, so that the menu's own scrolling matters. */
async function shortWindow(page: Page, testInfo: TestInfo) {
  await page.setViewportSize(isPhone(testInfo) ? { width: 390, height: 300 } : { width: 1280, height: 300 })
}

test.describe('menu order', () => {
  test('the menu lists the sections and pages in reading order, nested under their sections', async ({
    page,
  }, testInfo) => {
    // On a news page both sections are open, so every entry is visible.
    await page.goto(NEWS_1222)
    await showMenu(page, testInfo)
    expect(await visibleMenuTree(page)).toEqual(MENU_TREE)

    const after = shell(page).menu.locator('ul.menu-after > li')
    await expect(after).toHaveCount(1)
    const external = after.locator('a.menu-link')
    await expect(external).toBeVisible()
    await expect(external).toHaveAttribute('href', /^https:\/\//)
    await expect(external).toHaveAttribute('target', '_blank')
    expect(await readerText(external)).toBe('原文：2025 年大模型回顾（英文）')
  })

  test('the flat section 大模型 shows its pages without a toggle, the collapsible one has a chevron', async ({
    page,
  }, testInfo) => {
    await page.goto('/')
    await showMenu(page, testInfo)
    const flat = page.locator('#book-menu li.menu-section-flat')
    await expect(flat).toHaveCount(1)
    await expect(flat.locator(':scope > a.menu-link')).toHaveText('大模型')
    await expect(flat.locator('input.menu-toggle')).toHaveCount(0)
    await expect(flat.locator(':scope > ul a.menu-link')).toHaveText([
      MENU_TREE[0]!.children![0]!.title,
      MENU_TREE[0]!.children![1]!.title,
    ])
    await expect(newsSection(page).toggle).toHaveAttribute('aria-label', '展开或收起“AI 动态”')
  })
})

test.describe('collapsible section', () => {
  test('the chevron opens and closes AI 动态 without leaving the page', async ({ page }, testInfo) => {
    await page.goto(YEAR)
    await showMenu(page, testInfo)
    const news = newsSection(page)
    await expect(news.titleLink).toBeVisible()
    await expect(news.childLinks.first()).toBeHidden()
    await expect(news.childLinks.last()).toBeHidden()
    expect(await visibleMenuTree(page)).toEqual([MENU_TREE[0], { title: 'AI 动态' }])

    await news.chevron.click()
    await expect(news.childLinks).toHaveCount(2)
    await expect(news.childLinks.first()).toBeVisible()
    await expect(news.childLinks.last()).toBeVisible()
    expect(await visibleMenuTree(page)).toEqual(MENU_TREE)
    expect(new URL(page.url()).pathname).toBe(YEAR)

    await news.chevron.click()
    await expect(news.childLinks.first()).toBeHidden()
    await expect(news.childLinks.last()).toBeHidden()
    expect(new URL(page.url()).pathname).toBe(YEAR)
    if (isPhone(testInfo))
      await expect(shell(page).menu, 'the drawer stays open while the reader folds sections').toBeVisible()
  })

  test('keyboard readers fold and unfold it with the hidden checkbox', async ({ page }, testInfo) => {
    await page.goto(YEAR)
    await showMenu(page, testInfo)
    const news = newsSection(page)
    await news.toggle.focus()
    await page.keyboard.press('Space')
    await expect(news.toggle).toBeChecked()
    await expect(news.childLinks.first()).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(news.childLinks.first(), 'the next Tab goes into the opened list').toBeFocused()
    await news.toggle.focus()
    await page.keyboard.press('Space')
    await expect(news.childLinks.first()).toBeHidden()
    expect(new URL(page.url()).pathname).toBe(YEAR)
  })

  test('a page inside AI 动态 renders the section open', async ({ page }, testInfo) => {
    await page.goto(NEWS_1222)
    await showMenu(page, testInfo)
    const news = newsSection(page)
    await expect(news.toggle).toBeChecked()
    await expect(news.childLinks.first()).toBeVisible()
    await expect(news.childLinks.last()).toBeVisible()
  })

  test('the section title is a link to the section page', async ({ page }, testInfo) => {
    await page.goto(YEAR)
    await showMenu(page, testInfo)
    await newsSection(page).titleLink.click()
    await expect(page).toHaveURL(NEWS)
    await expect(page.locator('main h1')).toHaveText('AI 动态')
    await showMenu(page, testInfo)
    await expect(newsSection(page).childLinks.first()).toBeVisible()
  })
})

test.describe('current page in the menu', () => {
  for (const { path, title } of MENU_PAGES) {
    test(`on ${path} exactly one entry is marked current, and it is in view`, async ({ page }, testInfo) => {
      // A short window, so the menu is taller than its scroll container and "in view" means something.
      await shortWindow(page, testInfo)
      await page.goto(path)
      await showMenu(page, testInfo)
      const current = page.locator('#book-menu a.menu-link[aria-current="page"]')
      await expect(current).toHaveCount(1)
      expect(await readerText(current)).toBe(title)
      await expect(page.locator('#book-menu [aria-current]')).toHaveCount(1)

      const container = shell(page).menuScroll
      await expect
        .poll(async () => {
          const [item, box] = await Promise.all([current.boundingBox(), container.boundingBox()])
          if (!item || !box) return 'not laid out'
          return item.y >= box.y - 1 && item.y + item.height <= box.y + box.height + 1
            ? 'in view'
            : `item ${item.y}–${item.y + item.height}, menu ${box.y}–${box.y + box.height}`
        })
        .toBe('in view')
    })
  }

  test('the menu keeps its scroll position from page to page', async ({ page }, testInfo) => {
    await shortWindow(page, testInfo)
    await page.goto(NEWS_1222)
    await showMenu(page, testInfo)
    const container = shell(page).menuScroll
    const scrollable = await container.evaluate((element) => element.scrollHeight - element.clientHeight)
    expect(scrollable, 'in a short window the open menu is taller than its column').toBeGreaterThan(40)
    // Scrolled to the end: the next page's entry (the last one) stays in view, so only the kept position decides.
    await container.evaluate((element) => element.scrollTo({ top: element.scrollHeight, behavior: 'instant' }))
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('menu-scroll'))).toBe(String(scrollable))

    await page.locator('#book-menu a.menu-link', { hasText: NEWS_1220_TITLE }).click()
    await expect(page).toHaveURL(NEWS_1220)
    await page.reload()
    await showMenu(page, testInfo)
    await expect.poll(() => container.evaluate((element) => Math.round(element.scrollTop))).toBe(scrollable)
  })
})

test.describe('previous and next', () => {
  test('the long page links back to 大模型 and on to the report, in menu order', async ({ page }) => {
    await page.goto(YEAR)
    const prev = page.locator('nav.prev-next a.prev-next-link.prev')
    const next = page.locator('nav.prev-next a.prev-next-link.next')
    await expect(prev).toHaveCount(1)
    await expect(next).toHaveCount(1)
    await expect(prev).toHaveAttribute('href', LLM)
    await expect(prev.locator('.prev-next-title')).toHaveText('大模型')
    await expect(next).toHaveAttribute('href', REPORT)
    await expect(next.locator('.prev-next-title')).toHaveText(REPORT_TITLE)

    await next.click()
    await expect(page).toHaveURL(REPORT)
    await expect(page.locator('main h1')).toHaveText(REPORT_TITLE)
    await expect(page).toHaveTitle(`${REPORT_TITLE} | AI 观察手册`)
    await expect(page.locator('#book-menu a.menu-link[aria-current="page"]')).toHaveText(REPORT_TITLE)
  })

  // BUG: Next 16 no longer turns off the site's `scroll-behavior: smooth` while navigating (needs <html data-scroll-behavior="smooth">).
  test('next from the bottom of a long page opens the next page at its top, without scrolling through it', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await page.goto(YEAR)
    await waitForHydration(page)
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }))
    // Record where the window is at every scroll once the next page is showing.
    await page.evaluate((from) => {
      const seen: number[] = []
      ;(window as unknown as { scrollsAfterNavigation: number[] }).scrollsAfterNavigation = seen
      window.addEventListener('scroll', () => {
        if (location.pathname !== from) seen.push(Math.round(window.scrollY))
      })
    }, YEAR)
    await page.locator('nav.prev-next a.prev-next-link.next').click()
    await expect(page.locator('main h1')).toHaveText(REPORT_TITLE)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
    const seen = await page.evaluate(
      () => (window as unknown as { scrollsAfterNavigation: number[] }).scrollsAfterNavigation,
    )
    expect(
      seen.filter((y) => y > 0),
      'scroll positions passed through on the new page',
    ).toEqual([])
  })
})

test('breadcrumbs lead back up the book', async ({ page }) => {
  await page.goto(NEWS_1222)
  const crumbs = page.locator('nav.breadcrumbs li')
  await expect(crumbs).toHaveText(['首页', 'AI 动态', MENU_PAGES[4]!.title])
  await expect(page.locator('nav.breadcrumbs [aria-current="page"]')).toHaveText(MENU_PAGES[4]!.title)
  await page.locator('nav.breadcrumbs a', { hasText: 'AI 动态' }).click()
  await expect(page).toHaveURL(NEWS)
})

test('the skip link takes keyboard readers straight to the text', async ({ page }) => {
  await page.goto(YEAR)
  await page.keyboard.press('Tab')
  const skip = page.locator('a.skip-link')
  await expect(skip).toBeFocused()
  await expect(skip).toHaveText('跳到正文')
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main#content')).toBeFocused()
})
