/**
 * The page's article and ToC are in its HTML once: the payload React hydrates from leaves them
 * out (lib/formats/prerendered-html.ts), the payload of client-side navigation keeps them.
 * What a reader sees must not change: the first page, the next one, back, forward, and back to
 * the first page from the menu after a search marked it.
 */
import { expect, test } from './support/fixtures'
import { isPhone, REPORT, waitForHydration, YEAR } from './support/site'

const YEAR_SENTENCE = '我第一次要求大模型生成一张鹈鹕骑自行车的'
const REPORT_HEADING = '5.2 DeepSeek的影响'

test('the long page’s hydration payload leaves out the article and the ToC its HTML holds', async ({ request }) => {
  const html = await (await request.get(YEAR)).text()
  expect(html).toContain(YEAR_SENTENCE)
  const payloads = [...html.matchAll(/<script src="(\/_next\/static\/inline\/[0-9a-f]+\.js)"/g)].map(
    (match) => match[1]!,
  )
  expect(payloads).toHaveLength(1)
  const payload = await (await request.get(payloads[0]!)).text()
  expect(payload).toContain('self.__next_f')
  expect(payload).not.toContain(YEAR_SENTENCE)
  expect(payload).not.toContain('data-toc-id')
  // Client-side navigation's payload keeps the article.
  expect(await (await request.get(`${YEAR}index.txt`)).text()).toContain(YEAR_SENTENCE)
})

test('the first page, the next, back, forward and back from the menu all show their article and ToC', async ({
  page,
  health,
}, testInfo) => {
  test.skip(isPhone(testInfo), 'one reading path is enough: the payload is the same on phones')
  const article = page.locator('main .markdown-body')
  const toc = page.locator('#book-toc nav.toc a')
  await page.goto(YEAR)
  await waitForHydration(page)
  await expect(article).toContainText(YEAR_SENTENCE)
  const tocEntries = await toc.count()
  expect(tocEntries).toBeGreaterThan(10)

  await page.locator('footer nav.prev-next a.next').click()
  await expect(page).toHaveURL(REPORT)
  await expect(article).toContainText(REPORT_HEADING)
  await page.goBack()
  await expect(page).toHaveURL(YEAR)
  await expect(article).toContainText(YEAR_SENTENCE)
  await expect(toc).toHaveCount(tocEntries)
  await page.goForward()
  await expect(article).toContainText(REPORT_HEADING)

  // Back to the first page through the menu, after a search marked the other one.
  await page.keyboard.press('ControlOrMeta+k')
  await page.locator('dialog.search-dialog').getByRole('combobox').fill('DeepSeek')
  await expect(page.locator('dialog.search-dialog').getByRole('option').first()).toBeVisible()
  await page.locator('dialog.search-dialog').getByRole('combobox').press('Enter')
  await expect(page.locator('article mark.search-hit').first()).toBeVisible()
  await page.locator('.book-menu a', { hasText: '2025：大模型之年' }).first().click()
  await expect(page).toHaveURL(YEAR)
  await expect(article).toContainText(YEAR_SENTENCE)
  await expect(toc).toHaveCount(tocEntries)
  await expect(page.locator('article mark.search-hit')).toHaveCount(0)
  await page.waitForLoadState('networkidle')
  await health.expectNone(page)
})
