/**
 * With JavaScript off the book still works: every page reads, the menu is all there, the
 * collapsible section folds, tabs and details work, search says it needs JavaScript, and
 * on a phone the drawers open and close (they are CSS checkboxes).
 */
import { expect, test } from './support/fixtures'
import {
  ALL_PAGES,
  expectHeadingNearTop,
  isPhone,
  MENU_TREE,
  newsSection,
  openMenuDrawer,
  openTocDrawer,
  PELICAN_ID,
  readerText,
  REPORT,
  shell,
  showMenu,
  visibleMenuTree,
  YEAR,
} from './support/site'

test.use({ javaScriptEnabled: false })

const ALL_MENU_TITLES = MENU_TREE.flatMap((section) => [
  section.title,
  ...(section.children ?? []).map((child) => child.title),
])

test('the menu is present with every entry', async ({ page }, testInfo) => {
  await page.goto(YEAR)
  await showMenu(page, testInfo, { hydrated: false })
  const links = shell(page).menuTree.locator('a.menu-link')
  const titles = await Promise.all((await links.all()).map((link) => readerText(link)))
  expect(titles).toEqual(ALL_MENU_TITLES)
  await expect(page.locator('#book-menu a.menu-link[aria-current="page"]')).toHaveText(
    MENU_TREE[0]!.children![0]!.title,
  )
  await expect(page.locator('#book-menu ul.menu-after a.menu-link')).toHaveCount(1)
})

test('the AI 动态 chevron opens and closes its list', async ({ page }, testInfo) => {
  await page.goto(YEAR)
  await showMenu(page, testInfo, { hydrated: false })
  const news = newsSection(page)
  await expect(news.childLinks.first()).toBeHidden()
  await news.chevron.click()
  await expect(news.childLinks.first()).toBeVisible()
  await expect(news.childLinks.last()).toBeVisible()
  expect(await visibleMenuTree(page)).toEqual(MENU_TREE)
  expect(new URL(page.url()).pathname).toBe(YEAR)
  await news.chevron.click()
  await expect(news.childLinks.first()).toBeHidden()
})

test('menu links and previous/next work as plain links', async ({ page }, testInfo) => {
  await page.goto(YEAR)
  await page.locator('nav.prev-next a.next').click()
  await expect(page).toHaveURL(REPORT)
  await showMenu(page, testInfo, { hydrated: false })
  await shell(page).menu.locator('a.menu-link', { hasText: '大模型' }).first().click()
  await expect(page).toHaveURL('/docs/llm/')
  await expect(page.locator('main h1')).toHaveText('大模型')
})

test('every page of the book shows its title and text', async ({ page }) => {
  for (const path of ALL_PAGES) {
    await page.goto(path)
    const title = await readerText(page.locator('main h1'))
    expect(title, `${path} has a title`).not.toBe('')
    // More than the breadcrumbs and the title: the page's text (or its list, or its "nothing here yet").
    const body = await readerText(page.locator('main article').first())
    expect(body.replace(title, '').trim().length, `${path} has text below its title`).toBeGreaterThan(5)
  }
})

test('search is replaced by a note saying it needs JavaScript', async ({ page }, testInfo) => {
  await page.goto(YEAR)
  await showMenu(page, testInfo, { hydrated: false })
  await expect(shell(page).menu.getByText('搜索需要启用 JavaScript。')).toBeVisible()
  await expect(page.getByRole('combobox', { name: '搜索本书' })).toHaveCount(0)
  await expect(shell(page).menu.getByRole('button', { name: '搜索本书' })).toBeHidden()
  await expect(page.locator('header.book-header button.search-button')).toBeHidden()
})

test.describe('with JavaScript', () => {
  test.use({ javaScriptEnabled: true })

  test('the search box is there and the note is not', async ({ page }, testInfo) => {
    await page.goto(YEAR)
    await showMenu(page, testInfo)
    await expect(shell(page).menu.getByRole('button', { name: '搜索本书' })).toBeVisible()
    await expect(shell(page).menu.getByText('搜索需要启用 JavaScript。')).toBeHidden()
  })
})

test('tabs switch and details open and close', async ({ page }) => {
  await page.goto('http://localhost:4175/docs/shortcodes/layout/')
  const tabs = page.locator('main .book-tabs').filter({ has: page.locator('label', { hasText: 'macOS' }) })
  const panels = tabs.locator('> .book-tabs-content')
  await expect(panels.nth(0)).toBeVisible()
  await expect(panels.nth(1)).toBeHidden()
  await tabs.locator('> label', { hasText: 'Linux' }).click()
  await expect(panels.nth(1)).toBeVisible()
  await expect(panels.nth(1)).toContainText('apt-get install hugo')
  await expect(panels.nth(0)).toBeHidden()

  await page.goto('http://localhost:4175/docs/shortcodes/hints/')
  const details = page.locator('main details', { has: page.locator('summary', { hasText: '点开看答案' }) })
  await expect(details).not.toHaveAttribute('open')
  await details.locator('summary').click()
  await expect(details).toHaveAttribute('open')
  await details.locator('summary').click()
  await expect(details).not.toHaveAttribute('open')
})

test('a deep link to a heading lands on it', async ({ page }) => {
  await page.goto(`${YEAR}#${encodeURIComponent(PELICAN_ID)}`)
  await expectHeadingNearTop(page, PELICAN_ID)
})

test.describe('phone drawers without JavaScript', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(!isPhone(testInfo), 'drawers are the phone layout')
  })

  test('the menu button opens the menu drawer and the overlay closes it', async ({ page }) => {
    await page.goto(YEAR)
    const { menu, menuOverlay, menuControl } = shell(page)
    await expect(menu).toBeHidden()
    await openMenuDrawer(page, { hydrated: false })
    await expect(menuControl).toBeChecked()
    await expect(menu.locator('a.menu-link[aria-current="page"]')).toBeVisible()
    await menuOverlay.click({ position: { x: page.viewportSize()!.width - 15, y: 400 } })
    await expect(menu).toBeHidden()
    await expect(menuControl).not.toBeChecked()
  })

  test('the ToC button opens the ToC drawer and the overlay closes it', async ({ page }) => {
    await page.goto(YEAR)
    const { toc, tocOverlay } = shell(page)
    await openTocDrawer(page, { hydrated: false })
    await expect(toc.locator('a[data-toc-id]').first()).toBeVisible()
    await tocOverlay.click({ position: { x: 15, y: 400 } })
    await expect(toc).toBeHidden()
  })
})
