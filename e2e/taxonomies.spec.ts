/**
 * Categories and tags (Hugo's taxonomies) and the blog list of a posts section.
 * The default book: its news pages carry categories. The blog fixture
 * (e2e/fixtures/blog, served on 4176): 23 posts in posts/, ten to a pager.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { NEWS_1222, NEWS_1222_TITLE, NEWS_CATEGORIES, readerText, SITE_TITLE, shell } from './support/site'

const BLOG = 'http://localhost:4176'
/** The newest post: a Chinese file name. */
const NEWEST_POST = '/posts/年终回顾/'

/** The blog fixture's posts, newest first (post 23 is the newest). */
const POSTS = [
  { title: '年终回顾：2025', date: '2025年12月8日' },
  { title: 'A year of Claude Code', date: '2025年11月10日' },
  { title: '多模态模型的进展', date: '2025年10月13日' },
  { title: 'Small models on a laptop', date: '2025年9月29日' },
  { title: '秋天的书单', date: '2025年9月15日' },
  { title: 'Back to school: learning Go', date: '2025年9月1日' },
  { title: '上下文工程入门', date: '2025年8月18日' },
  { title: 'Static search with FlexSearch', date: '2025年8月4日' },
  { title: '评测基准为何失灵', date: '2025年7月21日' },
  { title: "Reading 'Designing Data-Intensive Applications'", date: '2025年7月7日' },
  { title: '夏至随想', date: '2025年6月23日' },
  { title: 'Vibe coding, a month in', date: '2025年6月9日' },
  { title: '智能体的一年', date: '2025年5月26日' },
  { title: 'C# records in practice', date: '2025年5月12日' },
  { title: '开源权重模型盘点', date: '2025年4月28日' },
  { title: 'Pinyin sorting with Intl.Collator', date: '2025年4月14日' },
  { title: '春天的骑行', date: '2025年3月31日' },
  { title: 'Notes on RLVR', date: '2025年3月17日' },
  { title: '大模型推理的成本', date: '2025年3月3日' },
  { title: 'Why I moved to Next.js', date: '2025年2月17日' },
  { title: '读《人月神话》', date: '2025年2月3日' },
  { title: 'Setting up a Hugo book', date: '2025年1月20日' },
  { title: '新年计划：重新开始写博客', date: '2025年1月6日' },
]
const titles = (numbers: number[]) => numbers.map((number) => POSTS[23 - number]!.title)

function list(page: Page) {
  const items = page.locator('main section.page-list > article.page-list-item')
  return {
    items,
    titles: items.locator('h2 a'),
    dates: items.locator('.page-list-meta time'),
    summaries: items.locator('.page-list-summary'),
    pagination: page.locator('main nav.pagination'),
  }
}

async function expectPath(page: Page, path: string) {
  await expect.poll(() => decodeURIComponent(new URL(page.url()).pathname)).toBe(path)
}

async function pathOf(link: Locator): Promise<string> {
  return decodeURIComponent(new URL((await link.getAttribute('href'))!, 'http://x').pathname)
}

test.describe('the default book', () => {
  test('/categories/ lists the news pages’ categories with their counts, in pinyin order', async ({ page, health }) => {
    await page.goto('/categories/')
    await expect(page.locator('main h1')).toHaveText('分类')
    await expect(page).toHaveTitle(`分类 | ${SITE_TITLE}`)
    await expect(page.locator('nav.breadcrumbs li')).toHaveText(['首页', '分类'])
    const terms = page.locator('main ul.term-index > li > a')
    await expect(terms.locator('.term-index-name')).toHaveText(NEWS_CATEGORIES.map(({ name }) => name))
    await expect(terms.locator('.term-index-count')).toHaveText(
      NEWS_CATEGORIES.map(({ pages }) => `${pages.length} 篇`),
    )
    for (const [index, { path }] of NEWS_CATEGORIES.entries()) expect(await pathOf(terms.nth(index))).toBe(path)
    // The book layout: the menu, and no table of contents.
    await expect(shell(page).menu.locator('.menu-tree')).toHaveCount(1)
    await expect(shell(page).toc).toHaveCount(0)
    await health.expectNone(page)
  })

  test('/tags/ exists, empty, as in Hugo', async ({ page, health }) => {
    const response = await page.goto('/tags/')
    expect(response?.status()).toBe(200)
    await expect(page.locator('main h1')).toHaveText('标签')
    await expect(page.locator('main .list-empty')).toBeVisible()
    await health.expectNone(page)
  })

  test('a category chip on a news page leads to its term page, which lists the page with its date', async ({
    page,
    health,
  }) => {
    await page.goto(NEWS_1222)
    const chip = page.locator('article .page-meta a.term', { hasText: 'AI 发展' })
    expect(await pathOf(chip)).toBe('/categories/ai-发展/')
    await chip.click()
    await expectPath(page, '/categories/ai-发展/')
    await expect(page.locator('main h1')).toHaveText('分类：AI 发展')
    await expect(page).toHaveTitle(`分类：AI 发展 | ${SITE_TITLE}`)
    await expect(page.locator('nav.breadcrumbs li')).toHaveText(['首页', '分类', 'AI 发展'])
    const { titles: links, dates, summaries } = list(page)
    await expect(links).toHaveText([NEWS_1222_TITLE])
    expect(await pathOf(links.first())).toBe(NEWS_1222)
    await expect(dates).toHaveText(['2025年12月22日'])
    await expect(dates.first()).toHaveAttribute('datetime', '2025-12-22')
    expect((await summaries.first().textContent())!.length).toBeGreaterThan(20)
    await health.expectNone(page)
  })
})

