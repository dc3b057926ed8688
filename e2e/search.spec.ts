/**
 * Search, in the real interface at both sizes: the one dialog (Ctrl/Cmd+K, `/`, the box in
 * the menu, the phone header's button), its empty state and recent searches, what the first
 * result is for queries of every kind, landing on the heading with the terms marked and the
 * bar that clears them, keyboard, input methods, errors, and content or queries that look like HTML.
 */
import type { Locator, Page, TestInfo } from '@playwright/test'
import { expect, test } from './support/fixtures'
import {
  byId,
  expectHeadingNearTop,
  isPhone,
  LLM,
  NEWS,
  NEWS_1220,
  openMenuDrawer,
  PELICAN_ID,
  REPORT,
  waitForHydration,
  YEAR,
} from './support/site'
import { scaled } from './support/time-scale'

const HOSTILE_BOOK = 'http://localhost:4174'

/** Opens the search dialog the way a reader of this size would, and returns its combobox. */
async function openSearchDialog(page: Page, testInfo: TestInfo) {
  await waitForHydration(page)
  // After a result was opened the dialog closes as the page changes: open it again once it has.
  await expect(page.locator('dialog.search-dialog')).toBeHidden()
  if (isPhone(testInfo)) await page.locator('header.book-header button.search-button').click()
  else await page.keyboard.press('ControlOrMeta+k')
  const dialog = page.locator('dialog.search-dialog')
  await expect(dialog).toBeVisible()
  const input = dialog.getByRole('combobox', { name: '搜索本书' })
  await expect(input).toBeFocused()
  return {
    dialog,
    input,
    listbox: dialog.getByRole('listbox', { name: '搜索结果' }),
    options: dialog.getByRole('option'),
  }
}

async function search(page: Page, testInfo: TestInfo, query: string) {
  const parts = await openSearchDialog(page, testInfo)
  await parts.input.fill(query)
  return parts
}

/** href → page path and decoded heading id. */
function target(href: string | null) {
  const url = new URL(href ?? '', 'http://x')
  return { path: url.pathname, heading: decodeURIComponent(url.hash.slice(1)) }
}

test.describe('first result', () => {
  // Expected pages and headings read from the content by hand.
  const cases = [
    { query: 'Claude Code', path: YEAR, heading: '编程智能体与-claude-code-之年' },
    { query: 'RLVR', path: YEAR, heading: '推理之年' },
    { query: 'ＲＬＶＲ', path: YEAR, heading: '推理之年' },
    { query: '开源权重', path: REPORT, heading: '51-开源权重模型排名' },
    { query: 'DeepSeek 550万美元', path: REPORT, heading: '52-deepseek的影响' },
    { query: 'gpt-oss-120B', path: LLM, heading: '32-主要参与者' },
    { query: 'vibe coding', path: YEAR, heading: 'vibe-coding氛围编码之年' },
    { query: '鹈鹕', path: YEAR, heading: '骑自行车的鹈鹕之年' },
    { query: 'Qwen-Image-Layered', path: NEWS_1220, heading: '' },
    // Typed less carefully than the book: traditional characters, joined words.
    { query: '鵜鶘', path: YEAR, heading: '骑自行车的鹈鹕之年' },
    { query: 'vibecoding', path: YEAR, heading: 'vibe-coding氛围编码之年' },
  ]
  for (const { query, path, heading } of cases) {
    test(`“${query}” → ${path}${heading ? `#${heading}` : ''}`, async ({ page }, testInfo) => {
      await page.goto(NEWS)
      const { options, listbox } = await search(page, testInfo, query)
      await expect(listbox).toBeVisible()
      expect(target(await options.first().getAttribute('href'))).toEqual({ path, heading })
      // The snippet marks the query's words.
      await expect(options.first().locator('mark').first()).toBeVisible()
    })
  }
})

