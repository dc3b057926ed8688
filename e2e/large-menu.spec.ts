/**
 * A book larger than its menu budget (e2e/fixtures/large-menu, served on 4178; its hugo.toml
 * sets BookMenuInlineLinks = 12): a page carries the top level and its own trail, and the
 * other sections' entries load when the reader opens them.
 */
import type { Page, TestInfo } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { showMenu, waitForHydration } from './support/site'

const BOOK = 'http://localhost:4178'
const CHAPTER = `${BOOK}/docs/part-1/chapter-1/`

function section(page: Page, title: string) {
  // An open section's title is the item's first link; a closed one's sits in a row with its chevron.
  // A left-out section's chapters arrive in its `.menu-deferred` box.
  const titleLink = page.locator(':scope > a.menu-link, :scope > .menu-row > a.menu-link', {
    hasText: new RegExp(`^${title}$`),
  })
  const item = page.locator('#book-menu li.menu-section').filter({ has: titleLink })
  return {
    item,
    titleLink: item.locator(':scope > a.menu-link, :scope > .menu-row > a.menu-link'),
    chevron: item.locator('> .menu-row > label.menu-chevron'),
    links: item.locator(':scope > ul a.menu-link, :scope > .menu-deferred a.menu-link'),
  }
}

async function open(page: Page, testInfo: TestInfo, url: string, options: { hydrated?: boolean } = {}) {
  await page.goto(url)
  await showMenu(page, testInfo, options)
}

test('a page’s HTML carries its own part of the menu, not the whole book', async ({ request }) => {
  const html = await (await request.get(CHAPTER)).text()
  const menu = html.slice(html.indexOf('class="menu-tree"'), html.indexOf('</nav>', html.indexOf('class="menu-tree"')))
  expect(menu).toContain('第一部分 第5章')
  expect(menu).toContain('第三部分')
  expect(menu).not.toContain('第三部分 第1章')
  expect(menu.match(/class="menu-link"/g)?.length).toBeLessThanOrEqual(12)
})

test('opening a section the page left out shows its chapters, which lead to their pages', async ({
  page,
}, testInfo) => {
  await open(page, testInfo, CHAPTER)
  await waitForHydration(page)
  await expect(section(page, '第一部分').links).toHaveCount(5)
  const part3 = section(page, '第三部分')
  await expect(part3.links).toHaveCount(0)
  await part3.chevron.click()
  await expect(part3.links).toHaveText([
    '第三部分 第1章',
    '第三部分 第2章',
    '第三部分 第3章',
    '第三部分 第4章',
    '第三部分 第5章',
  ])
  await part3.chevron.click()
  await expect(part3.links.first()).toBeHidden()
  await part3.chevron.click()
  await part3.links.nth(1).click()
  await expect(page).toHaveURL(`${BOOK}/docs/part-3/chapter-2/`)
  await expect(page.locator('main h1')).toHaveText('第三部分 第2章')
  // Now on the trail: part 3 is open in the page itself, part 1 is left out.
  await expect(section(page, '第三部分').links).toHaveCount(5)
  await expect(section(page, '第三部分').links.nth(1)).toHaveAttribute('aria-current', 'page')
})

test('a left-out section’s nested sections come with it, open as hugo-book shows them', async ({ page }, testInfo) => {
  await open(page, testInfo, CHAPTER)
  await waitForHydration(page)
  const part2 = section(page, '第二部分')
  await part2.chevron.click()
  await expect(section(page, '附录').links).toHaveText(['附录 1', '附录 2', '附录 3'])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a left-out section has no chevron; its title leads to its page, which lists its chapters', async ({
    page,
  }, testInfo) => {
    await open(page, testInfo, CHAPTER, { hydrated: false })
    const part3 = section(page, '第三部分')
    await expect(part3.chevron).toBeHidden()
    await part3.titleLink.click()
    await expect(page).toHaveURL(`${BOOK}/docs/part-3/`)
    await showMenu(page, testInfo, { hydrated: false })
    await expect(section(page, '第三部分').links).toHaveCount(5)
  })
})
