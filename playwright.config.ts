import { defineConfig } from '@playwright/test'
import { scaled, TIME_SCALE } from './e2e/support/time-scale'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/support/chromium'

/**
 * End-to-end tests of the exported book (out/), served the way readers get it.
 * The build is not run here: `npm test` builds first, then runs this.
 *
 * Two projects run every spec: `desktop` and `phone`. A test that only makes sense on
 * one of them says so with `test.skip(testInfo.project.name !== 'phone', '…')` (see the
 * helpers `onlyOn` / `isPhone` in e2e/support/).
 */
const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
// Timeouts stretch with the machine's load (e2e/support/time-scale.ts); the workers read the same factor.
if (process.env['E2E_TIME_SCALE'] === undefined && process.argv.some((arg) => arg.includes('playwright')))
  console.log(`Timeouts × ${TIME_SCALE} for this machine's load`)
process.env['E2E_TIME_SCALE'] = String(TIME_SCALE)
const baseURL = 'http://localhost:4173'
/** `npm start` for a folder and port: the server readers run. */
const START = 'node --import tsx scripts/start.ts'

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  forbidOnly: !!process.env['CI'],
  reporter: 'list',
  timeout: scaled(30_000),
  expect: { timeout: scaled(5_000) },
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions,
    locale: 'zh-CN',
    // The site scrolls smoothly unless the reader asks for less motion; most tests only
    // care where the page comes to rest, so they ask for less motion and run faster.
    // Tests about the motion itself opt back in (see `withMotion` in e2e/support/site.ts).
    contextOptions: { reducedMotion: 'reduce' },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      // phone.spec.ts is the phone layout only (its tests also skip themselves elsewhere).
      testIgnore: '**/phone.spec.ts',
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  // The default book on 4173; each fixture book and the manual (scripts/build-e2e-sites.ts) on its own port.
  // Served by `npm start`'s own server (scripts/start.ts), headers and all, as readers get them.
  webServer: [
    { command: `${START} out -l 4173`, url: `${baseURL}/` },
    { command: `${START} .e2e-sites/hostile -l 4174`, url: 'http://localhost:4174/' },
    { command: `${START} .e2e-sites/hugo-site -l 4175`, url: 'http://localhost:4175/' },
    { command: `${START} .e2e-sites/blog -l 4176`, url: 'http://localhost:4176/' },
    { command: `${START} .e2e-sites/large-menu -l 4178`, url: 'http://localhost:4178/' },
    { command: `${START} .e2e-sites/bad-content -l 4177`, url: 'http://localhost:4177/' },
    { command: `${START} .e2e-sites/english-site -l 4179`, url: 'http://localhost:4179/' },
    // Built for https://owner.example.org/sub/path/ into sub/path/ of its folder; npm start serves it at that path.
    { command: `${START} .e2e-sites/multilingual/sub/path -l 4180`, url: 'http://localhost:4180/sub/path/' },
    { command: `${START} .e2e-sites/mdx-book -l 4181`, url: 'http://localhost:4181/' },
    // The manual (docs/), built with --strict.
    { command: `${START} .e2e-sites/manual -l 4182`, url: 'http://localhost:4182/' },
  ].map((server) => ({
    ...server,
    reuseExistingServer: !process.env['CI'],
    timeout: scaled(60_000),
    // Stopped as Ctrl-C would, so a server removes its temporary folder (a site under a sub-path has one).
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
  })),
})
