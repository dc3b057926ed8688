/**
 * What the default book (content/) contains, as a reader sees it, and small helpers
 * shared by the specs. The expectations here are the contract: when the content
 * changes on purpose, change them here.
 */
import { expect, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test'
import { scaled } from './time-scale'

export const SITE_TITLE = 'AI 观察手册'

export const YEAR = '/docs/llm/year-in-llms-2025/'
export const REPORT = '/docs/llm/ai-progress-report-2024-2025/'
export const LLM = '/docs/llm/'
export const NEWS = '/docs/news/'
export const NEWS_1222 = '/docs/news/2025-12-22-04/'
export const NEWS_1220 = '/docs/news/2025-12-20-20/'

export const YEAR_TITLE = '2025：大模型之年'
export const REPORT_TITLE = '2024-2025年人工智能领域主要进展调研报告'
export const NEWS_1222_TITLE = '2025.12.22.04 过去4小时全球AI发生了什么？'
export const NEWS_1220_TITLE = '2025.12.20.20 过去4小时全球AI发生了什么？'

/** A heading in the middle of the long page (14th of 26 h2s). */
export const PELICAN_ID = '骑自行车的鹈鹕之年'

/** The news pages' categories (front matter), in the order /categories/ lists them (pinyin), with their term pages. */
export const NEWS_CATEGORIES: ReadonlyArray<{ name: string; path: string; pages: string[] }> = [
  { name: '大模型', path: '/categories/大模型/', pages: [NEWS_1220] },
  { name: '技术创新', path: '/categories/技术创新/', pages: [NEWS_1222] },
  { name: '模型应用', path: '/categories/模型应用/', pages: [NEWS_1222] },
  { name: '行业洞察', path: '/categories/行业洞察/', pages: [NEWS_1222] },
  { name: 'AI 发展', path: '/categories/ai-发展/', pages: [NEWS_1222] },
  { name: 'AI进展', path: '/categories/ai进展/', pages: [NEWS_1220] },
  { name: 'AI应用', path: '/categories/ai应用/', pages: [NEWS_1220] },
]

/** Every page of the book (the sitemap must list exactly these): the content pages, the taxonomies and the terms. */
export const ALL_PAGES = [
  '/',
  '/docs/',
  LLM,
  REPORT,
  YEAR,
  NEWS,
  NEWS_1220,
  NEWS_1222,
  '/categories/',
  '/tags/',
  ...NEWS_CATEGORIES.map(({ path }) => path),
] as const

/** Pages that have an entry of their own in the menu, with that entry's title. */
export const MENU_PAGES: ReadonlyArray<{ path: string; title: string }> = [
  { path: LLM, title: '大模型' },
  { path: YEAR, title: YEAR_TITLE },
  { path: REPORT, title: REPORT_TITLE },
  { path: NEWS, title: 'AI 动态' },
  { path: NEWS_1222, title: NEWS_1222_TITLE },
  { path: NEWS_1220, title: NEWS_1220_TITLE },
]

export interface MenuNode {
  title: string
  children?: MenuNode[]
}

/** The menu tree of the default book, in reading order. */
export const MENU_TREE: MenuNode[] = [
  { title: '大模型', children: [{ title: YEAR_TITLE }, { title: REPORT_TITLE }] },
  { title: 'AI 动态', children: [{ title: NEWS_1222_TITLE }, { title: NEWS_1220_TITLE }] },
]

export const UNKNOWN_URL = '/docs/no-such-page-here/'

/** `test.use(withMotion)`: the browser does not ask for reduced motion (smooth scrolling, drawer transitions). */
export const withMotion = { contextOptions: { reducedMotion: 'no-preference' as const } }

export function isPhone(testInfo: TestInfo): boolean {
  return testInfo.project.name === 'phone'
}

/** Locators of the page shell. */
export function shell(page: Page) {
  const menu = page.locator('#book-menu')
  const toc = page.locator('#book-toc')
  return {
    menu,
    menuNav: menu.getByRole('navigation', { name: '书籍目录' }),
    menuTree: menu.locator('.menu-tree'),
    menuScroll: menu.locator('[data-menu-scroll]'),
    menuControl: page.locator('#menu-control'),
    menuButton: page.locator('header.book-header label.menu-button'),
    menuOverlay: page.locator('label.menu-overlay'),
    toc,
    tocNav: toc.locator('nav.toc[aria-label="本页目录"]'),
    tocControl: page.locator('#toc-control'),
    tocButton: page.locator('header.book-header label.toc-button'),
    tocOverlay: page.locator('label.toc-overlay'),
    bookPage: page.locator('.book-page'),
    header: page.locator('header.book-header'),
    article: page.locator('main article'),
    themeToggle: menu.locator('button.theme-toggle'),
  }
}

/** The collapsible AI 动态 section of the menu: its row, chevron, checkbox and list. */
export function newsSection(page: Page) {
  const item = page
    .locator('#book-menu li.menu-section')
    .filter({ has: page.locator('.menu-row a.menu-link', { hasText: 'AI 动态' }) })
  return {
    item,
    titleLink: item.locator('.menu-row > a.menu-link'),
    chevron: item.locator('.menu-row > label.menu-chevron'),
    toggle: item.locator('> input.menu-toggle'),
    list: item.locator('> ul'),
    childLinks: item.locator('> ul a.menu-link'),
  }
}

/**
 * Waits until the client components are live (React has hydrated the page and run its
 * effects), so that a click exercises the script-driven behaviour and not a race with it.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const button = document.querySelector('button.theme-toggle')
    return !!button && Object.keys(button).some((key) => key.startsWith('__reactProps'))
  })
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

/** On a phone, the menu lives in a drawer: open it (by its header button) and wait until it is shown. */
export async function openMenuDrawer(page: Page, { hydrated = true } = {}): Promise<void> {
  if (hydrated) await waitForHydration(page)
  const { menuButton, menu } = shell(page)
  await menuButton.click()
  await expect(menu).toBeVisible()
  await expect(menu).toBeInViewport({ ratio: 0.95 })
}

export async function openTocDrawer(page: Page, { hydrated = true } = {}): Promise<void> {
  if (hydrated) await waitForHydration(page)
  const { tocButton, toc } = shell(page)
  await tocButton.click()
  await expect(toc).toBeVisible()
  await expect(toc).toBeInViewport({ ratio: 0.95 })
}

/** Makes the menu visible whatever the project: on a phone it opens the drawer. */
export async function showMenu(page: Page, testInfo: TestInfo, options: { hydrated?: boolean } = {}): Promise<void> {
  if (isPhone(testInfo)) await openMenuDrawer(page, options)
  await expect(shell(page).menu).toBeVisible()
}

/**
 * The menu tree as the reader sees it: the titles of the visible entries in DOM order,
 * nested as the lists are nested. Text hidden for screen readers only is left out.
 */
export async function visibleMenuTree(page: Page): Promise<MenuNode[]> {
  return page.locator('#book-menu .menu-tree').evaluate((tree) => {
    const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true })
    const textOf = (element: Element) => {
      const copy = element.cloneNode(true) as Element
      for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove()
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
    }
    const read = (list: Element): { title: string; children?: unknown[] }[] => {
      const nodes: { title: string; children?: unknown[] }[] = []
      for (const item of list.children) {
        if (item.tagName !== 'LI' || !shown(item)) continue
        const titleElement = item.querySelector(
          ':scope > .menu-link, :scope > .menu-label, :scope > .menu-row > .menu-link, :scope > .menu-row > .menu-label',
        )
        const node: { title: string; children?: unknown[] } = {
          title: titleElement && shown(titleElement) ? textOf(titleElement) : '',
        }
        const sublist = item.querySelector(':scope > ul')
        if (sublist && shown(sublist)) {
          const children = read(sublist)
          if (children.length > 0) node.children = children
        }
        nodes.push(node)
      }
      return nodes
    }
    const top = tree.querySelector(':scope > ul')
    return top ? (read(top) as never) : []
  })
}