test.describe('the blog fixture', () => {
  test.use({ baseURL: BLOG })

  test('/posts/ shows the ten newest posts with their dates and summaries', async ({ page, health }) => {
    await page.goto('/posts/')
    await expect(page.locator('main h1')).toHaveText('博客')
    const { titles: links, dates, summaries, pagination } = list(page)
    await expect(links).toHaveText(titles([23, 22, 21, 20, 19, 18, 17, 16, 15, 14]))
    await expect(dates).toHaveText(POSTS.slice(0, 10).map(({ date }) => date))
    expect(await pathOf(links.first())).toBe(NEWEST_POST)
    // The text before <!--more-->, or the opening cut at about 120 characters / 70 words.
    await expect(summaries.nth(0)).toHaveText('这是第 23 篇文章《年终回顾：2025》的开头，摘要应当到这里为止。')
    await expect(summaries.nth(1)).toHaveText(
      /^Post 22, "A year of Claude Code", starts here\. This paragraph only exists /,
    )
    await expect(summaries).toHaveCount(10)
    // The book layout: the manual's menu, no table of contents.
    await expect(shell(page).menu.locator('.menu-tree a.menu-link')).toHaveText(['开始使用', '写一篇文章'])
    await expect(shell(page).toc).toHaveCount(0)
    await expect(pagination.locator('a[rel="prev"]')).toHaveCount(0)
    await expect(pagination.locator('a[rel="next"]')).toHaveAttribute('href', '/posts/page/2/')
    await expect(pagination.locator('[aria-current="page"]')).toHaveText('1')
    await health.expectNone(page)
  })

  test('pages 2 and 3 of the list follow, linked by previous and next', async ({ page, health }) => {
    await page.goto('/posts/')
    const { titles: links, pagination } = list(page)
    await pagination.locator('a[rel="next"]').click()
    await expectPath(page, '/posts/page/2/')
    await expect(links).toHaveText(titles([13, 12, 11, 10, 9, 8, 7, 6, 5, 4]))
    await expect(page).toHaveTitle(/^博客（第 2 页） \| /)
    await expect(pagination.locator('a[rel="prev"]')).toHaveAttribute('href', '/posts/')
    await expect(pagination.locator('a[rel="next"]')).toHaveAttribute('href', '/posts/page/3/')
    await expect(pagination.locator('[aria-current="page"]')).toHaveText('2')

    await pagination.locator('a[rel="next"]').click()
    await expectPath(page, '/posts/page/3/')
    await expect(links).toHaveText(titles([3, 2, 1]))
    await expect(pagination.locator('a[rel="prev"]')).toHaveAttribute('href', '/posts/page/2/')
    await expect(pagination.locator('a[rel="next"]')).toHaveCount(0)

    await pagination.locator('a[rel="prev"]').click()
    await expectPath(page, '/posts/page/2/')
    await expect(links.first()).toHaveText(titles([13])[0]!)
    await health.expectNone(page)

    const beyond = await page.request.get('/posts/page/4/')
    expect(beyond.status()).toBe(404)
  })

  test('a tag page lists the posts that carry the tag, newest first', async ({ page, health }) => {
    await page.goto('/tags/')
    await page.locator('main ul.term-index a', { hasText: '生活' }).click()
    await expectPath(page, '/tags/生活/')
    await expect(page.locator('main h1')).toHaveText('标签：生活')
    await expect(list(page).titles).toHaveText(titles([23, 13, 7, 1]))
    await expect(list(page).dates).toHaveText(['2025年12月8日', '2025年6月23日', '2025年3月31日', '2025年1月6日'])
    await health.expectNone(page)

    // An English tag with a space; the draft's tag has no page.
    await page.goto('/tags/static-sites/')
    await expect(list(page).titles).toHaveText(titles([16, 4, 2]))
    expect((await page.request.get('/tags/草稿/')).status()).toBe(404)

    // AI has 11 posts: a second pager with the oldest.
    await page.goto('/tags/ai/')
    await expect(list(page).items).toHaveCount(10)
    await list(page).pagination.locator('a[rel="next"]').click()
    await expectPath(page, '/tags/ai/page/2/')
    await expect(list(page).titles).toHaveText(titles([5]))
    await health.expectNone(page)
  })

  test('a Chinese term works at its raw and its percent-encoded address', async ({ page, health }) => {
    const expected = titles([23, 21, 20, 17, 15, 11, 9, 6, 5])
    for (const address of ['/categories/ai-发展/', `/categories/${encodeURIComponent('ai-发展')}/`]) {
      const response = await page.goto(address)
      expect(response?.status(), address).toBe(200)
      await expect(page.locator('main h1')).toHaveText('分类：AI 发展')
      await expect(list(page).titles).toHaveText(expected)
      await health.expectNone(page)
    }
    for (const address of ['/tags/生活/', '/tags/%E7%94%9F%E6%B4%BB/']) {
      expect((await page.request.get(address)).status(), address).toBe(200)
    }
  })

  test('a post is an ordinary page whose chips lead to its terms', async ({ page, health }) => {
    await page.goto(NEWEST_POST)
    await expect(page.locator('main article h1')).toHaveText('年终回顾：2025')
    const chips = page.locator('article .page-meta a.term')
    expect(await readerText(page.locator('article .page-meta'))).toContain('2025年12月8日')
    await expect(chips).toHaveText(['随笔', 'AI 发展', 'AI', '写作', '生活'])
    await chips.filter({ hasText: 'AI 发展' }).click()
    await expectPath(page, '/categories/ai-发展/')
    await expect(list(page).titles.first()).toHaveText('年终回顾：2025')
    await health.expectNone(page)
  })
})