test('Enter opens the first result: the heading is in view, the terms are marked, and the marks go away', async ({
  page,
  health,
}, testInfo) => {
  await page.goto(NEWS)
  const { input, dialog } = await search(page, testInfo, '鹈鹕')
  await expect(dialog.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
  await input.press('Enter')
  await expect(page).toHaveURL(`${YEAR}#${encodeURIComponent('骑自行车的鹈鹕之年')}`)
  await expect(dialog).toBeHidden()
  await expectHeadingNearTop(page, '骑自行车的鹈鹕之年')
  const marks = page.locator('article mark.search-hit')
  await expect(marks.first()).toHaveText('鹈鹕')
  expect(await marks.count()).toBeGreaterThan(1)
  await expect(page.locator('.search-highlight-bar')).toContainText('鹈鹕')
  // Dismissible…
  await page.locator('.search-highlight-bar').getByRole('button', { name: '清除标记' }).click()
  await expect(marks).toHaveCount(0)
  await expect(page.locator('.search-highlight-bar')).toHaveCount(0)
  await health.expectNone(page)
})

test('Enter pressed before the results arrive opens the first result when they do', async ({ page }, testInfo) => {
  // The query's shards and snippets come slowly (the manifest too, on this first search).
  await page.route('**/search-index/index.*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400))
    await route.continue()
  })
  await page.goto(NEWS)
  const { input } = await search(page, testInfo, '鹈鹕')
  await input.press('Enter')
  await expect(page).toHaveURL(`${YEAR}#${encodeURIComponent('骑自行车的鹈鹕之年')}`)
  await expect(page.locator('article mark.search-hit').first()).toHaveText('鹈鹕')
})

test('marks are gone on the next page', async ({ page }, testInfo) => {
  await page.goto(NEWS)
  const { input } = await search(page, testInfo, 'Claude Code')
  await input.press('Enter')
  await expect(page.locator('article mark.search-hit').first()).toBeVisible()
  await page.locator('footer nav.prev-next a.next').click()
  await expect(page).toHaveURL(REPORT)
  await expect(page.locator('article mark.search-hit')).toHaveCount(0)
})

test('↑ and ↓ move the active option, and Enter opens that one', async ({ page }, testInfo) => {
  await page.goto(LLM)
  const { input, options } = await search(page, testInfo, '开源权重')
  await expect(options.nth(1)).toBeVisible()
  const idOf = (index: number) => options.nth(index).getAttribute('id')
  await expect(input).toHaveAttribute('aria-activedescendant', (await idOf(0))!)
  await input.press('ArrowDown')
  await expect(input).toHaveAttribute('aria-activedescendant', (await idOf(1))!)
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false')
  await input.press('ArrowUp')
  await input.press('ArrowUp')
  // Up from the first wraps to the last option.
  const last = (await options.count()) - 1
  await expect(input).toHaveAttribute('aria-activedescendant', (await idOf(last))!)
  const href = await options.nth(last).getAttribute('href')
  await input.press('Enter')
  await expect
    .poll(() => decodeURIComponent(new URL(page.url()).pathname + new URL(page.url()).hash))
    .toBe(decodeURIComponent(href!))
})

test('in forced colours (Windows contrast themes) the active option is outlined, the others are not', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto(LLM)
  const { input, options, dialog } = await search(page, testInfo, '开源权重')
  await expect(options.nth(1)).toBeVisible()
  const outline = (option: Locator) =>
    option.evaluate((element) => {
      const style = getComputedStyle(element)
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor }
    })
  const background = await dialog.evaluate((element) => getComputedStyle(element).backgroundColor)
  for (const step of [0, 1]) {
    if (step === 1) await input.press('ArrowDown')
    await expect(options.nth(step)).toHaveAttribute('aria-selected', 'true')
    const active = await outline(options.nth(step))
    expect(active.style).toBe('solid')
    expect(active.width).toBeGreaterThanOrEqual(2)
    expect(active.color, 'an outline in a colour the background is not').not.toBe(background)
    expect((await outline(options.nth(1 - step))).style).toBe('none')
  }
  await testInfo.attach('forced colours', { body: await page.screenshot(), contentType: 'image/png' })
})

