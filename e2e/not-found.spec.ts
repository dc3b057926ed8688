/** An address that does not exist: a 404 inside the book, with the menu to find the way. */
import { expect, test } from './support/fixtures'
import { MENU_TREE, SITE_TITLE, shell, showMenu, UNKNOWN_URL, visibleMenuTree } from './support/site'

for (const url of [UNKNOWN_URL, '/docs/llm/no-such-page/', `/docs/${encodeURIComponent('不存在的页面')}/`]) {
  test(`${decodeURIComponent(url)} answers 404 with 页面不存在 in the book layout`, async ({
    page,
    health,
  }, testInfo) => {
    const response = await page.goto(url)
    expect(response?.status()).toBe(404)
    await expect(page.locator('main h1')).toHaveText('页面不存在')
    await expect(page).toHaveTitle(`页面不存在 | ${SITE_TITLE}`)
    await expect(page.locator('main a[href="/"]')).toHaveText('返回首页')

    if (testInfo.project.name === 'phone')
      await expect(page.locator('header.book-header p.book-header-title')).toHaveText('页面不存在')
    await showMenu(page, testInfo)
    await expect(shell(page).menuNav).toBeVisible()
    // Nothing is the current page; the reader can open AI 动态 from here.
    await expect(page.locator('#book-menu [aria-current]')).toHaveCount(0)
    expect((await visibleMenuTree(page)).map((node) => node.title)).toEqual(MENU_TREE.map((node) => node.title))

    await health.expectNone(page, [{ url: response!.url(), status: 404 }])
  })
}

test('the 404 page leads back home', async ({ page }) => {
  await page.goto(UNKNOWN_URL)
  await page.locator('main a', { hasText: '返回首页' }).click()
  await expect(page).toHaveURL('/')
  await expect(page.locator('main h1')).toHaveText(SITE_TITLE)
})