/** Text of an element without its screen-reader-only parts and the `#` of heading anchors. */
export async function readerText(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as Element
    for (const hidden of copy.querySelectorAll('.visually-hidden, .heading-anchor')) hidden.remove()
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
  })
}

/** Where an element is in the window, and where the sticky phone header ends (0 when there is none). */
async function positionInWindow(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector)
    const header = document.querySelector('header.book-header')
    const headerBox = header?.getBoundingClientRect()
    const headerBottom = header && getComputedStyle(header).display !== 'none' && headerBox ? headerBox.bottom : 0
    const box = element?.getBoundingClientRect()
    return {
      found: !!element,
      top: box?.top ?? Number.NaN,
      bottom: box?.bottom ?? Number.NaN,
      headerBottom,
      innerHeight: window.innerHeight,
      scrollY: window.scrollY,
    }
  }, selector)
}

/** CSS selector of the element with this id (ids here are Chinese text with punctuation). */
export function byId(id: string): string {
  return `[id="${id.replace(/["\\]/g, '\\$&')}"]`
}

/**
 * Waits until the heading with this id has come to rest near the top of the window:
 * below the phone header (if any) and within the top third of the window.
 * Polls, because the page scrolls smoothly.
 */
export async function expectHeadingNearTop(page: Page, id: string): Promise<void> {
  const selector = byId(id)
  await expect(page.locator(selector)).toBeInViewport()
  let last = await positionInWindow(page, selector)
  await expect
    .poll(
      async () => {
        const now = await positionInWindow(page, selector)
        const resting = Math.abs(now.scrollY - last.scrollY) < 1
        last = now
        const belowHeader = now.top >= now.headerBottom - 1
        const inTopThird = now.top <= now.innerHeight / 3
        return {
          resting,
          belowHeader,
          inTopThird,
          top: Math.round(now.top),
          headerBottom: now.headerBottom,
          innerHeight: now.innerHeight,
        }
      },
      {
        message: `heading #${id} should rest near the top of the window, below any sticky header`,
        timeout: scaled(5_000),
        intervals: [100, 150, 250],
      },
    )
    .toMatchObject({ resting: true, belowHeader: true, inTopThird: true })
}

/** The decoded fragment of the page's address. */
export async function decodedHash(page: Page): Promise<string> {
  return page.evaluate(() => decodeURIComponent(location.hash))
}

/**
 * The text of every script a fresh visit to `url` downloads, once the page has hydrated and the
 * network is quiet: to tell which pages fetch an island's code.
 */
export async function scriptsLoadedBy(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const bodies: string[] = []
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') bodies.push(await response.text().catch(() => ''))
  })
  await page.goto(url)
  await waitForHydration(page)
  await page.waitForLoadState('networkidle')
  await context.close()
  return bodies
}