test('the combobox and its list follow the ARIA contract', async ({ page }, testInfo) => {
  await page.goto(NEWS)
  const { input, listbox, options } = await search(page, testInfo, 'RLVR')
  await expect(input).toHaveAttribute('aria-expanded', 'true')
  const listId = await input.getAttribute('aria-controls')
  expect(listId).toBeTruthy()
  await expect(listbox).toHaveAttribute('id', listId!)
  expect(await options.count()).toBeGreaterThan(1)
  for (const option of await options.all()) {
    await expect(option).toHaveAttribute('href', /^\/docs\/[^#]*\/(#.+)?$/)
    expect(await option.evaluate((element) => element.closest('[role="listbox"]') !== null)).toBe(true)
  }
  await input.fill('')
  await expect(input).toHaveAttribute('aria-expanded', 'false')
  await expect(input).not.toHaveAttribute('aria-activedescendant', /.+/)
})

test('no results: a message in Chinese that repeats the query', async ({ page }, testInfo) => {
  await page.goto(NEWS)
  const { dialog, options, input } = await search(page, testInfo, 'qwxzvbnm')
  await expect(dialog.getByRole('status')).toHaveText('没有找到与“qwxzvbnm”相关的内容')
  await expect(options).toHaveCount(0)
  await expect(input).toHaveAttribute('aria-expanded', 'false')
})

test('a query that looks like HTML stays text', async ({ page }, testInfo) => {
  let dialogs = 0
  page.on('dialog', async (alert) => {
    dialogs++
    await alert.dismiss()
  })
  await page.goto(NEWS)
  const { dialog, options } = await search(page, testInfo, '<script>document.title="xqzw"</script>')
  // “script”, “document” and “title” are not the book's words but have Chinese ones (脚本, 文件, 标题):
  // results or not, the query is searched as text and nothing of it runs.
  await expect(options.first()).toBeVisible()
  await expect(dialog.getByRole('status')).toContainText('显示“')
  expect(await dialog.locator('script, img, iframe').count()).toBe(0)
  await expect(page).not.toHaveTitle('x')
  expect(dialogs).toBe(0)
})

test('content that looks like HTML is shown as text in results', async ({ page }, testInfo) => {
  let dialogs = 0
  page.on('dialog', async (alert) => {
    dialogs++
    await alert.dismiss()
  })
  await page.goto(`${HOSTILE_BOOK}/`)
  const { options, dialog } = await search(page, testInfo, 'onerror')
  await expect(options.first()).toContainText('<img src=x onerror=alert(1)>')
  await expect(dialog.locator('img')).toHaveCount(0)
  await options.first().click()
  await expect(page.locator('article mark.search-hit').first()).toHaveText('onerror')
  await expect(page.locator('article img')).toHaveCount(0)
  expect(dialogs).toBe(0)
})

test.describe('keyboard shortcuts', () => {
  test('Ctrl/Cmd+K and / open the dialog from anywhere; Esc closes it and focus returns', async ({
    page,
  }, testInfo) => {
    test.skip(isPhone(testInfo), 'phones have no keyboard shortcuts; the header button is tested above')
    await page.goto(YEAR)
    await waitForHydration(page)
    const dialog = page.locator('dialog.search-dialog')
    await page.locator('main a').first().focus()
    await page.keyboard.press('/')
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('combobox')).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.locator('main a').first()).toBeFocused()
    await page.keyboard.press('ControlOrMeta+k')
    await expect(dialog).toBeVisible()
  })

  test('/ typed into a field is just a character', async ({ page }, testInfo) => {
    test.skip(isPhone(testInfo), 'phones have no keyboard shortcuts')
    await page.goto(YEAR)
    // The dialog's box is the book's one text field: `/` typed there neither reopens nor clears anything.
    const { input, dialog } = await openSearchDialog(page, testInfo)
    await page.keyboard.type('a/b')
    await expect(input).toHaveValue('a/b')
    await expect(dialog).toBeVisible()
  })
})

