/**
 * The kinds of query a search box must answer beyond the book's own words, on the built
 * default book: the word being typed (a prefix), English for the book's Chinese, toneless
 * pinyin. First the issue's examples in the dialog, then sets of queries nobody here wrote,
 * run against the built index as the browser reads it (each set prints its hit rate):
 * prefixes of the book's own Latin words, pinyin of the words of its headings (segmented by
 * ICU's Chinese word breaker, read by pinyin-pro), and the English and Chinese names Unicode's
 * CLDR gives emoji (its translators' pairs, kept to the Chinese words the book holds).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { APIRequestContext, Page, TestInfo } from '@playwright/test'
import { pinyin } from 'pinyin-pro'
import { searchBook, type PageResult } from '../lib/search/query'
import { openSearchIndex, type SearchIndex } from '../lib/search/search-index'
import type { ChunkFile, SearchManifest } from '../lib/search/search-format'
import { expect, test } from './support/fixtures'
import { isPhone, NEWS, NEWS_1220, REPORT, waitForHydration, YEAR } from './support/site'
import { scaled } from './support/time-scale'

async function searchInDialog(page: Page, testInfo: TestInfo, query: string) {
  await page.goto(NEWS)
  await waitForHydration(page)
  if (isPhone(testInfo)) await page.locator('header.book-header button.search-button').click()
  else await page.keyboard.press('ControlOrMeta+k')
  const dialog = page.locator('dialog.search-dialog')
  await dialog.getByRole('combobox', { name: '搜索本书' }).fill(query)
  const first = dialog.getByRole('option').first()
  await expect(first).toBeVisible()
  const url = new URL((await first.getAttribute('href')) ?? '', 'http://x')
  return { dialog, first, path: url.pathname, heading: decodeURIComponent(url.hash.slice(1)) }
}

test.describe('in the dialog', () => {
  for (const { query, path: expectedPath, heading } of [
    { query: 'Antigrav', path: NEWS_1220, heading: '' },
    { query: 'snitchb', path: YEAR, heading: '告密者之年' },
  ])
    test(`the word being typed: “${query}” lands on ${expectedPath}#${heading}`, async ({ page }, testInfo) => {
      const found = await searchInDialog(page, testInfo, query)
      expect({ path: found.path, heading: found.heading }).toEqual({ path: expectedPath, heading })
      await expect(found.first.locator('mark').first()).toBeVisible()
    })

  for (const { query, path: expectedPath, heading, word } of [
    { query: 'interpretability', path: REPORT, heading: '61-机械可解释性', word: '解释' },
    { query: 'bicycle', path: YEAR, heading: '骑自行车的鹈鹕之年', word: '自行车' },
    { query: 'pelican', path: YEAR, heading: '骑自行车的鹈鹕之年', word: '鹈鹕' },
    { query: 'tuili', path: YEAR, heading: '推理之年', word: '推理' },
  ])
    test(`English or pinyin for the book’s Chinese: “${query}” lands on the heading holding ${word}, and says so`, async ({
      page,
    }, testInfo) => {
      const found = await searchInDialog(page, testInfo, query)
      expect({ path: found.path, heading: found.heading }).toEqual({ path: expectedPath, heading })
      await expect(found.dialog.getByRole('status')).toContainText(`显示“${word}`)
      await expect(found.first.locator('mark').first()).toContainText(word)
    })
})

/** The built book's index, read over HTTP as the browser reads it, and every section's heading and text. */
async function openBuiltIndex(request: APIRequestContext) {
  const get = async (address: string) => {
    const response = await request.get(address)
    expect(response.ok(), address).toBe(true)
    return response.text()
  }
  const manifestUrl = (JSON.parse(await get('/search-index/current.json')) as { index: string }).index
  const stem = manifestUrl.replace(/json$/, '')
  const manifestText = await get(manifestUrl)
  const manifest = JSON.parse(manifestText) as SearchManifest
  const chunks = await Promise.all(
    manifest.chunks.map(async (_, k) => JSON.parse(await get(`${stem}c${k}.json`)) as ChunkFile),
  )
  return {
    // A fresh index a query, as a new visit: no query leans on another's loaded shards.
    open: (): SearchIndex => openSearchIndex(manifestText, (name) => get(stem + name)),
    headings: chunks.flatMap((chunk) => [
      ...chunk.pages.map(([, , title]) => title),
      ...chunk.records.flatMap(([heading]) => (heading ? [heading] : [])),
    ]),
    texts: chunks.flatMap((chunk) => chunk.records.map(([heading, , text]) => `${heading ?? ''}\n${text}`)),
  }
}

