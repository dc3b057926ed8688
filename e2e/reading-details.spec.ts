/**
 * Details a reader notices side by side with hugo-book: a page's title is shown once, the
 * space between Chinese and Latin letters or digits is the same everywhere, the theme toggle
 * is not offered when it cannot work, and a copied heading link is readable.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import {
  byId,
  isPhone,
  LLM,
  NEWS_1222,
  NEWS_1222_TITLE,
  openMenuDrawer,
  openTocDrawer,
  PELICAN_ID,
  readerText,
  shell,
  showMenu,
  waitForHydration,
  YEAR,
} from './support/site'

test.describe('a body that opens with the page title', () => {
  // content/docs/llm/_index.md: `title: 大模型`, and its Markdown opens with `## 大模型`.
  const TITLE = '大模型'

  test('shows the title once: no heading below the H1 and no ToC entry repeats it', async ({ page }) => {
    await page.goto(LLM)
    const h1 = page.locator('main article h1')
    await expect(h1).toHaveCount(1)
    expect(await readerText(h1)).toBe(TITLE)
    const headings = await page
      .locator('main article :is(h2, h3, h4, h5, h6)')
      .evaluateAll((elements) => elements.map((element) => (element.firstChild?.textContent ?? '').trim()))
    expect(headings.length).toBeGreaterThan(3)
    expect(headings).not.toContain(TITLE)
    const entries = (await page.locator('#book-toc nav.toc a').allTextContents()).map((text) => text.trim())
    expect(entries[0]).toBe('引言')
    expect(entries).not.toContain(TITLE)
  })

  test('an old link to the heading lands on the H1, which keeps its id', async ({ page }) => {
    await page.goto(`${LLM}#${encodeURIComponent(TITLE)}`)
    const target = page.locator(byId(TITLE))
    await expect(target).toHaveCount(1)
    expect(await target.evaluate((element) => element.tagName)).toBe('H1')
    await expect(target).toBeInViewport()
  })
})

/** The computed text-autospace of the first element matching each selector. */
async function autospaceOf(page: Page, selectors: Record<string, string>): Promise<Record<string, string>> {
  return page.evaluate((selectors) => {
    const autospace = (selector: string) => {
      const element = document.querySelector(selector)
      return element ? getComputedStyle(element).getPropertyValue('text-autospace') : 'missing'
    }
    return Object.fromEntries(Object.entries(selectors).map(([name, selector]) => [name, autospace(selector)]))
  }, selectors)
}

/**
 * How much wider the element's own text is set than without the spacing (px): its text in
 * a probe inside it, on one line, measured as it is and with text-autospace off.
 */
async function autospaceWidening(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const probe = document.createElement('span')
    probe.style.cssText = 'position: absolute; white-space: nowrap; visibility: hidden'
    probe.textContent = element.textContent
    element.append(probe)
    const spaced = probe.getBoundingClientRect().width
    probe.style.setProperty('text-autospace', 'no-autospace')
    const unspaced = probe.getBoundingClientRect().width
    probe.remove()
    return spaced - unspaced
  })
}

test.describe('space between Chinese and Latin letters or digits', () => {
  test('is the same in the menu, the breadcrumbs, the phone header and the title', async ({ page }, testInfo) => {
    await page.goto(NEWS_1222)
    const selectors = {
      menu: '#book-menu a.menu-link[aria-current="page"]',
      breadcrumbs: 'nav.breadcrumbs',
      header: '.book-header-title',
      h1: 'main h1',
    }
    expect(await autospaceOf(page, selectors)).toEqual({
      menu: 'normal',
      breadcrumbs: 'normal',
      header: 'normal',
      h1: 'normal',
    })
    // The title "过去4小时全球AI…" is set with the spaces wherever the reader sees it.
    const crumb = page.locator('nav.breadcrumbs [aria-current="page"]')
    await expect(crumb).toHaveText(NEWS_1222_TITLE)
    expect(await autospaceWidening(crumb)).toBeGreaterThan(1)
    if (isPhone(testInfo)) {
      const header = page.locator('.book-header-title')
      await expect(header).toHaveText(NEWS_1222_TITLE)
      expect(await autospaceWidening(header)).toBeGreaterThan(1)
      await openMenuDrawer(page)
    }
    const entry = page.locator(selectors.menu)
    await expect(entry).toBeVisible()
    await expect(entry).toHaveText(NEWS_1222_TITLE)
    expect(await autospaceWidening(entry)).toBeGreaterThan(1)
  })

  test('is the same in the ToC, but not in code or the search box', async ({ page }, testInfo) => {
    await page.goto(YEAR)
    if (isPhone(testInfo)) await openTocDrawer(page)
    const entry = page.locator('#book-toc nav.toc a', { hasText: '200美元月费订阅之年' })
    await expect(entry).toBeVisible()
    expect(await autospaceWidening(entry)).toBeGreaterThan(1)
    expect(await autospaceOf(page, { toc: '#book-toc nav.toc a', code: 'main article code', input: 'input' })).toEqual({
      toc: 'normal',
      code: 'no-autospace',
      input: 'no-autospace',
    })
  })

  test('is the same in search results', async ({ page }, testInfo) => {
    await page.goto(YEAR)
    await waitForHydration(page)
    if (isPhone(testInfo)) await page.locator('header.book-header button.search-button').click()
    else await page.keyboard.press('ControlOrMeta+k')
    const dialog = page.locator('dialog.search-dialog')
    await expect(dialog).toBeVisible()
    await dialog.getByRole('combobox').fill('Claude Code')
    await expect(dialog.locator('.search-option-snippet').first()).toBeVisible()
    const shown = await dialog.evaluate((element) =>
      ['.search-page-title', '.search-option-heading', '.search-option-snippet', 'input'].map((selector) =>
        getComputedStyle(element.querySelector(selector)!).getPropertyValue('text-autospace'),
      ),
    )
    expect(shown).toEqual(['normal', 'normal', 'normal', 'no-autospace'])
  })
})

test.describe('the theme toggle', () => {
  test('is offered when JavaScript runs', async ({ page }, testInfo) => {
    await page.goto(YEAR)
    await waitForHydration(page)
    await showMenu(page, testInfo)
    await expect(shell(page).themeToggle).toBeVisible()
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('is not shown, as it could not change anything', async ({ page }, testInfo) => {
      await page.goto(YEAR)
      await showMenu(page, testInfo, { hydrated: false })
      await expect(shell(page).menu.locator('.book-brand-link')).toBeVisible()
      await expect(shell(page).themeToggle).toBeHidden()
    })
  })
})

test.describe('a copied heading link', () => {
  test('is the readable address, as the browser accepts it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(YEAR)
    await waitForHydration(page)
    const heading = page.locator(byId(PELICAN_ID))
    await heading.scrollIntoViewIfNeeded()
    await heading.hover()
    await heading.locator('a.heading-anchor').click()
    await expect(page.locator('.copy-notice[role="status"]')).toHaveText('已复制本节链接')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(`${new URL(page.url()).origin}${YEAR}#${PELICAN_ID}`)
    // The browser reads it as the address it came from.
    expect(new URL(copied).href).toBe(page.url())
  })
})
