/**
 * Keyboard only, on a wide window: Tab from the top of the long page reaches every menu
 * link, the theme toggle, the search box and every ToC entry, and each shows a visible focus
 * indicator that it does not have unfocused. (The skip link, opening a collapsed section
 * with Space, ↑/↓/Enter in search results and the phone drawers' keys are in
 * navigation.spec.ts, search.spec.ts and phone.spec.ts.)
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { waitForHydration, YEAR } from './support/site'
import { scaled } from './support/time-scale'

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the phone layout keeps the menu and ToC in drawers (phone.spec.ts)')
})

type Indicating = { focusIndicator: (element: Element) => string }

/** Outline and shadow of an element, the parts of its style a focus indicator changes. */
function indicatorOf(element: Element): string {
  const style = getComputedStyle(element)
  const outline =
    style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1
      ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
      : ''
  const shadow = style.boxShadow !== 'none' ? `shadow ${style.boxShadow}` : ''
  return [outline, shadow].filter(Boolean).join('; ')
}

/**
 * Tags the controls that must be reachable (data-kb="menu: 标题" …), returns their names,
 * and gives the page `focusIndicator(element)`.
 */
async function tagTargets(page: Page): Promise<string[]> {
  await page.evaluate(`window.focusIndicator = ${indicatorOf.toString()}`)
  return page.evaluate(() => {
    const visible = (element: Element) => (element as HTMLElement).offsetParent !== null
    const names: string[] = []
    const tag = (element: Element, name: string) => {
      ;(element as HTMLElement).dataset['kb'] = name
      names.push(name)
    }
    for (const link of document.querySelectorAll('#book-menu a.menu-link'))
      if (visible(link)) tag(link, `menu: ${link.textContent?.trim()}`)
    for (const link of document.querySelectorAll('#book-toc a[data-toc-id]'))
      tag(link, `toc: ${link.textContent?.trim()}`)
    tag(document.querySelector('button.theme-toggle')!, 'theme toggle')
    tag(document.querySelector('#book-menu .search-box-button')!, 'search box')
    return names
  })
}

test('Tab reaches every menu link, the theme toggle, the search box and every ToC entry, each visibly focused', async ({
  page,
}) => {
  test.setTimeout(scaled(90_000))
  await page.goto(YEAR)
  await waitForHydration(page)
  const targets = await tagTargets(page)
  expect(targets.filter((name) => name.startsWith('toc: ')).length).toBeGreaterThan(20)

  await page.keyboard.press('Tab')
  await expect(page.locator('a.skip-link')).toBeFocused()

  // The page records each tagged control as focus reaches it (one round trip per key is too slow for ~200 stops).
  await page.evaluate(() => {
    const seen: Record<string, string> = {}
    ;(window as unknown as Indicating & { seen: Record<string, string> }).seen = seen
    document.addEventListener('focusin', (event) => {
      const name = (event.target as HTMLElement).dataset?.['kb']
      if (name) seen[name] = (window as unknown as Indicating).focusIndicator(event.target as Element)
    })
  })
  let focused = new Map<string, string>()
  for (let presses = 0; presses < 1000 && focused.size < targets.length; presses += 20) {
    for (let i = 0; i < 20; i++) await page.keyboard.press('Tab')
    focused = new Map(
      Object.entries(await page.evaluate(() => (window as unknown as { seen: Record<string, string> }).seen)),
    )
  }
  expect(
    targets.filter((name) => !focused.has(name)),
    'never reached by Tab',
  ).toEqual([])

  // Now unfocused: each one's indicator must have been there only while it had focus.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const unfocused = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-kb]')].map((element) => [
        element.dataset['kb']!,
        (window as unknown as Indicating).focusIndicator(element),
      ]),
    ),
  )
  const invisible = targets.filter((name) => focused.get(name) === '' || focused.get(name) === unfocused[name])
  expect(invisible, 'focused without a visible indicator').toEqual([])
})

test('Tab from the search dialog’s box reaches its results, which stay open and show focus', async ({ page }) => {
  await page.goto(YEAR)
  await waitForHydration(page)
  await page.keyboard.press('ControlOrMeta+k')
  const dialog = page.locator('dialog.search-dialog')
  await dialog.getByRole('combobox', { name: '搜索本书' }).fill('模型')
  await expect(dialog.getByRole('option').first()).toBeVisible()
  await page.keyboard.press('Tab')
  const panel = dialog.locator('.search-panel')
  await expect(panel).toBeFocused()
  await expect(dialog.getByRole('option').first()).toBeVisible()
  expect(await panel.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none')
  // The results scroll from the keyboard.
  await page.keyboard.press('PageDown')
  await expect.poll(() => panel.evaluate((element) => element.scrollTop)).toBeGreaterThan(0)
})