test.describe('the box in the menu opens the one search dialog', () => {
  /** The menu's search box, shown (in the drawer on phones). */
  async function menuBox(page: Page, testInfo: TestInfo) {
    await page.goto(NEWS)
    if (isPhone(testInfo)) await openMenuDrawer(page)
    else await waitForHydration(page)
    const box = page.locator('#book-menu .book-search').getByRole('button', { name: '搜索本书' })
    await expect(box).toBeVisible()
    // It shows the `/` hint where there is a keyboard.
    if (!isPhone(testInfo)) await expect(box.locator('kbd')).toHaveText('/')
    return box
  }

  test('a click opens the dialog with its combobox focused, and no result list is in the menu', async ({
    page,
  }, testInfo) => {
    const box = await menuBox(page, testInfo)
    await box.click()
    const dialog = page.locator('dialog.search-dialog')
    await expect(dialog).toBeVisible()
    const input = dialog.getByRole('combobox', { name: '搜索本书' })
    await expect(input).toBeFocused()
    await input.fill('智能体')
    await expect(dialog.getByRole('option').first()).toBeVisible()
    // One search: the menu has no box of its own to type in and no list of results.
    await expect(
      page.locator('#book-menu').locator('input[type="search"], [role="combobox"], [role="listbox"], [role="option"]'),
    ).toHaveCount(0)
    await dialog.getByRole('option').first().click()
    await expect(page.locator('article mark.search-hit').first()).toBeVisible()
  })

  test('a letter typed into it opens the dialog with that letter in the combobox, and typing goes on there', async ({
    page,
  }, testInfo) => {
    const box = await menuBox(page, testInfo)
    await box.focus()
    await page.keyboard.type('R')
    const dialog = page.locator('dialog.search-dialog')
    await expect(dialog).toBeVisible()
    const input = dialog.getByRole('combobox', { name: '搜索本书' })
    await expect(input).toBeFocused()
    await expect(input).toHaveValue('R')
    await page.keyboard.type('LVR')
    await expect(input).toHaveValue('RLVR')
    expect(target(await dialog.getByRole('option').first().getAttribute('href'))).toEqual({
      path: YEAR,
      heading: '推理之年',
    })
  })

  test('Tab reaches it, Enter and Space open the dialog, and Esc gives focus back to it', async ({
    page,
  }, testInfo) => {
    test.skip(isPhone(testInfo), 'phones have no Tab or Esc key; the drawer takes Esc there')
    const box = await menuBox(page, testInfo)
    const dialog = page.locator('dialog.search-dialog')
    await page.locator('#book-menu .book-brand-link').focus()
    // The theme toggle sits between the brand and the box.
    for (
      let presses = 0;
      presses < 3 && !(await box.evaluate((element) => element === document.activeElement));
      presses++
    )
      await page.keyboard.press('Tab')
    await expect(box).toBeFocused()
    for (const key of ['Enter', 'Space']) {
      await page.keyboard.press(key)
      await expect(dialog).toBeVisible()
      await expect(dialog.getByRole('combobox')).toBeFocused()
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
      await expect(box).toBeFocused()
    }
  })
})

