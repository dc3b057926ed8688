import { beforeAll, describe, expect, it, vi } from 'vitest'
import { BENCH_QUERIES, sentencesOf, syntheticBook } from '../../scripts/bench/search-data'
import { searchBook } from './query'
import type { SearchIndex } from './search-index'
import type { SearchablePage } from './records'
import { loadDefaultBook } from '../../test/support/search-book'
import { openTestIndex } from '../../test/support/search-fixture'
import { bookGlossary } from './index-file'

const YEAR = '/docs/llm/year-in-llms-2025/'
const REPORT = '/docs/llm/ai-progress-report-2024-2025/'
const LLM = '/docs/llm/'
const NEWS_1220 = '/docs/news/2025-12-20-20/'

/**
 * Query → the page and heading (undefined: the text above the first heading) of the first
 * result, chosen by reading content/: the section whose heading names the subject wins over
 * sections that only mention it; a page title beats both.
 */
const EXPECTED: [query: string, url: string, heading: string | undefined][] = [
  ['推理', YEAR, '“推理”之年'],
  ['智能体', YEAR, '智能体之年'],
  ['开源权重', REPORT, '5.1 开源权重模型排名'],
  ['Claude Code', YEAR, '编程智能体与 Claude Code 之年'],
  ['RLVR', YEAR, '“推理”之年'], // the only section naming it twice
  ['ＲＬＶＲ', YEAR, '“推理”之年'],
  ['DeepSeek', REPORT, '5.2 DeepSeek的影响'],
  ['DeepSeek 550万美元', REPORT, '5.2 DeepSeek的影响'],
  ['gpt-oss-120B', LLM, '3.2 主要参与者'], // three equal mentions: reading order
  ['oss', LLM, '3.2 主要参与者'],
  ['Qwen-Image-Layered', NEWS_1220, undefined],
  ['vibe coding', YEAR, 'Vibe Coding（氛围编码）之年'],
  ['鹈鹕', YEAR, '骑自行车的鹈鹕之年'],
  ['YOLO', YEAR, 'YOLO 模式与“偏差正常化”之年'],
  ['糟粕', LLM, '10.2 "糟粕"问题与年度词汇'],
  ['Slop', YEAR, 'Slop（垃圾内容）之年'],
  ['思维链', REPORT, '6.2 思维链监控'],
  ['Chain of Thought', REPORT, '6.2 思维链监控'],
  ['可解释性', REPORT, '6.1 机械可解释性'],
  ['稀疏自编码器', REPORT, '6.1 机械可解释性'],
  ['AI 动态', '/docs/news/', undefined], // the section's title
  ['AI 观察手册', '/', undefined],
  ['大模型之年', YEAR, '命令行大模型之年'], // title of the page, and in this heading
  ['IMO 金牌', YEAR, '模型斩获学术竞赛金牌之年'],
  ['随心编程', LLM, '8.1 "随心编程"与"随性工程"'],
  ['200美元', YEAR, '200美元月费订阅之年'],
  ['Nick Turley', YEAR, '200美元月费订阅之年'],
  ['Nano Banana', REPORT, '4.2 Nano Banana模型'],
  ['Photoshop', NEWS_1220, undefined],
]

/**
 * Queries typed less carefully than the book: traditional characters, a misspelled word, words
 * joined or split otherwise. [query, url, heading, the corrected query shown (if any), the book's text marked first in the snippet (if the snippet holds it)]
 */
const FORGIVEN: [
  query: string,
  url: string,
  heading: string | undefined,
  corrected: string | undefined,
  marked: string | undefined,
][] = [
  ['鵜鶘', YEAR, '骑自行车的鹈鹕之年', undefined, '鹈鹕'],
  ['開源權重', REPORT, '5.1 开源权重模型排名', undefined, '开源权重'],
  ['思維鏈監控', REPORT, '6.2 思维链监控', undefined, undefined], // in the heading only
  ['Antigravty', NEWS_1220, undefined, 'Antigravity', 'Antigravity'],
  ['sanfilipo', '/docs/news/2025-12-22-04/', undefined, 'Sanfilippo', 'Sanfilippo'],
  ['vibecoding', YEAR, 'Vibe Coding（氛围编码）之年', undefined, 'Vibe Coding'],
  ['claudecode', YEAR, '编程智能体与 Claude Code 之年', undefined, 'Claude Code'],
  ['claude-code', YEAR, '编程智能体与 Claude Code 之年', undefined, 'Claude Code'],
  ['gpt oss 120b', LLM, '3.2 主要参与者', undefined, 'gpt'],
  // The word being typed: the book's words it begins.
  ['Antigrav', NEWS_1220, undefined, undefined, 'Antigravity'],
  ['snitchb', YEAR, '告密者之年！', undefined, 'SnitchBench'],
  ['claude co', YEAR, '编程智能体与 Claude Code 之年', undefined, 'Claude Code'],
  // English and pinyin for the book's Chinese (the glossary), said as the Chinese searched.
  ['interpretability', REPORT, '6.1 机械可解释性', '解释', '解释'],
  ['bicycle', YEAR, '骑自行车的鹈鹕之年', '自行车', '自行车'],
  ['pelican', YEAR, '骑自行车的鹈鹕之年', '鹈鹕', '鹈鹕'],
  ['tuili', YEAR, '“推理”之年', '推理', '推理'],
  ['kejieshixing', REPORT, '6.1 机械可解释性', '可解释性', '可解释性'],
]

describe('search on the default book', () => {
  let book: SearchablePage[]
  let index: SearchIndex
  beforeAll(async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {}) // missing images of the sample content
    book = await loadDefaultBook()
    index = await openTestIndex(book, { glossary: bookGlossary })
    warn.mockRestore()
  }, 120_000)

  it.each(EXPECTED)('%s → %s %s', async (query, url, heading) => {
    const [first] = (await searchBook(index, query)).pages
    expect({ url: first?.url, heading: first?.sections[0]?.heading }).toEqual({ url, heading })
    expect(first?.sections[0]?.snippet.some((segment) => segment.mark) || first?.pageTitle.includes(query)).toBe(true)
  })

  it('finds nothing for nonsense', async () => {
    expect((await searchBook(index, 'qwxzvbnm')).pages).toEqual([])
    expect((await searchBook(index, '龘靐齉')).pages).toEqual([])
  })

  it.each(FORGIVEN)('forgives %s → %s %s', async (query, url, heading, corrected, marked) => {
    const { pages, correctedQuery } = await searchBook(index, query)
    expect({ url: pages[0]?.url, heading: pages[0]?.sections[0]?.heading, correctedQuery }).toEqual({
      url,
      heading,
      correctedQuery: corrected,
    })
    expect(pages[0]?.sections[0]?.snippet.find((segment) => segment.mark)?.text).toBe(marked)
  })

  it(
    'answers the same whatever the number of shards (synthetic book of 3,000 sections)',
    { timeout: 180_000 },
    async () => {
      const pages = syntheticBook(sentencesOf(book), 3_000, 7)
      const [one, many] = [await openTestIndex(pages, { shards: 1 }), await openTestIndex(pages, { shards: 256 })]
      for (const query of BENCH_QUERIES)
        expect(await searchBook(many, query), query).toEqual(await searchBook(one, query))
    },
  )
})
