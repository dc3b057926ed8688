/**
 * Every page a search engine knows about (the sitemap) plus the 404 page loads cleanly:
 * no console error, no uncaught error, no failed request; one h1; the right <title>;
 * the document's language.
 */
import { expect, test } from './support/fixtures'
import { ALL_PAGES, MENU_PAGES, SITE_TITLE, UNKNOWN_URL } from './support/site'

test('the sitemap lists every page of the book, each as a page that exists', async ({ request }) => {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  const paths = sitemapPaths(await response.text())
  expect(paths.map(decodeURIComponent).sort()).toEqual([...ALL_PAGES].sort())
  for (const path of paths) {
    const page = await request.get(path, { maxRedirects: 0 })
    expect(page.status(), `${path} from the sitemap`).toBe(200)
    expect(page.headers()['content-type'], `${path} is an HTML page`).toContain('text/html')
  }
})

// BUG: public/serve.json sets "cleanUrls": false, so `serve out` answers every page address with a directory listing, not its index.html.
test('each address of the sitemap serves the book page, not a listing of files', async ({ request }) => {
  const paths = sitemapPaths(await (await request.get('/sitemap.xml')).text())
  for (const path of paths) {
    const body = await (await request.get(path)).text()
    expect.soft(body, `${path} is the book's page`).toContain('<html lang="zh-CN"')
    expect.soft(body, `${path} has the book's menu`).toContain('id="book-menu"')
    expect.soft(body, `${path} is not a directory listing`).not.toContain('Index of')
  }
})

test('every page of the sitemap and the 404 page load cleanly', async ({ page, health, request }) => {
  test.slow()
  const paths = sitemapPaths(await (await request.get('/sitemap.xml')).text())
  expect(paths.length).toBeGreaterThan(0)

  for (const path of [...paths, UNKNOWN_URL]) {
    await test.step(path, async () => {
      health.reset()
      const response = await page.goto(path)
      const notFound = path === UNKNOWN_URL
      expect.soft(response?.status(), `HTTP status of ${path}`).toBe(notFound ? 404 : 200)

      await expect.soft(page.locator('html'), `<html lang> on ${path}`).toHaveAttribute('lang', 'zh-CN')
      const h1 = page.locator('h1')
      await expect.soft(h1, `exactly one h1 on ${path}`).toHaveCount(1)
      const heading = ((await h1.first().textContent()) ?? '').trim()
      expect.soft(heading, `h1 of ${path}`).not.toBe('')
      const expectedTitle = path === '/' ? SITE_TITLE : `${notFound ? '页面不存在' : heading} | ${SITE_TITLE}`
      await expect.soft(page, `<title> of ${path}`).toHaveTitle(expectedTitle)

      const allowed = notFound ? [{ url: new URL(path, page.url()).href, status: 404 }] : []
      await page.waitForLoadState('networkidle')
      expect.soft(health.problems(allowed), `console errors, page errors or failed requests on ${path}`).toEqual([])
    })
  }
})

test('following 下一页 from the home page walks the whole menu in order, without errors', async ({ page, health }) => {
  await page.goto('/')
  const next = page.locator('nav.prev-next a.prev-next-link.next')
  const visited = ['/']
  while ((await next.count()) > 0 && visited.length < 12) {
    await next.click()
    await page.waitForURL((url) => url.pathname !== visited.at(-1))
    visited.push(new URL(page.url()).pathname)
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(page).toHaveTitle(`${((await page.locator('h1').textContent()) ?? '').trim()} | ${SITE_TITLE}`)
  }
  expect(visited).toEqual(['/', ...MENU_PAGES.map(({ path }) => path)])
  await health.expectNone(page)
})

/** The <loc> URLs of a sitemap, as paths on the server under test. */
function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => {
    const url = new URL(match[1]!.replace(/&amp;/g, '&'))
    return url.pathname + url.search
  })
}

test('a request the next navigation cuts off is not the site failing; a request that fails on its own is', async ({
  page,
  health,
}) => {
  // One request never answers (still under way when the reader leaves), one is refused.
  await page.route('**/held-back', () => undefined)
  await page.route('**/refused', (route) => route.abort('connectionrefused'))
  await page.goto('/')
  const held = page.waitForRequest('**/held-back')
  await page.evaluate(() => void fetch('/held-back').catch(() => undefined))
  await held
  await page.goto('/docs/news/')
  await page.waitForLoadState('networkidle')
  expect(health.problems(), 'a request cut off by leaving the page').toEqual([])

  const refused = page.waitForEvent('requestfailed', (request) => request.url().endsWith('/refused'))
  await page.evaluate(() => void fetch('/refused').catch(() => undefined))
  await refused
  expect(health.problems().join('\n')).toMatch(/request failed: GET http:\/\/localhost:4173\/refused/)
})
