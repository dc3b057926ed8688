/**
 * An English hugo-book site (e2e/fixtures/english-site, built with HUGO_SITE by
 * scripts/build-e2e-sites.ts, served on port 4179): pages with Hugo's `type: docs`, CRLF
 * front matter and a folder with a space are all there, at Hugo's URLs, and the reader sees
 * English words only. lib/site/english-site.test.ts checks the same site without a browser.
 */
import { expect, test } from './support/fixtures'
import { showMenu, visibleMenuTree } from './support/site'

const SITE = 'http://localhost:4179'

test.describe('an English hugo-book site', () => {
  test('every page is built at Hugo’s URL; drafts and headless bundles are not', async ({ page }) => {
    for (const [url, title] of [
      ['/docs/typed/', 'Typed page'],
      ['/docs/windows/', 'Windows line endings'],
      ['/my-docs/getting-started/', 'Getting started'],
      ['/my-docs/', 'My Docs'],
    ] as const) {
      const response = await page.goto(`${SITE}${url}`)
      expect(response?.status(), url).toBe(200)
      await expect(page.locator('article h1').first(), url).toHaveText(title)
    }
    for (const url of ['/docs/draft/', '/docs/assets/'])
      expect((await page.request.get(`${SITE}${url}`)).status(), url).toBe(404)
  })

  test('the menu lists the typed, the CRLF and the team pages in weight order', async ({ page }, testInfo) => {
    await page.goto(`${SITE}/docs/typed/`)
    await showMenu(page, testInfo)
    expect(await visibleMenuTree(page)).toEqual([
      { title: 'Typed page' },
      { title: 'Windows line endings' },
      { title: 'The team' },
    ])
  })

  test('the reader sees English words only: interface, footnotes, alerts, details, a missing image', async ({
    page,
  }) => {
    await page.goto(`${SITE}/docs/typed/`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-us')
    const article = page.locator('article')
    await expect(article.getByRole('heading', { name: 'Footnotes' })).toBeAttached()
    await expect(article.locator('.book-hint-title').first()).toHaveText('Note')
    await expect(article.locator('details > summary')).toHaveText('Details')
    await expect(article).toContainText('Image missing')
    const text = await page.evaluate(
      () =>
        document.body.innerText +
        [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
          .map(
            (element) =>
              `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('placeholder') ?? ''} ${element.getAttribute('title') ?? ''}`,
          )
          .join(' '),
    )
    expect(text).not.toMatch(/[\p{Script=Han}，。：（）]/u)
  })

  test('a shortcode the site wrote as shortcodes/members.tsx shows what the module rendered', async ({ page }) => {
    await page.goto(`${SITE}/docs/team/`)
    const members = page.locator('article section.members')
    await expect(members.locator('.members-title')).toHaveText('Maintainers')
    await expect(members.getByRole('listitem')).toHaveText(['Ada Lovelace', 'Grace Hopper'])
    await expect(members.locator('.members-note strong')).toHaveText('the forum')
    await expect(members.locator('.members-page')).toHaveText('Listed on The team')
  })
})
