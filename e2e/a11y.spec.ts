/**
 * Accessibility, checked by axe-core in the real pages: the home page, the long page, the
 * search dialog with results, and on a phone the menu drawer, each in the light and the dark
 * theme. No violation of serious or critical impact is allowed; the failure lists them.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page, TestInfo } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { isPhone, openMenuDrawer, waitForHydration, YEAR } from './support/site'

/** Violations of serious or critical impact on the page as it is now, one readable line each. */
async function seriousViolations(page: Page, scope?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page })
  if (scope) builder = builder.include(scope)
  const { violations } = await builder.analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help}\n` +
        violation.nodes
          .slice(0, 5)
          .map((node) => `    ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`)
          .join('\n'),
    )
}

async function expectNoSeriousViolations(page: Page, what: string, scope?: string) {
  const found = await seriousViolations(page, scope)
  expect(found, `${what}:\n${found.join('\n')}`).toEqual([])
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme })
      await page.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme)
    })

    test('the home page', async ({ page }) => {
      await page.goto('/')
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await expectNoSeriousViolations(page, `home page, ${theme}`)
    })

    test('the long page', async ({ page }) => {
      await page.goto(YEAR)
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await waitForHydration(page)
      await expectNoSeriousViolations(page, `${YEAR}, ${theme}`)
    })

    test('the search dialog with results', async ({ page }, testInfo: TestInfo) => {
      await page.goto(YEAR)
      await waitForHydration(page)
      if (isPhone(testInfo)) await page.locator('header.book-header button.search-button').click()
      else await page.keyboard.press('ControlOrMeta+k')
      const dialog = page.locator('dialog.search-dialog')
      await dialog.getByRole('combobox', { name: '搜索本书' }).fill('模型')
      await expect(dialog.getByRole('option').first()).toBeVisible()
      await expectNoSeriousViolations(page, `search dialog, ${theme}`)
    })

    test('the phone menu drawer', async ({ page }, testInfo) => {
      test.skip(!isPhone(testInfo), 'the drawer is the phone layout')
      await page.goto(YEAR)
      await openMenuDrawer(page)
      await expectNoSeriousViolations(page, `menu drawer, ${theme}`)
    })
  })
}
