/**
 * What a reader sees at the top of a page: one title, the metadata line (date, reading
 * time, categories, link to the original), and on a list page the pages it contains.
 */
import { expect, test } from './support/fixtures'
import {
  NEWS,
  NEWS_1220,
  NEWS_1222,
  NEWS_1222_TITLE,
  readerText,
  REPORT,
  REPORT_TITLE,
  SITE_TITLE,
  YEAR,
  YEAR_TITLE,
} from './support/site'

test('the long page shows its date, reading time and a link to the original', async ({ page }) => {
  await page.goto(YEAR)
  await expect(page.locator('main h1')).toHaveText(YEAR_TITLE)
  const meta = page.locator('article .page-meta')
  await expect(meta.locator('time')).toHaveText('2025年12月31日')
  await expect(meta.locator('time')).toHaveAttribute('datetime', '2025-12-31')
  await expect(meta).toContainText(/约 \d+ 分钟读完/)
  const minutes = Number((await meta.textContent())!.match(/约 (\d+) 分钟读完/)![1])
  expect(minutes, 'a long page takes a while').toBeGreaterThan(10)
  const source = meta.locator('a.page-meta-source')
  await expect(source).toHaveAttribute('href', 'https://simonwillison.net/2025/Dec/31/the-year-in-llms/')
  expect(await readerText(source)).toBe('原文链接（simonwillison.net）')
})

test('a news page shows its date and category chips', async ({ page }) => {
  await page.goto(NEWS_1222)
  const meta = page.locator('article .page-meta')
  await expect(meta.locator('time')).toHaveText('2025年12月22日')
  await expect(meta.locator('.term')).toHaveText(['AI 发展', '模型应用', '行业洞察', '技术创新'])
  await expect(page.locator('main h1')).toHaveText(NEWS_1222_TITLE)
  await page.goto(NEWS_1220)
  await expect(page.locator('article .page-meta time')).toHaveText('2025年12月20日')
  await expect(page.locator('article .page-meta .term')).toHaveText(['AI进展', '大模型', 'AI应用'])
})

test('a page whose body opens with “# title” shows that title once', async ({ page }) => {
  await page.goto(REPORT)
  await expect(page.locator('h1')).toHaveCount(1)
  await expect(page.locator('h1')).toHaveText(REPORT_TITLE)
  await expect(page).toHaveTitle(`${REPORT_TITLE} | ${SITE_TITLE}`)
  // The title comes before the metadata line and the body, not inside the body.
  await expect(page.locator('article > h1')).toHaveCount(1)
  await expect(page.locator('article .markdown-body h1')).toHaveCount(0)
  await expect(page.locator('article .markdown-body').getByText(REPORT_TITLE, { exact: true })).toHaveCount(0)
  await expect(page.locator('article .markdown-body > :first-child')).toHaveText(/摘要/)
})

test('the home page has the book’s title and no reading time', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('main h1')).toHaveText(SITE_TITLE)
  await expect(page).toHaveTitle(SITE_TITLE)
  await expect(page.locator('main')).not.toContainText('分钟读完')
  await expect(page.locator('nav.breadcrumbs')).toHaveCount(0)
})

test('the book’s contents page (/docs/) leads to each part, and is not repeated in breadcrumbs', async ({ page }) => {
  await page.goto('/docs/')
  await expect(page.locator('main h1')).toHaveText('全书目录')
  await page.locator('main .markdown-body').getByRole('link', { name: 'AI 动态', exact: true }).click()
  await expect(page).toHaveURL(NEWS)
  await expect(page.locator('nav.breadcrumbs li')).toHaveText(['首页', 'AI 动态'])
})

test('a section page with a body of its own lists nothing extra; its pages are in the menu', async ({ page }) => {
  await page.goto('/docs/news/')
  await expect(page.locator('main h1')).toHaveText('AI 动态')
  await expect(page.locator('main .markdown-body')).toContainText('每隔几个小时汇总一次')
  await expect(page.locator('section.section-list')).toHaveCount(0)
})

test('addresses without the trailing slash redirect to the page', async ({ page }) => {
  const response = await page.goto(YEAR.replace(/\/$/, ''))
  expect(response?.status()).toBe(200)
  expect(new URL(page.url()).pathname).toBe(YEAR)
  await expect(page.locator('main h1')).toHaveText(YEAR_TITLE)
})