test.describe('the empty dialog', () => {
  test('says what can be searched', async ({ page }, testInfo) => {
    await page.goto(NEWS)
    const { dialog, options } = await openSearchDialog(page, testInfo)
    await expect(dialog.getByText('输入关键词搜索全书')).toBeVisible()
    // The `/` shortcut is named only where there is a keyboard.
    if (isPhone(testInfo)) await expect(dialog.locator('.search-key-hint')).toBeHidden()
    else await expect(dialog.locator('.search-key-hint')).toHaveText('在任何页面按 / 都能打开搜索')
    await expect(options).toHaveCount(0)
    await expect(dialog.getByText('最近搜索')).toHaveCount(0)
  })

  test('lists the recent searches, which search again when chosen and can be cleared', async ({ page }, testInfo) => {
    test.setTimeout(scaled(90_000))
    await page.goto(NEWS)
    for (const query of ['鹈鹕', 'DeepSeek']) {
      const { input } = await search(page, testInfo, query)
      await expect(page.locator('dialog.search-dialog').getByRole('option').first()).toBeVisible()
      await input.press('Enter')
      await expect(page.locator('article mark.search-hit').first()).toBeVisible()
    }
    const { dialog, input } = await openSearchDialog(page, testInfo)
    await input.fill('')
    const recent = dialog.getByRole('list', { name: '最近搜索' })
    await expect(recent).toBeVisible()
    // Newest first, as typed.
    await expect(recent.getByRole('button')).toHaveText(['DeepSeek', '鹈鹕'])
    await expect(dialog.getByText('输入关键词搜索全书')).toBeVisible()
    await recent.getByRole('button', { name: '鹈鹕' }).click()
    await expect(input).toHaveValue('鹈鹕')
    await expect(input).toBeFocused()
    expect(target(await dialog.getByRole('option').first().getAttribute('href'))).toEqual({
      path: YEAR,
      heading: PELICAN_ID,
    })
    // Kept across full loads; cleared for good.
    await page.reload()
    const again = await openSearchDialog(page, testInfo)
    await expect(again.dialog.getByRole('list', { name: '最近搜索' }).getByRole('button')).toHaveCount(2)
    await again.dialog.getByRole('button', { name: '清除记录' }).click()
    await expect(again.dialog.getByText('最近搜索')).toHaveCount(0)
    await expect(again.input).toBeFocused()
    await page.reload()
    const cleared = await openSearchDialog(page, testInfo)
    await expect(cleared.dialog.getByText('输入关键词搜索全书')).toBeVisible()
    await expect(cleared.dialog.getByText('最近搜索')).toHaveCount(0)
  })
})

/** The visually hidden live region that says how many results the list shows, once the reader pauses. */
const resultCount = (dialog: Locator) => dialog.locator('.search-result-count[aria-live="polite"]')

/** Opens the dialog with its box emptied: the recent searches show. */
async function openEmpty(page: Page, testInfo: TestInfo) {
  const parts = await openSearchDialog(page, testInfo)
  await parts.input.fill('')
  return { ...parts, recent: parts.dialog.getByRole('list', { name: '最近搜索' }).getByRole('button') }
}

/** Closes the dialog with its button (phones have no Esc key) and opens it again, emptied. */
async function reopenEmpty(page: Page, testInfo: TestInfo) {
  await page.locator('dialog.search-dialog').getByRole('button', { name: '关闭搜索' }).click()
  await expect(page.locator('dialog.search-dialog')).toBeHidden()
  return openEmpty(page, testInfo)
}

