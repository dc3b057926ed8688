/**
 * Arriving at a section from a shared link, and making such a link with a heading's `#`.
 * The ids are Chinese text: links reach the reader raw or percent-encoded.
 */
import { expect, test } from './support/fixtures'
import { byId, decodedHash, expectHeadingNearTop, PELICAN_ID, waitForHydration, withMotion, YEAR } from './support/site'

const variants: Array<{ name: string; url: string }> = [
  { name: 'raw Chinese fragment', url: `${YEAR}#${PELICAN_ID}` },
  { name: 'percent-encoded fragment', url: `${YEAR}#${encodeURIComponent(PELICAN_ID)}` },
  { name: 'whole URL through encodeURI', url: encodeURI(`http://localhost:4173${YEAR}#${PELICAN_ID}`) },
  { name: 'lower-case percent-encoding', url: `${YEAR}#${encodeURIComponent(PELICAN_ID).toLowerCase()}` },
]

test.describe('deep links to a heading', () => {
  for (const { name, url } of variants) {
    test(`${name}: the heading is shown near the top of the window`, async ({ page }) => {
      await page.goto(url)
      await expect(page.locator(byId(PELICAN_ID))).toHaveText(/骑自行车的鹈鹕之年/)
      await expectHeadingNearTop(page, PELICAN_ID)
      expect(await decodedHash(page)).toBe(`#${PELICAN_ID}`)
      // Once the scripts have taken over, the page must not jump away from the heading.
      await waitForHydration(page)
      await expectHeadingNearTop(page, PELICAN_ID)
    })
  }

  test.describe('with smooth scrolling', () => {
    test.use(withMotion)

    test('the heading comes to rest near the top, and the page loads cleanly', async ({ page, health }) => {
      await page.goto(`${YEAR}#${encodeURIComponent(PELICAN_ID)}`)
      await expectHeadingNearTop(page, PELICAN_ID)
      await health.expectNone(page)
      await expectHeadingNearTop(page, PELICAN_ID)
    })
  })
})

test.describe('heading anchors', () => {
  test('clicking a heading’s # puts its id in the address bar', async ({ page, context }, testInfo) => {
    if (testInfo.project.name === 'desktop') await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(YEAR)
    const heading = page.locator(byId(PELICAN_ID))
    const anchor = heading.locator('a.heading-anchor')
    await expect(anchor).toHaveAttribute('href', `#${PELICAN_ID}`)
    await heading.scrollIntoViewIfNeeded()
    await heading.hover()
    await anchor.click()
    await expect.poll(() => decodedHash(page)).toBe(`#${PELICAN_ID}`)
    await expectHeadingNearTop(page, PELICAN_ID)

    if (testInfo.project.name === 'desktop') {
      // The link is also copied, with a short notice.
      await expect(page.locator('.copy-notice[role="status"]')).toHaveText('已复制本节链接')
      const copied = await page.evaluate(() => navigator.clipboard.readText())
      expect(decodeURIComponent(copied)).toBe(`http://localhost:4173${YEAR}#${PELICAN_ID}`)
    }
  })

  test('every h2–h6 in the article has an id and a # link to itself', async ({ page }) => {
    await page.goto(YEAR)
    const problems = await page.locator('article .markdown-body').evaluate((body) =>
      [...body.querySelectorAll('h2, h3, h4, h5, h6')].flatMap((heading) => {
        const anchor = heading.querySelector(':scope > a.heading-anchor')
        if (!heading.id) return [`${heading.tagName} “${heading.textContent}” has no id`]
        if (!anchor) return [`#${heading.id} has no anchor`]
        if (decodeURIComponent(anchor.getAttribute('href') ?? '') !== `#${heading.id}`)
          return [`#${heading.id} anchor points to ${anchor.getAttribute('href')}`]
        return []
      }),
    )
    expect(problems).toEqual([])
    expect(await page.locator('article .markdown-body h2').count()).toBeGreaterThan(20)
    // Ids are unique on the page.
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id))
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
  })
})
