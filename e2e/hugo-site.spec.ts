/**
 * An existing hugo-book site built as it is (HUGO_SITE=e2e/fixtures/hugo-site, see
 * scripts/build-e2e-sites.ts): its hugo.toml decides the title, menu entries, ToC levels,
 * date format, edit links and theme; its static/ folder is published at the root.
 * Served on port 4175 (playwright.config.ts).
 */
import type { BrowserContext, Page } from '@playwright/test'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './support/fixtures'
import { readerText, showMenu, visibleMenuTree, waitForHydration, type MenuNode } from './support/site'

const HUGO_SITE = 'http://localhost:4175'
const SITE_TITLE = '迁移示例手册'

const GETTING_STARTED = `${HUGO_SITE}/docs/getting-started/`
const DEEPEST = `${HUGO_SITE}/docs/levels/二级/三级/四级/最深的页面/`
const GALLERY = `${HUGO_SITE}/docs/gallery/`
const ABOUT = `${HUGO_SITE}/about/`

/**
 * An older hugo-book site (e2e/fixtures/menu-bundle: BookMenuBundle, BookSearch = false), built
 * by scripts/build-e2e-sites.ts like the others and served here from its folder through the
 * browser's routing, so that it needs no server of its own.
 */
const OLD_BOOK = 'http://old-book.test'
const OLD_BOOK_DIR = path.join('.e2e-sites', 'menu-bundle')

async function serveOldBook(context: BrowserContext) {
  await context.route(`${OLD_BOOK}/**`, async (route) => {
    const { pathname } = new URL(route.request().url())
    const file = path.join(OLD_BOOK_DIR, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '')
    if (!existsSync(file) || statSync(file).isDirectory())
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' })
    return route.fulfill({ path: file })
  })
}

/** The book section `docs` (hugo.toml: BookSection) with every section open. */
const FULL_TREE: MenuNode[] = [
  { title: '快速开始' },
  {
    title: '多层目录',
    children: [
      {
        title: '第二层',
        children: [{ title: '第三层', children: [{ title: '第四层', children: [{ title: '最深的页面' }] }] }],
      },
    ],
  },
  { title: '使用指南', children: [{ title: '安装' }, { title: '配置' }] },
  { title: '图片页' },
  { title: '中文目录', children: [{ title: '中文文件名的页面' }] },
  // Not collapsible: always open (e2e/shortcodes.spec.ts reads its pages).
  {
    title: '短代码',
    children: [
      { title: '提示与折叠' },
      { title: '标签页与分栏' },
      { title: '图表与公式' },
      { title: '链接与标题' },
      { title: '子分区', children: [{ title: '子页面' }] },
    ],
  },
]

/** The two collapsible sections closed (the reader is elsewhere). */
const CLOSED_TREE: MenuNode[] = FULL_TREE.map((node) =>
  node.title === '多层目录' || node.title === '中文目录' ? { title: node.title } : node,
)

async function menuLinks(page: Page, list: 'before' | 'after') {
  const links = page.locator(`#book-menu ul.menu-${list} > li > a.menu-link`)
  const names: string[] = []
  for (const link of await links.all()) names.push(await readerText(link))
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => decodeURI(anchor.getAttribute('href') ?? '')),
  )
  return { names, hrefs }
}

/** The image loads from `src` (the address the browser resolves its attribute to: `photo.png` on /docs/gallery/ is /docs/gallery/photo.png). */
async function expectImageLoads(page: Page, selector: string, src: string) {
  const image = page.locator(selector)
  expect(await image.evaluate((img: HTMLImageElement) => new URL(img.src).pathname)).toBe(src)
  await image.scrollIntoViewIfNeeded()
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), {
      message: `${src} should load`,
    })
    .toBe(true)
  const response = await page.request.get(new URL(src, HUGO_SITE).href)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
}

