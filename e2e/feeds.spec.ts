/**
 * RSS feeds, as a feed reader finds and reads them: the list pages name their feed in
 * `<head>` (as hugo-book's html-head.html does), and the feed at that address lists the
 * section's or term's pages, newest first (Hugo's order for dated pages without weights).
 * Feeds have no control on the page (hugo-book shows none): there is nothing to press, theme or
 * zoom; what a reader needs is the address, with or without JavaScript.
 */
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { NEWS, NEWS_1220, NEWS_1220_TITLE, NEWS_1222, NEWS_1222_TITLE, REPORT, YEAR } from './support/site'

/** The feed a page names in its head: its address as written (an absolute URL, as Hugo's .Permalink). */
async function feedLink(page: Page): Promise<{ href: string; title: string | null }> {
  const link = page.locator('head link[rel="alternate"][type="application/rss+xml"]')
  await expect(link).toHaveCount(1)
  return { href: (await link.getAttribute('href'))!, title: await link.getAttribute('title') }
}

/** The feed at a site path, read as a feed reader reads it: the channel and each item's title and path. */
async function readFeed(request: APIRequestContext, url: string) {
  const response = await request.get(url)
  expect(response.status(), url).toBe(200)
  const xml = await response.text()
  expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8" standalone="yes"\?>\s*<rss version="2\.0"/)
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
    title: /<title>([\s\S]*?)<\/title>/.exec(item!)![1],
    path: decodeURIComponent(new URL(/<link>([\s\S]*?)<\/link>/.exec(item!)![1]!).pathname),
  }))
  return { xml, items }
}

test('the news section names its feed, and the feed lists the digests newest first', async ({ page, request }) => {
  await page.goto(NEWS)
  const { href, title } = await feedLink(page)
  expect(title).toBe('AI 观察手册')
  expect(decodeURIComponent(new URL(href).pathname)).toBe(`${NEWS}index.xml`)
  const feed = await readFeed(request, `${NEWS}index.xml`)
  expect(feed.items).toEqual([
    { title: NEWS_1222_TITLE, path: NEWS_1222 },
    { title: NEWS_1220_TITLE, path: NEWS_1220 },
  ])
  expect(feed.xml).toContain('<language>zh-CN</language>')
})

test('the home feed lists every page of the book, a category feed its own pages', async ({ page, request }) => {
  await page.goto('/')
  expect(new URL((await feedLink(page)).href).pathname).toBe('/index.xml')
  const home = await readFeed(request, '/index.xml')
  expect(home.items.map((item) => item.path).sort()).toEqual([NEWS_1220, NEWS_1222, REPORT, YEAR].sort())
  const category = await readFeed(request, encodeURI('/categories/大模型/index.xml'))
  expect(category.items.map((item) => item.path)).toEqual([NEWS_1220])
})

test('a content page names no feed of its own (Hugo writes none for it)', async ({ page }) => {
  await page.goto(YEAR)
  await expect(page.locator('head link[type="application/rss+xml"]')).toHaveCount(0)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the feed is named in the page as built', async ({ page }) => {
    await page.goto(NEWS)
    expect(decodeURIComponent(new URL((await feedLink(page)).href).pathname)).toBe(`${NEWS}index.xml`)
  })
})

test('a site under a sub-path names each language’s feed under it', async ({ page, request }) => {
  const base = 'http://localhost:4180/sub/path'
  await page.goto(`${base}/`)
  expect((await feedLink(page)).href).toBe('https://owner.example.org/sub/path/index.xml')
  await page.goto(`${base}/cn/`)
  expect((await feedLink(page)).href).toBe('https://owner.example.org/sub/path/cn/index.xml')
  const chinese = await readFeed(request, `${base}/cn/index.xml`)
  expect(chinese.items.length).toBeGreaterThan(0)
  for (const item of chinese.items) expect(item.path).toMatch(/^\/sub\/path\/cn\//)
})
