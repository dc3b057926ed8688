/**
 * The fixture book e2e/fixtures/bad-content: content Hugo accepts though authors rarely
 * mean to write it (every front-matter format, a byte-order mark, CRLF, an empty file,
 * front matter only, 12 levels of folders, duplicate heading ids, a link to a missing page,
 * a missing image, a file named with %). Each page reads as intended. The cases that stop the build are in
 * scripts/build.test.ts and lib/content/bad-content.test.ts.
 */
import { expect, test } from './support/fixtures'
import { isPhone, openTocDrawer, readerText, shell, showMenu } from './support/site'

const BOOK = 'http://localhost:4177'
const DEEPEST = `/docs/${Array.from({ length: 12 }, (_, index) => `level-${index + 1}`).join('/')}/deepest/`

test('pages in YAML, TOML and JSON front matter, or with a BOM and CRLF, show their title and text', async ({
  page,
  health,
}) => {
  const pages = [
    ['/docs/yaml/', 'YAML 前言', '用 YAML 写的前言。'],
    ['/docs/toml/', 'TOML 前言', '用 TOML 写的前言。'],
    ['/docs/json/', 'JSON 前言', '用 JSON 写的前言。'],
    ['/docs/bom-crlf/', 'BOM 与 CRLF', '这一页以字节顺序标记开头，每行以 CRLF 结束。'],
  ]
  for (const [path, title, text] of pages) {
    await page.goto(`${BOOK}${path}`)
    await expect(page.locator('main h1')).toHaveText(title!)
    const body = page.locator('main .markdown')
    await expect(body).toContainText(text!)
    // Front matter (its fences, its fields) never leaks into the page.
    await expect(body).not.toContainText(/---|\+\+\+|"title"|title[:=]/)
    // Each page checked on its own, once its requests are done: the next navigation would abort
    // a request still on its way (the icon), which no reader sees.
    if (path !== '/docs/bom-crlf/') {
      await health.expectNone(page)
      health.reset()
    }
  }
  expect(await readerText(page.locator('main h2'))).toBe('第二节')
  await health.expectNone(page)
})

test('an empty file and a file of front matter only are pages with a title, not menu entries', async ({
  page,
}, testInfo) => {
  await page.goto(`${BOOK}/docs/front-matter-only/`)
  await expect(page.locator('main h1')).toHaveText('只有前言')
  await page.goto(`${BOOK}/docs/empty/`)
  await expect(page.locator('main h1')).toHaveText('Empty')
  await showMenu(page, testInfo, { hydrated: false })
  const titles = await shell(page).menuTree.locator('a.menu-link').allTextContents()
  expect(titles).toContain('YAML 前言')
  expect(titles).not.toContain('只有前言')
  expect(titles).not.toContain('Empty')
})

test('a page whose file is named with % opens from its menu link', async ({ page, health }, testInfo) => {
  await page.goto(`${BOOK}/docs/json/`)
  await showMenu(page, testInfo, { hydrated: false })
  await shell(page).menuTree.getByRole('link', { name: '增长 100%', exact: true }).click()
  await expect(page.locator('main h1')).toHaveText('增长 100%')
  await expect(page.locator('main .markdown')).toContainText('菜单里的链接仍然通向这一页')
  expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/docs/增长-100/')
  await health.expectNone(page)
})

test('a page 12 folders deep opens with the menu open down to it', async ({ page }, testInfo) => {
  await page.goto(`${BOOK}${DEEPEST}`)
  await expect(page.locator('main h1')).toHaveText('最深的页面')
  await showMenu(page, testInfo, { hydrated: false })
  const current = shell(page).menu.locator('a.menu-link[aria-current="page"]')
  await expect(current).toHaveText('最深的页面')
  await expect(current).toBeInViewport()
  for (let level = 1; level <= 12; level++)
    await expect(shell(page).menu.getByRole('link', { name: `第 ${level} 层`, exact: true })).toBeVisible()
  // Deep nesting narrows the entries but never pushes them out of the menu.
  const [menuBox, linkBox] = [await shell(page).menu.boundingBox(), await current.boundingBox()]
  expect(linkBox!.x + linkBox!.width).toBeLessThanOrEqual(menuBox!.x + menuBox!.width + 1)
})

test('headings that share an id each get their own, and each ToC entry leads to its heading', async ({
  page,
}, testInfo) => {
  await page.goto(`${BOOK}/docs/duplicate-ids/`)
  expect(await Promise.all((await page.locator('main h2').all()).map(readerText))).toEqual(['第一节', '第二节', 'same'])
  const ids = await page.locator('main h2').evaluateAll((headings) => headings.map((heading) => heading.id))
  // Hugo keeps both written {#same} and gives the third (automatic) `same-1`; the second written one gets an unused id.
  expect(ids).toEqual(['same', 'same-2', 'same-1'])
  // The page is too short to bring each heading to the top: the target heading is the proof.
  for (const [index, id] of ids.entries()) {
    if (isPhone(testInfo)) await openTocDrawer(page)
    await shell(page).toc.locator('a[data-toc-id]').nth(index).click()
    await expect(page).toHaveURL(new RegExp(`#${id}$`))
    const target = page.locator('main h2:target')
    await expect(target).toBeInViewport()
    expect(await readerText(target)).toBe(['第一节', '第二节', 'same'][index])
  }
})

test('a missing image shows its description; a link to a missing page stays a link', async ({ page, health }) => {
  await page.goto(`${BOOK}/docs/broken-links/`)
  const missing = page.locator('main .image-missing')
  await expect(missing).toBeVisible()
  await expect(missing).toHaveText('图片缺失一张不存在的图')
  await expect(page.locator('main img')).toHaveCount(0)
  await expect(page.locator('main .markdown').getByRole('link', { name: '不存在的页面' })).toHaveAttribute(
    'href',
    '../no-such-page.md',
  )
  await expect(page.locator('main .markdown')).toContainText('图片之后的文字。')
  await page.waitForLoadState('networkidle')
  await health.expectNone(page) // no request for the missing image
})
