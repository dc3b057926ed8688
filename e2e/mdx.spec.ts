/**
 * MDX pages beside Markdown pages (e2e/fixtures/mdx-book, a Hugo site built with HUGO_SITE by
 * scripts/build-e2e-sites.ts, served on port 4181): the MDX page keeps the book's rules (menu
 * order, Hugo heading ids, ToC, search) and adds React — a server component rendered at build
 * time, a client counter that hydrates on that page only, an npm package's output, the built-in
 * Tabs — with the same CSP and no console error; without JavaScript its text is all there.
 */
import { createHash } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './support/fixtures'
import { scriptsLoadedBy, showMenu, visibleMenuTree, waitForHydration } from './support/site'

const SITE = 'http://localhost:4181'
const MDX_PAGE = `${SITE}/docs/interactive/`
const MARKDOWN_PAGE = `${SITE}/docs/first/`

test('the MDX page is in the menu in its weight’s place, between the Markdown pages', async ({ page }, testInfo) => {
  await page.goto(MDX_PAGE)
  await showMenu(page, testInfo)
  // BookSection = "docs": the menu lists that section's pages.
  expect(await visibleMenuTree(page)).toEqual([
    { title: 'First page' },
    { title: 'Interactive page' },
    { title: 'Third page' },
  ])
  await expect(page.locator('footer nav.prev-next a.next')).toHaveAttribute('href', '/docs/third/')
})

test('its headings have Hugo’s ids, anchors and ToC entries', async ({ page }) => {
  await page.goto(MDX_PAGE)
  const ids = await page.locator('article h2').evaluateAll((headings) => headings.map((heading) => heading.id))
  expect(ids).toEqual(['counting-quokkas', 'a-chart-from-a-package', 'tabs-as-in-hugo-book', 'code'])
  const toc = page.locator('aside.book-toc nav a, nav#TableOfContents a')
  await expect(toc.first()).toBeAttached()
  expect(await toc.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
    expect.arrayContaining(['#counting-quokkas', '#code']),
  )
})

test('the client component responds to clicks; the server parts and the package’s output are there', async ({
  page,
  health,
}) => {
  await page.goto(MDX_PAGE)
  await waitForHydration(page)
  const counter = page.getByRole('button', { name: /Quokkas counted/ })
  await expect(counter).toHaveText('Quokkas counted: 0')
  await counter.click()
  await counter.click()
  await expect(counter).toHaveText('Quokkas counted: 2')
  await expect(page.locator('aside.server-note')).toHaveText(
    'This note was rendered on the server, when the book was built.',
  )
  await expect(page.locator('svg.trend path')).toHaveAttribute('d', /^M0,30/)
  // The built-in Tabs: hugo-book's radio buttons, which switch without script.
  await page.getByText('MDX', { exact: true }).click()
  await expect(page.getByText('MDX pages use the Tabs component.')).toBeVisible()
  // Code blocks as on Markdown pages.
  await expect(page.locator('article pre code')).toContainText("console.log('numbat')")
  await health.expectNone(page)
})

test('the page is served with the book’s Content-Security-Policy: no inline script it does not list', async ({
  request,
}) => {
  const response = await request.get(MDX_PAGE)
  const policy = response.headers()['content-security-policy'] ?? ''
  const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1] ?? ''
  expect(scriptSources).not.toContain("'unsafe-inline'")
  const inline = [...(await response.text()).matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .filter((code) => code !== '')
  for (const code of inline)
    expect(scriptSources).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the server-rendered parts and the text are all there', async ({ page }) => {
    await page.goto(MDX_PAGE)
    await expect(page.locator('article')).toContainText('the quokka counter below responds to clicks')
    await expect(page.locator('aside.server-note')).toBeVisible()
    await expect(page.getByRole('button', { name: /Quokkas counted/ })).toHaveText('Quokkas counted: 0')
    await expect(page.locator('svg.trend path')).toBeAttached()
  })
})

test('the MDX page’s client code loads on that page only', async ({ browser }) => {
  expect((await scriptsLoadedBy(browser, MDX_PAGE)).some((body) => body.includes('quokka-counter'))).toBe(true)
  expect((await scriptsLoadedBy(browser, MARKDOWN_PAGE)).some((body) => body.includes('quokka-counter'))).toBe(false)
})

test('search finds the MDX page’s text and lands on its heading', async ({ page }, testInfo) => {
  await page.goto(MARKDOWN_PAGE)
  await waitForHydration(page)
  if (testInfo.project.name === 'phone') await page.locator('header.book-header button.search-button').click()
  else await page.keyboard.press('ControlOrMeta+k')
  const dialog = page.locator('dialog.search-dialog')
  await dialog.getByRole('combobox').fill('server note rendered')
  const first = dialog.getByRole('option').first()
  await expect(first).toHaveAttribute('href', '/docs/interactive/#counting-quokkas')
  await first.click()
  await expect(page).toHaveURL(/\/docs\/interactive\/#counting-quokkas$/)
})

test('axe finds nothing serious on the MDX page', async ({ page }) => {
  await page.goto(MDX_PAGE)
  await waitForHydration(page)
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(
    violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([])
})