test.describe('what counts as a recent search', () => {
  test('a query whose results the reader paused on, newest first; not the words on the way, nor a query that found nothing', async ({
    page,
  }, testInfo) => {
    test.setTimeout(scaled(60_000))
    await page.goto(NEWS)
    const { dialog, input } = await openSearchDialog(page, testInfo)
    const count = resultCount(dialog)
    // Key by key, without a pause: D, De, Dee… are not kept.
    await input.pressSequentially('DeepSeek', { delay: 40 })
    await expect(count).toHaveText(/^找到 \d+ 个结果$/)
    await input.fill('qwxzvbnm')
    await expect(dialog.getByRole('status')).toHaveText('没有找到与“qwxzvbnm”相关的内容')
    // Longer than the pause that counts a query with results.
    await page.waitForTimeout(1_500)
    await input.fill('鹈鹕')
    await expect(count).toHaveText(/^找到 \d+ 个结果$/)
    // Paused on “vibe”, then typed on: one entry, the query as it ended.
    await input.fill('')
    await input.pressSequentially('vibe', { delay: 40 })
    await expect(count).toHaveText(/^找到 \d+ 个结果$/)
    await input.pressSequentially(' coding', { delay: 40 })
    await expect(count).toHaveText(/^找到 \d+ 个结果$/)
    const { recent } = await reopenEmpty(page, testInfo)
    await expect(recent).toHaveText(['vibe coding', '鹈鹕', 'DeepSeek'])
  })

  test('Enter counts the query at once, and a page opened from a kept query names it in the bar', async ({
    page,
  }, testInfo) => {
    test.setTimeout(scaled(60_000))
    await page.goto(NEWS)
    const { dialog, input } = await openSearchDialog(page, testInfo)
    await input.fill('Claude Code')
    await expect(resultCount(dialog)).toHaveText(/^找到 \d+ 个结果$/)
    // Typed and entered at once, no pause: it counts (Enter opens the first result).
    await input.fill('')
    await input.pressSequentially('RLVR', { delay: 40 })
    await input.press('Enter')
    await expect(page).toHaveURL(new RegExp(`^[^#]*${YEAR}#`))
    const { recent, input: again } = await openEmpty(page, testInfo)
    await expect(recent).toHaveText(['RLVR', 'Claude Code'])
    // The query kept without opening anything, searched again from the list and opened: the bar quotes it.
    await recent.filter({ hasText: 'Claude Code' }).click()
    await expect(again).toHaveValue('Claude Code')
    await expect(page.locator('dialog.search-dialog').getByRole('option').first()).toBeVisible()
    await again.press('Enter')
    await expect(page.locator('article mark.search-hit').first()).toBeVisible()
    await expect(page.locator('.search-highlight-bar')).toContainText('已在本页标出搜索词：“Claude Code”')
  })
})

test.describe('the number of results', () => {
  test('is said in a polite live region once the reader pauses, not at every keystroke', async ({ page }, testInfo) => {
    await page.goto(NEWS)
    const { dialog, input, options } = await openSearchDialog(page, testInfo)
    const count = resultCount(dialog)
    await expect(count).toHaveAttribute('aria-atomic', 'true')
    // Every text the region takes while the reader types key by key.
    await count.evaluate((region) => {
      const said: string[] = []
      ;(window as unknown as { said: string[] }).said = said
      new MutationObserver(() => {
        if (region.textContent) said.push(region.textContent)
      }).observe(region, { childList: true, characterData: true, subtree: true })
    })
    await input.pressSequentially('智能体', { delay: 40 })
    await expect(count).toHaveText(/^找到 \d+ 个结果$/)
    // The options the list shows, counted across its pages.
    await expect(count).toHaveText(`找到 ${await options.count()} 个结果`)
    expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([
      `找到 ${await options.count()} 个结果`,
    ])
    // Nothing found: the status says so, the count says nothing.
    await input.fill('qwxzvbnm')
    await expect(dialog.getByRole('status')).toHaveText('没有找到与“qwxzvbnm”相关的内容')
    await expect(count).toHaveText('')
  })
})

