/**
 * Reading on a phone: the header, the menu and ToC drawers (open, close by the overlay,
 * by Escape, by following a link), focus and inertness of the page behind.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import {
  isPhone,
  NEWS_1222,
  openMenuDrawer,
  openTocDrawer,
  PELICAN_ID,
  REPORT,
  REPORT_TITLE,
  shell,
  waitForHydration,
  YEAR,
  YEAR_TITLE,
} from './support/site'

test.beforeEach(({}, testInfo) => {
  test.skip(!isPhone(testInfo), 'drawers are the phone layout')
})

/** Whether focus is inside the element. */
function containsFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.contains(document.activeElement))
}

/** Clicks the dimmed part of the overlay (beside the drawer, which covers the rest of it). */
async function clickOverlayBeside(page: Page, overlay: Locator, side: 'left' | 'right') {
  const viewport = page.viewportSize()!
  await overlay.click({ position: { x: side === 'right' ? viewport.width - 15 : 15, y: viewport.height / 2 } })
}

test('the header shows the menu button, the page title and the ToC button; the side columns are hidden', async ({
  page,
}) => {
  await page.goto(YEAR)
  const { header, menuButton, tocButton, menu, toc } = shell(page)
  await expect(header).toBeVisible()
  await expect(menuButton).toBeVisible()
  await expect(tocButton).toBeVisible()
  await expect(header.locator('p.book-header-title')).toHaveText(YEAR_TITLE)
  await expect(menu).toBeHidden()
  await expect(toc).toBeHidden()
  // The header stays at the top while reading.
  await page.evaluate(() => window.scrollTo({ top: 3000, behavior: 'instant' }))
  const box = await header.boundingBox()
  expect(box?.y).toBe(0)
})

test.describe('menu drawer', () => {
  test('opens from the menu button with focus on the current page, and the overlay closes it', async ({ page }) => {
    // With the sliding animation, as most readers see it.
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await page.goto(YEAR)
    const { menu, menuControl, menuOverlay, bookPage } = shell(page)
    await expect(menu).toBeHidden()
    await openMenuDrawer(page)
    await expect(menuControl).toBeChecked()
    await expect(menuOverlay).toBeVisible()
    await expect(bookPage).toHaveAttribute('inert', '')
    await expect(menu.locator('a[aria-current="page"]')).toBeFocused()
    expect(await containsFocus(menu)).toBe(true)

    await clickOverlayBeside(page, menuOverlay, 'right')
    await expect(menu).toBeHidden()
    await expect(menuOverlay).toBeHidden()
    await expect(menuControl).not.toBeChecked()
    await expect(bookPage).not.toHaveAttribute('inert')
  })

  // DrawerControls closes the drawers when the page changes; that must not count the first mount
  // as a change and close a drawer the reader opened while the scripts were loading.
  // (Only the code chunks are held back: the page's own data script must load for DOMContentLoaded.)
  test('a drawer opened before the scripts have loaded stays open when they arrive', async ({ page }) => {
    let release!: () => void
    const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/_next/static/chunks/**/*.js', async (route) => {
      await scriptsMayLoad
      await route.continue()
    })
    await page.goto(YEAR, { waitUntil: 'domcontentloaded' })
    await openMenuDrawer(page, { hydrated: false })
    release()
    await waitForHydration(page)
    await page.waitForLoadState('networkidle')
    const { menu, menuControl, bookPage } = shell(page)
    await expect(menuControl).toBeChecked()
    await expect(menu).toBeVisible()
    await expect(bookPage, 'the page behind is inert once the script knows the drawer is open').toHaveAttribute(
      'inert',
      '',
    )
  })

  test('on a page without a menu entry of its own, focus goes to the first control of the drawer', async ({ page }) => {
    await page.goto('/')
    await openMenuDrawer(page)
    await expect.poll(() => containsFocus(shell(page).menu)).toBe(true)
  })

  test('Escape closes it and gives focus back to the menu control', async ({ page }) => {
    await page.goto(YEAR)
    const { menu, menuControl, bookPage } = shell(page)
    await openMenuDrawer(page)
    await page.keyboard.press('Escape')
    await expect(menu).toBeHidden()
    await expect(menuControl).not.toBeChecked()
    await expect(menuControl).toBeFocused()
    await expect(bookPage).not.toHaveAttribute('inert')
  })

  test('the page behind cannot be reached with the keyboard while it is open', async ({ page }) => {
    await page.goto(YEAR)
    await openMenuDrawer(page)
    expect(await shell(page).bookPage.evaluate((element) => (element as HTMLElement).inert)).toBe(true)
    const reached: string[] = []
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab')
      const where = await page.evaluate(() => {
        const active = document.activeElement
        return active?.closest('.book-page') ? `${active.tagName} ${active.textContent?.slice(0, 30)}` : ''
      })
      if (where) reached.push(where)
    }
    expect(reached, 'elements of the page behind the drawer that took focus').toEqual([])
  })

  test('following a link navigates, and the new page opens with the drawer closed', async ({ page }) => {
    await page.goto(YEAR)
    await openMenuDrawer(page)
    await shell(page).menu.locator('a.menu-link', { hasText: REPORT_TITLE }).click()
    await expect(page).toHaveURL(REPORT)
    await expect(page.locator('main h1')).toHaveText(REPORT_TITLE)
    const { menu, menuControl, bookPage, header } = shell(page)
    await expect(menu).toBeHidden()
    await expect(menuControl).not.toBeChecked()
    await expect(bookPage).not.toHaveAttribute('inert')
    await expect(header.locator('p.book-header-title')).toHaveText(REPORT_TITLE)
    // The reader can open it again on the new page.
    await openMenuDrawer(page)
    await expect(menu.locator('a[aria-current="page"]')).toHaveText(REPORT_TITLE)
  })

  test('after going back, the previous page has its drawer closed too', async ({ page }) => {
    await page.goto(YEAR)
    await openMenuDrawer(page)
    await shell(page).menu.locator('a.menu-link', { hasText: REPORT_TITLE }).click()
    await expect(page).toHaveURL(REPORT)
    await page.goBack()
    await expect(page).toHaveURL(YEAR)
    await expect(shell(page).menu).toBeHidden()
    await expect(shell(page).bookPage).not.toHaveAttribute('inert')
  })
})