test.describe('a hugo-book site built from its own folder', () => {
  test('the menu is the docs tree in hugo-book’s order: nested four deep, flat and collapsible sections, hidden ones absent', async ({
    page,
  }, testInfo) => {
    await page.goto(DEEPEST)
    await showMenu(page, testInfo)
    expect(await visibleMenuTree(page)).toEqual(
      CLOSED_TREE.map((node) => (node.title === '多层目录' ? FULL_TREE[1]! : node)),
    )

    const menu = page.locator('#book-menu .menu-tree')
    await expect(menu.locator('li.menu-section-flat > a.menu-link')).toHaveText(['使用指南'])
    await expect(menu.locator('li.menu-section-flat input.menu-toggle')).toHaveCount(0)
    await expect(menu.locator('li.menu-section-collapsible > .menu-row > a.menu-link')).toHaveText([
      '多层目录',
      '中文目录',
    ])
    // A section whose _index.md has no body is a label, not a link.
    await expect(menu.locator('.menu-label')).toHaveText(['第三层'])
    await expect(menu.locator('a[aria-current="page"]')).toHaveText('最深的页面')
    // bookHidden: the section with its page, and the page, are not in the menu.
    await expect(menu.getByText('隐藏', { exact: false })).toHaveCount(0)
    await expect(menu.locator('a[href*="secret"], a[href*="hidden-page"]')).toHaveCount(0)

    // The Chinese-named section opens without navigating; its page has a Chinese URL.
    const chinese = menu
      .locator('li.menu-section-collapsible')
      .filter({ has: page.locator('.menu-row a.menu-link', { hasText: '中文目录' }) })
    await chinese.locator('.menu-row > label.menu-chevron').click()
    expect(await visibleMenuTree(page)).toEqual(FULL_TREE)
    expect(decodeURI(new URL(page.url()).pathname)).toBe('/docs/levels/二级/三级/四级/最深的页面/')
    await chinese.locator('> ul a.menu-link').click()
    await expect(page.locator('main article h1')).toHaveText('中文文件名的页面')
    expect(decodeURI(new URL(page.url()).pathname)).toBe('/docs/中文目录/说明/')
  })

  test('hidden pages are still built, outside the menu', async ({ page, health }) => {
    for (const url of [`${HUGO_SITE}/docs/secret/inside/`, `${HUGO_SITE}/docs/hidden-page/`]) {
      const response = await page.goto(url)
      expect(response?.status()).toBe(200)
      await expect(page.locator('main article h1')).toHaveText(
        url.includes('secret') ? '隐藏分区里的页面' : '隐藏的页面',
      )
      await expect(page.locator('#book-menu .menu-tree')).not.toContainText('隐藏')
      // Each page settles before the next: leaving a page while its favicon loads aborts that request.
      await health.expectNone(page)
    }
  })

  test('menu.before / menu.after from hugo.toml and the front-matter entries, in weight order', async ({
    page,
  }, testInfo) => {
    await page.goto(`${HUGO_SITE}/`)
    await showMenu(page, testInfo)
    await expect(page.locator('#book-menu .menu-tree')).toBeVisible()
    expect(await visibleMenuTree(page)).toEqual(CLOSED_TREE)

    // before: 关于本站 (hugo.toml, pageRef "/about", weight 10), 常见问题 (front matter `menu: before`, no weight).
    expect(await menuLinks(page, 'before')).toEqual({ names: ['关于本站', '常见问题'], hrefs: ['/about/', '/faq/'] })
    // after: GitHub 仓库 (20) and Hugo 文档 (40) from hugo.toml, the changelog (30) from the page's front matter:
    // an entry tied to a page shows the page's title, whatever its name (hugo-book's menu-hugo.html).
    expect(await menuLinks(page, 'after')).toEqual({
      names: ['GitHub 仓库', '更新记录（完整）', 'Hugo 文档'],
      hrefs: ['https://github.com/example/handbook', '/changelog/', 'https://gohugo.io/documentation/'],
    })
    for (const external of await page.locator('#book-menu ul.menu-after a[href^="https://"]').all())
      await expect(external).toHaveAttribute('target', '_blank')

    await page.locator('#book-menu ul.menu-after a[href="/changelog/"]').click()
    await expect(page).toHaveURL(`${HUGO_SITE}/changelog/`)
    await expect(page.locator('main article h1')).toHaveText('更新记录（完整）')
    if (testInfo.project.name === 'phone') await showMenu(page, testInfo)
    await expect(page.locator('#book-menu ul.menu-after a[aria-current="page"]')).toHaveText('更新记录（完整）')
  })

  test('the title, theme and language come from hugo.toml', async ({ page }, testInfo) => {
    await page.goto(`${HUGO_SITE}/`)
    await expect(page).toHaveTitle(SITE_TITLE)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    // BookTheme = 'light'
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    await showMenu(page, testInfo)
    await expect(page.locator('#book-menu .book-brand-link')).toHaveText(SITE_TITLE)

    await page.goto(GETTING_STARTED)
    await expect(page).toHaveTitle(`快速开始 | ${SITE_TITLE}`)
  })

  test('dates in BookDateFormat, the edit link from BookRepo + BookEditPath, the ToC levels of markup.tableOfContents', async ({
    page,
    health,
  }) => {
    await page.goto(GETTING_STARTED)
    // BookDateFormat = 'Jan 2, 2006': the date under the title and the last-modified date.
    await expect(page.locator('.page-meta time')).toHaveText('Mar 15, 2025')
    await expect(page.locator('.page-meta time')).toHaveAttribute('datetime', '2025-03-15')
    await expect(page.locator('.page-footer time')).toHaveText('Apr 1, 2025')
    // hugo-book: {BookRepo}/{BookEditPath}/{the file's path from the site folder}.
    await expect(page.locator('.page-footer a.edit-link')).toHaveAttribute(
      'href',
      'https://github.com/example/handbook/edit/main/site/content/docs/getting-started.md',
    )

    // startLevel 2, endLevel 4: h2–h4 nested, the h5 left out.
    const toc = page.locator('#book-toc nav.toc')
    const outline = await toc.locator(':scope > ul').evaluate(function read(list: Element): unknown[] {
      return [...list.children].map((item) => {
        const link = item.querySelector(':scope > a')
        const sublist = item.querySelector(':scope > ul')
        return sublist ? { text: link?.textContent, children: read(sublist) } : { text: link?.textContent }
      })
    })
    expect(outline).toEqual([
      { text: '安装', children: [{ text: '检查版本', children: [{ text: '版本要求' }] }] },
      { text: '构建' },
    ])
    expect(await readerText(page.locator('article h5'))).toBe('五级标题不进目录')
    await health.expectNone(page)

    await page.goto(`${HUGO_SITE}/docs/中文目录/说明/`)
    await expect(page.locator('.page-footer a.edit-link')).toHaveAttribute(
      'href',
      `https://github.com/example/handbook/edit/main/site/content/docs/${encodeURIComponent('中文目录')}/${encodeURIComponent('说明.md')}`,
    )
  })

  test('the image beside a page bundle and the image from static/ load', async ({ page, health }) => {
    await page.goto(GALLERY)
    await expectImageLoads(page, 'article img[alt="包里的图片"]', '/docs/gallery/photo.png')
    await health.expectNone(page)

    health.reset()
    await page.goto(ABOUT)
    await expectImageLoads(page, 'article img[alt="本站标志"]', '/images/logo.png')
    await health.expectNone(page)
  })

  test('BookLogo before the title in the menu, the favicon from static/ instead of the book’s icon', async ({
    page,
    health,
  }, testInfo) => {
    await page.goto(`${HUGO_SITE}/`)
    // BookFavicon's default, favicon.png, is in the site's static/: it is the only icon.
    await expect(page.locator('link[rel="icon"]')).toHaveCount(1)
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.png')
    const favicon = await page.request.get(`${HUGO_SITE}/favicon.png`)
    expect(favicon.status()).toBe(200)
    expect(favicon.headers()['content-type']).toBe('image/png')
    await showMenu(page, testInfo)
    // BookLogo = 'images/logo.png'
    await expectImageLoads(page, '#book-menu .book-brand-link img', '/images/logo.png')
    await expect(page.locator('#book-menu .book-brand-link')).toHaveText(SITE_TITLE)
    await health.expectNone(page)
  })

  test('a title too long for the menu beside BookLogo wraps, and the theme toggle stays whole in the menu', async ({
    page,
  }, testInfo) => {
    await page.goto(GETTING_STARTED)
    await waitForHydration(page)
    await showMenu(page, testInfo)
    // A site's own title, longer than the menu is wide, with a word longer than a line of it.
    await page
      .locator('#book-menu .book-brand-title')
      .evaluate((title) => (title.textContent = 'Kubernetes-Betriebshandbuch für Plattformteams'))
    const menu = (await page.locator('#book-menu .book-menu-content').boundingBox())!
    const toggle = page.locator('#book-menu .theme-toggle')
    await expect(toggle).toBeVisible()
    const box = (await toggle.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(menu.x + menu.width)
    const logo = (await page.locator('#book-menu .book-brand-logo').boundingBox())!
    expect(logo.x).toBeGreaterThanOrEqual(menu.x)
    await toggle.click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  })

  test('a fence’s linenos, linenostart and hl_lines: numbered from 10, line 2 marked, numbers not copied', async ({
    page,
  }) => {
    await page.goto(`${HUGO_SITE}/docs/guide/configure/`)
    const block = page.locator('article pre.line-numbers')
    await expect(block).toHaveCount(1)
    const numbers = await block
      .locator('.line')
      .evaluateAll((lines) => lines.map((line) => getComputedStyle(line, '::before').content))
    expect(numbers).toEqual(['"10"', '"11"', '"12"'])
    await expect(block.locator('.line.highlighted')).toHaveText('import "fmt"')
    const copied = await block.evaluate((pre) => {
      const selection = getSelection()!
      selection.selectAllChildren(pre)
      return selection.toString()
    })
    expect(copied).toBe('package main\nimport "fmt"\nfunc main() { fmt.Println("hi") }')
  })

  test('BookMenuBundle: the headless bundle’s list is the menu, the page being read marked; it makes no page', async ({
    page,
    context,
  }, testInfo) => {
    await serveOldBook(context)
    await page.goto(`${OLD_BOOK}/docs/first/`)
    await showMenu(page, testInfo)
    const menu = page.locator('#book-menu .menu-bundle')
    await expect(menu.locator('a')).toHaveText(['Start here', 'Second, listed first', 'The first page', 'Hugo'])
    await expect(menu.locator('a[aria-current="page"]')).toHaveText('The first page')
    await expect(menu.locator('> ul > li > ul a')).toHaveText(['The first page'])
    await menu.getByRole('link', { name: 'Second, listed first' }).click()
    await expect(page).toHaveURL(`${OLD_BOOK}/docs/second/`)
    await expect(page.locator('main article h1')).toHaveText('Second page')
    expect((await page.goto(`${OLD_BOOK}/menu/`))?.status()).toBe(404)
  })

  test('BookSearch = false: no search box, button, dialog or shortcut, and no index published', async ({
    page,
    context,
  }, testInfo) => {
    await serveOldBook(context)
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    await page.goto(`${OLD_BOOK}/docs/first/`)
    await showMenu(page, testInfo)
    await expect(page.locator('#book-menu .book-search')).toHaveCount(0)
    await expect(page.locator('header.book-header button.search-button, dialog.search-dialog')).toHaveCount(0)
    await page.keyboard.press('ControlOrMeta+k')
    await expect(page.locator('dialog[open]')).toHaveCount(0)
    expect(existsSync(path.join(OLD_BOOK_DIR, 'search-index'))).toBe(false)
    expect(requested.filter((url) => url.includes('search-index'))).toEqual([])
  })
})
