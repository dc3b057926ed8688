/**
 * The served site sends a Content-Security-Policy that allows no inline script but the theme
 * bootstrap (by hash), with nosniff, a referrer policy and caching by file kind — and the book
 * still works under it: hydration, client navigation, search, the theme toggle, mermaid, KaTeX.
 * Headers come from out/serve.json, written by the build (lib/security/headers.ts).
 */
import type { APIResponse, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { isPhone, LLM, openMenuDrawer, shell, showMenu, waitForHydration, YEAR } from './support/site'
import { scaled } from './support/time-scale'

const HUGO_SITE = 'http://localhost:4175'
const DIAGRAMS = `${HUGO_SITE}/docs/shortcodes/diagrams/`

/** Records every CSP violation the page reports, and console lines that mention the policy. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleLines: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleLines.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = [])
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    )
  })
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
    ...consoleLines,
  ]
}

function scriptSrc(response: APIResponse): string {
  const policy = response.headers()['content-security-policy'] ?? ''
  return (
    policy
      .split(';')
      .map((directive) => directive.trim())
      .find((directive) => directive.startsWith('script-src')) ?? ''
  )
}

test.describe('response headers', () => {
  test('pages: a CSP without unsafe-inline for scripts, nosniff, referrer policy, revalidated on every visit', async ({
    request,
  }) => {
    for (const path of ['/', YEAR, '/no-such-page/']) {
      const response = await request.get(path)
      const headers = response.headers()
      expect(scriptSrc(response)).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/)
      expect(headers['content-security-policy']).toContain("object-src 'none'")
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['cache-control']).toBe('no-cache')
    }
  })

  test('only files named by their content are cached for a year', async ({ request, page }) => {
    await page.goto('/')
    const chunk = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src')
    expect((await request.get(chunk!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    const moved = await page.locator('script[src^="/_next/static/inline/"]').getAttribute('src')
    expect((await request.get(moved!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    for (const path of ['/vendor/katex/katex.min.css', '/sitemap.xml', '/icon.svg'])
      expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache')
  })

  test('the theme bootstrap is the only inline script, and its hash is the one the policy allows', async ({
    page,
    request,
  }) => {
    const policy = (await request.get(LLM)).headers()['content-security-policy']!
    await page.goto(LLM)
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''))
    expect(inline).toHaveLength(1)
    const digest = await page.evaluate(async (text) => {
      const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
      return btoa(String.fromCharCode(...bytes))
    }, inline[0]!)
    expect(policy).toContain(`'sha256-${digest}'`)
  })
})

test.describe('a host that sends no headers (GitHub Pages)', () => {
  /**
   * Serves every response with its content type alone — no CSP header, as such a host does — and
   * writes into the page a script and an event handler, as a flaw that let markup through would.
   */
  async function withoutHeaders(page: Page): Promise<void> {
    await page.route('**/*', async (route) => {
      const response = await route.fetch()
      const headers = { 'content-type': response.headers()['content-type'] ?? 'application/octet-stream' }
      if (route.request().resourceType() !== 'document') return route.fulfill({ response, headers })
      const injected = '<script>window.__injected = true</script><img src="/x" onerror="window.__handler = true">'
      const html = (await response.text()).replace('</body>', `${injected}</body>`)
      await route.fulfill({ response, headers, body: html })
    })
  }

  test('the page’s own <meta> policy refuses an injected inline script and handler, and the book still works', async ({
    page,
  }) => {
    await withoutHeaders(page)
    const violations = await watchViolations(page)
    const response = await page.goto(YEAR)
    expect(response!.headers()['content-security-policy']).toBeUndefined()
    await waitForHydration(page)
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined()
    expect(await page.evaluate(() => (window as unknown as { __handler?: boolean }).__handler)).toBeUndefined()
    // The theme bootstrap, allowed by its hash in the meta as in the header, ran.
    await expect(page.locator('html')).toHaveClass(/\bjs\b/)
    const seen = (await violations()).filter((line) => !/^Refused|Content Security Policy/.test(line))
    expect(seen.length).toBe(2)
    for (const line of seen) expect(line).toMatch(/^script-src-(elem|attr) blocked inline/)
  })
})

test.describe('the book under the policy', () => {
  test('home, a long page, search, client navigation and the theme toggle: no violation', async ({
    page,
    health,
  }, testInfo) => {
    const violations = await watchViolations(page)
    await page.goto('/')
    await waitForHydration(page)
    await page.goto(YEAR)
    await waitForHydration(page)
    await page.mouse.wheel(0, 4000)
    // Client-side navigations (no full load, so the marker survives): a search result, then the menu.
    await page.evaluate(() => ((window as unknown as { __stayed: boolean }).__stayed = true))
    if (isPhone(testInfo)) await page.locator('header.book-header button.search-button').click()
    else await page.keyboard.press('ControlOrMeta+k')
    const dialog = page.locator('dialog.search-dialog')
    await dialog.getByRole('combobox', { name: '搜索本书' }).fill('开源权重')
    await dialog.getByRole('option').first().click()
    await expect(dialog).toBeHidden()
    await waitForHydration(page)
    if (isPhone(testInfo)) await openMenuDrawer(page)
    await page.locator('aside.book-menu').getByRole('link', { name: '大模型', exact: true }).click()
    await expect(page).toHaveURL(LLM)
    expect(await page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed)).toBe(true)
    await waitForHydration(page)
    await showMenu(page, testInfo)
    const toggle = shell(page).themeToggle
    const before = await toggle.getAttribute('data-choice')
    await toggle.click()
    await expect(toggle).not.toHaveAttribute('data-choice', before!)
    await page.waitForLoadState('networkidle')
    expect(await violations()).toEqual([])
    await health.expectNone(page)
  })

  test('mermaid and KaTeX pages render under the policy (the Hugo fixture site)', async ({ page, request }) => {
    expect(scriptSrc(await request.get(DIAGRAMS))).not.toContain('unsafe')
    const violations = await watchViolations(page)
    await page.goto(DIAGRAMS)
    const diagrams = page.locator('article pre.mermaid')
    for (const diagram of await diagrams.all())
      await expect(diagram.locator('svg')).toBeVisible({ timeout: scaled(20_000) })
    await expect(page.locator('article .katex-html').first()).toBeVisible()
    expect(
      await page
        .locator('article .katex-mathml')
        .first()
        .evaluate((node) => getComputedStyle(node).position),
    ).toBe('absolute')
    await page.waitForLoadState('networkidle')
    expect(await violations()).toEqual([])
  })
})