test.describe('landing from a search result', () => {
  /** Opens the pelican result from the news page and records, every frame, where the heading is and whether the bar is shown. */
  async function landOnPelican(page: Page, testInfo: TestInfo) {
    await page.goto(NEWS)
    const { input, dialog } = await search(page, testInfo, '鹈鹕')
    await expect(dialog.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
    // Client-side navigation keeps this window: the sampler sees the landing and what follows it.
    await page.evaluate((id) => {
      const frames: { top: number; bar: boolean }[] = []
      ;(window as unknown as { landingFrames: typeof frames }).landingFrames = frames
      const sample = () => {
        const heading = decodeURIComponent(location.hash.slice(1)) === id ? document.getElementById(id) : null
        if (heading)
          frames.push({
            top: heading.getBoundingClientRect().top,
            bar: document.querySelector('.search-highlight-bar') !== null,
          })
        if (frames.length < 2000) requestAnimationFrame(sample)
      }
      requestAnimationFrame(sample)
    }, PELICAN_ID)
    await input.press('Enter')
    await expect(page).toHaveURL(`${YEAR}#${encodeURIComponent(PELICAN_ID)}`)
    await expectHeadingNearTop(page, PELICAN_ID)
    const bar = page.locator('.search-highlight-bar')
    await expect(bar).toBeVisible()
    return bar
  }

  test('the heading stays where it landed when the bar appears', async ({ page }, testInfo) => {
    await landOnPelican(page, testInfo)
    // About half a second after the bar appeared, counted in frames (32 at 60 per second).
    await page.waitForFunction(() => {
      const frames = (window as unknown as { landingFrames: { bar: boolean }[] }).landingFrames
      return frames.filter((frame) => frame.bar).length >= 32
    })
    const frames = await page.evaluate(
      () => (window as unknown as { landingFrames: { top: number; bar: boolean }[] }).landingFrames,
    )
    const innerHeight = await page.evaluate(() => window.innerHeight)
    // Landed: the first frame with the heading in the top third of the window; from then on it does not move.
    const landed = frames.findIndex((frame) => frame.top >= 0 && frame.top <= innerHeight / 3)
    expect(landed).toBeGreaterThanOrEqual(0)
    const tops = frames.slice(landed).map((frame) => Math.round(frame.top))
    expect(new Set(tops), `heading top per frame after landing: ${tops.join(' ')}`).toEqual(new Set([tops[0]]))
  })

  test('the bar is in the window on a mid-page landing, below the heading, and Esc clears the marks', async ({
    page,
  }, testInfo) => {
    const bar = await landOnPelican(page, testInfo)
    await expect(bar).toBeInViewport({ ratio: 1 })
    const heading = await page.locator(byId(PELICAN_ID)).boundingBox()
    const barBox = await bar.boundingBox()
    expect(barBox!.y, 'the bar does not cover the landed heading').toBeGreaterThan(heading!.y + heading!.height)
    await expect(bar.getByRole('button', { name: '清除标记' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.locator('article mark.search-hit')).toHaveCount(0)
    await expect(bar).toHaveCount(0)
  })

  test('at the end of the page the bar rests below the last lines instead of over them', async ({ page }, testInfo) => {
    const bar = await landOnPelican(page, testInfo)
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const footer = page.locator('main footer.book-footer')
    await expect(footer).toBeInViewport()
    await expect(bar).toBeInViewport({ ratio: 1 })
    await expect
      .poll(
        async () =>
          (await bar.boundingBox())!.y - ((await footer.boundingBox())!.y + (await footer.boundingBox())!.height),
      )
      .toBeGreaterThanOrEqual(0)
  })

  test('the bar quotes the query as the reader typed it', async ({ page }, testInfo) => {
    await page.goto(NEWS)
    const { input, dialog } = await search(page, testInfo, 'DeepSeek')
    await expect(dialog.getByRole('option').first()).toBeVisible()
    await input.press('Enter')
    await expect(page.locator('article mark.search-hit').first()).toBeVisible()
    await expect(page.locator('.search-highlight-bar')).toContainText('已在本页标出搜索词：“DeepSeek”')
    await expect(page.locator('.search-highlight-bar')).toBeInViewport({ ratio: 1 })
  })
})

/** What an input method does while composing: the box shows intermediate text, input events say isComposing. */
async function composeText(input: Locator, text: string) {
  await input.evaluate((element: HTMLInputElement, value) => {
    // Set the value the way the browser does (React listens to the native setter's result).
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(element, value)
    element.dispatchEvent(
      new InputEvent('input', { bubbles: true, data: value, inputType: 'insertCompositionText', isComposing: true }),
    )
  }, text)
}

test('nothing searches or opens while an input method is composing', async ({ page }, testInfo) => {
  await page.goto(NEWS)
  const { input, options } = await openSearchDialog(page, testInfo)
  // Typing 推理 with a pinyin IME: composition events around the intermediate text.
  await input.dispatchEvent('compositionstart', { data: '' })
  await composeText(input, 'tui li')
  await page.waitForTimeout(300)
  await expect(options).toHaveCount(0)
  await input.dispatchEvent('keydown', { key: 'Enter', isComposing: true, keyCode: 229 })
  await expect(page).toHaveURL(NEWS)
  await composeText(input, '推理')
  await page.waitForTimeout(300)
  await expect(options).toHaveCount(0)
  await input.dispatchEvent('compositionend', { data: '推理' })
  await expect(options.first()).toBeVisible()
  await expect(options.first().locator('mark').first()).toHaveText(/推理/)
})

test('a misspelled word is searched as the book spells it, and the dialog says so', async ({ page }, testInfo) => {
  await page.goto(NEWS)
  const { dialog, options } = await search(page, testInfo, 'Antigravty')
  await expect(dialog.getByRole('status')).toHaveText('显示“Antigravity”的结果')
  expect(target(await options.first().getAttribute('href'))).toEqual({ path: NEWS_1220, heading: '' })
  await expect(options.first().locator('mark').first()).toHaveText('Antigravity')
  // Spelled right, nothing is said.
  await dialog.getByRole('combobox').fill('Antigravity')
  await expect(options.first()).toBeVisible()
  await expect(dialog.getByRole('status')).toHaveText('')
})

test('an index that fails to load says so, and Retry loads it', async ({ page }, testInfo) => {
  let fail = true
  await page.route('**/search-index/*.json', (route) =>
    fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
  )
  await page.goto(NEWS)
  const { dialog, options } = await search(page, testInfo, 'RLVR')
  await expect(dialog.getByRole('status')).toContainText('搜索索引加载失败')
  fail = false
  await dialog.getByRole('button', { name: '重试' }).click()
  await expect(options.first()).toBeVisible()
})

test('FlexSearch and the index load on first use only, each file once per visit, only what the queries need', async ({
  page,
}, testInfo) => {
  const indexRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/search-index/')) indexRequests.push(request.url())
  })
  await page.goto(YEAR)
  await waitForHydration(page)
  await page.waitForLoadState('networkidle')
  expect(indexRequests).toEqual([])
  // No script of the first load contains FlexSearch.
  const scripts = await page.evaluate(() => [...document.scripts].map((script) => script.src).filter(Boolean))
  for (const src of scripts) expect(await (await page.request.get(src)).text()).not.toContain('flexsearch')
  const { input } = await search(page, testInfo, 'RLVR')
  await expect(page.locator('dialog.search-dialog').getByRole('option').first()).toBeVisible()
  await input.press('Enter')
  await expect(page).toHaveURL(/#/)
  await search(page, testInfo, '智能体')
  await expect(page.locator('dialog.search-dialog').getByRole('option').first()).toBeVisible()
  // The pointer, which every page names, then the manifest it names (lib/search/index-pointer.ts), then the
  // files the two queries needed (lib/search/search-format.ts): each once, and far from all of them.
  expect(indexRequests[0]).toMatch(/\/search-index\/current\.json$/)
  expect(indexRequests[1]).toMatch(/\/search-index\/index\.[0-9a-f]{12}\.json$/)
  const stem = indexRequests[1]!.replace(/json$/, '')
  const files = indexRequests.slice(2)
  expect(files.length).toBeGreaterThan(0)
  for (const file of files) expect(file.startsWith(stem)).toBe(true)
  expect(new Set(indexRequests).size).toBe(indexRequests.length)
  const manifest = (await (await page.request.get(indexRequests[1]!)).json()) as { shards: number; chunks: number[] }
  expect(files.length).toBeLessThan((manifest.shards + manifest.chunks.length) / 2)
})
