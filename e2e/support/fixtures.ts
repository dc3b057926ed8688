/**
 * `test` with a `health` fixture: it records, for the page under test, console errors,
 * uncaught page errors and failed requests, and lets a test assert that none happened.
 *
 * A failed request is a response with status >= 400, or a `requestfailed` event, except
 * the aborts that are not the site's doing:
 *   - a request still under way when the page navigated away (the test going on to the next
 *     page cuts off the last one's icon, images or prefetches: the busier the machine, the more);
 *   - Chromium reports `requestfailed` (net::ERR_ABORTED) for HEAD requests (Next's prefetch)
 *     even when their response was fine, or when a navigation cancelled them.
 * A request that fails on its own (refused, reset, a bad response) always counts.
 */
import { test as base, expect, type Page, type Request } from '@playwright/test'

export interface AllowedResponse {
  /** The request's full URL, or a pattern it must match. */
  url: string | RegExp
  status: number
}

export class PageHealth {
  private consoleErrors: string[] = []
  private pageErrors: string[] = []
  private badResponses: { url: string; method: string; status: number }[] = []
  private failures: { request: Request; error: string }[] = []
  private statuses = new WeakMap<Request, number>()
  private underWay = new Set<Request>()
  /** Requests still under way when the page navigated away: their abort is the navigation's. */
  private overtaken = new WeakSet<Request>()

  constructor(page: Page) {
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      const where = message.location()
      this.consoleErrors.push(`${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`)
    })
    page.on('pageerror', (error) => this.pageErrors.push(`${error.name}: ${error.message}`))
    page.on('response', (response) => {
      const request = response.request()
      this.statuses.set(request, response.status())
      if (response.status() >= 400)
        this.badResponses.push({ url: response.url(), method: request.method(), status: response.status() })
    })
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame())
        for (const earlier of this.underWay) this.overtaken.add(earlier)
      this.underWay.add(request)
    })
    page.on('requestfinished', (request) => this.underWay.delete(request))
    page.on('requestfailed', (request) => {
      this.underWay.delete(request)
      this.failures.push({ request, error: request.failure()?.errorText ?? 'unknown error' })
    })
  }

  /** Forgets what was recorded so far (to check the next page on its own). */
  reset(): void {
    this.consoleErrors = []
    this.pageErrors = []
    this.badResponses = []
    this.failures = []
  }

  /** Everything that went wrong, one line each; `allowed` responses (e.g. the 404 page's own status) are left out. */
  problems(allowed: AllowedResponse[] = []): string[] {
    const isAllowed = (url: string, status: number) =>
      allowed.some(
        (allow) => allow.status === status && (typeof allow.url === 'string' ? allow.url === url : allow.url.test(url)),
      )
    const allowedConsole = (text: string) =>
      // Chromium logs the status of every resource that failed; an allowed response is not an error.
      allowed.length > 0 &&
      /^Failed to load resource: the server responded with a status of (\d+)/.test(text) &&
      allowed.some(
        (allow) =>
          text.includes(`status of ${allow.status}`) &&
          (typeof allow.url === 'string' ? text.includes(allow.url) : allow.url.test(text)),
      )
    const failed = this.failures.filter(({ request, error }) => {
      const status = this.statuses.get(request)
      if (error === 'net::ERR_ABORTED' && this.overtaken.has(request)) return false
      // Chromium fetches a page's icon after the load event, outside the page's own requests:
      // the test going on to the next page cancels that fetch too.
      if (error === 'net::ERR_ABORTED' && /\/(?:favicon|icon)[^/]*\.(?:svg|png|ico)$/.test(request.url())) return false
      // Next's prefetches (HEAD) are cancelled when the reader's navigation overtakes them: nothing the page needed.
      if (request.method() === 'HEAD' && error === 'net::ERR_ABORTED') return false
      return !(request.method() === 'HEAD' && status !== undefined && status < 400)
    })
    return [
      ...this.consoleErrors.filter((text) => !allowedConsole(text)).map((text) => `console error: ${text}`),
      ...this.pageErrors.map((text) => `page error: ${text}`),
      ...this.badResponses
        .filter(({ url, status }) => !isAllowed(url, status))
        .map(({ url, method, status }) => `HTTP ${status}: ${method} ${url}`),
      ...failed.map(({ request, error }) => `request failed: ${request.method()} ${request.url()} (${error})`),
    ]
  }

  /** Asserts that nothing went wrong; waits for the network to settle first. */
  async expectNone(page: Page, allowed: AllowedResponse[] = [], what = page.url()): Promise<void> {
    await page.waitForLoadState('networkidle')
    expect(this.problems(allowed), `console errors, page errors or failed requests on ${what}`).toEqual([])
  }
}

export const test = base.extend<{ health: PageHealth }>({
  health: async ({ page }, use) => {
    await use(new PageHealth(page))
  },
})

export { expect }