/** What a reader sees of the first result: its page title, its first section's heading and the marked words. */
const shownOf = (result: PageResult | undefined) =>
  result
    ? [
        result.pageTitle,
        result.sections[0]?.heading ?? '',
        ...result.sections.flatMap((section) => section.snippet.filter((s) => s.mark).map((s) => s.text)),
      ].join('\n')
    : ''

interface Case {
  query: string
  /** The first result shows this. */
  expected: (shown: string) => boolean
}

async function hitRate(book: Awaited<ReturnType<typeof openBuiltIndex>>, name: string, cases: readonly Case[]) {
  const misses: string[] = []
  for (const { query, expected } of cases) {
    const { pages } = await searchBook(book.open(), query)
    if (!expected(shownOf(pages[0]))) misses.push(`${query} → ${pages[0]?.sections[0]?.href ?? 'nothing'}`)
  }
  const rate = (cases.length - misses.length) / cases.length
  console.log(`${name}: ${cases.length - misses.length}/${cases.length}; missed: ${misses.join(', ') || 'none'}`)
  return rate
}

test.describe('queries nobody here wrote, on the built index', () => {
  test.describe.configure({ timeout: scaled(300_000) })
  test.skip(({ isMobile }) => isMobile, 'the index is the same on both sizes')

  test('prefixes of the book’s Latin words find a word they begin', async ({ request }) => {
    const book = await openBuiltIndex(request)
    // The book's Latin words of five letters or more (beside Chinese or not), each once whatever its case.
    const latinWords = (text: string) => text.match(/(?<![A-Za-z0-9])[A-Za-z]{5,}(?![A-Za-z0-9])/g) ?? []
    const words = [...new Set(book.texts.flatMap(latinWords).map((word) => word.toLowerCase()))].sort()
    const cases = words.map((word) => {
      const prefix = word.slice(0, Math.max(3, Math.ceil(word.length / 2))).toLowerCase()
      const begins = new RegExp(`(?<![\\p{L}\\p{N}])${prefix}`, 'iu')
      return { query: prefix, expected: (shown: string) => begins.test(shown) }
    })
    expect(cases.length).toBeGreaterThan(30)
    expect(await hitRate(book, 'prefixes', cases)).toBeGreaterThanOrEqual(0.95)
  })

  test('toneless pinyin of the words of the headings finds those words', async ({ request }) => {
    const book = await openBuiltIndex(request)
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
    const words = [
      ...new Set(
        book.headings.flatMap((text) =>
          [...segmenter.segment(text)]
            .map((segment) => segment.segment)
            .filter((word) => /^\p{sc=Han}{2,4}$/u.test(word)),
        ),
      ),
    ].sort()
    const cases = words.map((word) => ({
      query: pinyin(word, { toneType: 'none', type: 'array', v: true }).join(''),
      expected: (shown: string) => shown.includes(word),
    }))
    expect(cases.length).toBeGreaterThan(50)
    expect(await hitRate(book, 'pinyin', cases)).toBeGreaterThanOrEqual(0.8)
  })

  test('English names of Unicode’s CLDR find their Chinese names in the book', async ({ request }) => {
    const book = await openBuiltIndex(request)
    type Annotations = { annotations: { annotations: Record<string, { tts?: string[] }> } }
    const cldr = path.dirname(fileURLToPath(import.meta.resolve('cldr-annotations-modern/package.json')))
    const names = (locale: string) =>
      (JSON.parse(readFileSync(path.join(cldr, 'annotations', locale, 'annotations.json'), 'utf8')) as Annotations)
        .annotations.annotations
    const [english, chinese] = [names('en'), names('zh')]
    const bookText = book.texts.join('\n')
    const latin = new Set(bookText.toLowerCase().match(/[a-z]+/g))
    const cases = Object.entries(english).flatMap(([emoji, { tts }]) => {
      const [en, zh] = [tts?.[0] ?? '', chinese[emoji]?.tts?.[0] ?? '']
      const usable = /^[a-z]{3,}$/.test(en) && !latin.has(en) && /^\p{sc=Han}{2,}$/u.test(zh) && bookText.includes(zh)
      return usable ? [{ query: en, expected: (shown: string) => shown.includes(zh) }] : []
    })
    expect(cases.length).toBeGreaterThan(10)
    expect(await hitRate(book, 'CLDR English', cases)).toBeGreaterThanOrEqual(0.5)
  })
})