test('turning the phone to a wide window with a drawer open closes it and frees the page', async ({ page }) => {
  await page.goto(YEAR)
  await openMenuDrawer(page)
  await page.setViewportSize({ width: 1280, height: 800 })
  const { menu, menuControl, bookPage, header } = shell(page)
  await expect(header).toBeHidden()
  await expect(menuControl).not.toBeChecked()
  await expect(bookPage).not.toHaveAttribute('inert')
  await expect(menu).toBeVisible()
  // Back to phone width: the drawer does not pop open again.
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(menu).toBeHidden()
})

test.describe('ToC drawer', () => {
  test('opens from the ToC button with focus inside, and the overlay closes it', async ({ page }) => {
    await page.goto(YEAR)
    const { toc, tocControl, tocOverlay, bookPage } = shell(page)
    await expect(toc).toBeHidden()
    await openTocDrawer(page)
    await expect(tocControl).toBeChecked()
    await expect(tocOverlay).toBeVisible()
    await expect(bookPage).toHaveAttribute('inert', '')
    await expect.poll(() => containsFocus(toc)).toBe(true)

    await clickOverlayBeside(page, tocOverlay, 'left')
    await expect(toc).toBeHidden()
    await expect(tocControl).not.toBeChecked()
    await expect(bookPage).not.toHaveAttribute('inert')
  })

  test('focus goes to the entry of the section being read', async ({ page }) => {
    await page.goto(`${YEAR}#${PELICAN_ID}`)
    await expect(page.locator(`#book-toc a[data-toc-id="${PELICAN_ID}"]`)).toHaveAttribute('aria-current', 'true')
    await openTocDrawer(page)
    await expect(page.locator(`#book-toc a[data-toc-id="${PELICAN_ID}"]`)).toBeFocused()
  })

  test('Escape closes it and gives focus back to the ToC control', async ({ page }) => {
    await page.goto(YEAR)
    const { toc, tocControl } = shell(page)
    await openTocDrawer(page)
    await page.keyboard.press('Escape')
    await expect(toc).toBeHidden()
    await expect(tocControl).toBeFocused()
  })

  test('only one drawer is open at a time', async ({ page }) => {
    await page.goto(YEAR)
    const { menu, toc, menuControl, tocControl } = shell(page)
    await openMenuDrawer(page)
    // The ToC button is behind the overlay: a keyboard user toggles its checkbox.
    await tocControl.focus()
    await page.keyboard.press('Space')
    await expect(toc).toBeVisible()
    await expect(menu).toBeHidden()
    await expect(menuControl).not.toBeChecked()
  })

  test('a page without headings has no ToC button', async ({ page }) => {
    await page.goto(NEWS_1222)
    await expect(shell(page).tocButton).toHaveCount(0)
    await expect(shell(page).menuButton).toBeVisible()
  })
})
