import { describe, expect, it } from 'vitest'
import { FIXTURE_BOOK, page } from '../../test/support/search-fixture'
import { markTerms } from './mark-terms'
import { highlightTerms, searchBook, type PageResult } from './query'
import { pagesToRecords } from './records'
import { buildSearchIndex } from './search-index'

const index = buildSearchIndex(pagesToRecords(FIXTURE_BOOK))
const urls = (query: string) => searchBook(index, query).map((result) => result.url)
const marked = (result: PageResult | undefined) => result?.sections.flatMap((section) => section.snippet.filter((s) => s.mark).map((s) => s.text))

describe('searchBook ranking (fixture written by hand)', () => {
  it('ranks a title match over a heading match over a text match', () => {
    expect(urls('推理')).toEqual(['/title/', '/heading/', '/body/'])
  })

  it('ranks terms typed side by side above the same terms far apart', () => {
    expect(urls('Claude Code')).toEqual(['/together/', '/apart/'])
    expect(urls('开源 权重')).toEqual(['/weights-together/', '/weights-apart/'])
  })

  it('requires every term while some record has them all', () => {
    expect(urls('DeepSeek 成本')).toEqual(['/deepseek-cost/'])
    // A CJK run is one term: its pairs must all be there, so 开源…权重 apart does not match it.
    expect(urls('开源权重')).toEqual(['/weights-together/'])
  })

  it('relaxes to any term (or any pair of a CJK run) only when nothing has them all', () => {
    expect(urls('DeepSeek 火星')).toEqual(['/deepseek-cost/', '/deepseek/'])
    const relaxed = searchBook(index, '开源大权重')
    expect(relaxed.map((result) => result.url).sort()).toEqual(['/weights-apart/', '/weights-together/'])
    expect(marked(relaxed.find((result) => result.url === '/weights-apart/'))).toEqual(['开源', '权重'])
  })

  it('reads the query with the same encoder: case and full width do not matter', () => {
    expect(urls('ＣＬＡＵＤＥ　ｃｏｄｅ')).toEqual(urls('Claude Code'))
    expect(marked(searchBook(index, 'ＣＬＡＵＤＥ　ｃｏｄｅ')[0])).toEqual(['Claude Code'])
  })

  it('returns nothing for empty, punctuation-only or nonsense queries', () => {
    for (const query of ['', '   ', '，。！？', 'xyzzyplugh', '龘靐', 'xyzzy 龘靐']) expect(searchBook(index, query)).toEqual([])
  })
})

describe('searchBook results', () => {
  it('groups sections by page: at most 3 per page, best first, reading order on ties', () => {
    const [pelicans] = searchBook(index, '鹈鹕')
    expect(pelicans?.sections.map((section) => section.heading)).toEqual(['三', '四', '一'])
    expect(pelicans?.sections[0]?.href).toBe('/pelicans/#三')
    expect(pelicans).toMatchObject({ pageTitle: '鹈鹕', breadcrumb: '书' })
  })

  it('links the text above the first heading to the bare URL', () => {
    const [title] = searchBook(index, '推理')
    expect(title?.sections).toEqual([{ heading: undefined, headingId: undefined, href: '/title/', snippet: [{ text: '本页介绍一类模型。', mark: false }] }])
  })

  it('returns at most `limit` pages', () => {
    const many = buildSearchIndex(pagesToRecords(Array.from({ length: 15 }, (_, i) => page(`/p${i}/`, `第${i}页`, [[undefined, 'Pelican 在这里。']]))))
    expect(searchBook(many, 'pelican')).toHaveLength(10)
    expect(searchBook(many, 'pelican', { limit: 3 }).map((result) => result.url)).toEqual(['/p0/', '/p1/', '/p2/'])
  })

  it('returns content that looks like HTML verbatim, as text segments', () => {
    const [xss] = searchBook(index, 'onerror')
    const snippet = xss?.sections[0]?.snippet ?? []
    expect(snippet.map((segment) => segment.text).join('')).toBe('正文里有 <img src=x onerror=alert(1)> 和 <script>alert("x")</script> 字样。')
    expect(snippet.filter((segment) => segment.mark)).toEqual([{ text: 'onerror', mark: true }])
    const script = searchBook(index, 'script')[0]?.sections[0]?.snippet ?? []
    expect(script.map((segment) => segment.text).join('')).toContain('<script>alert("x")</script>')
    expect(script.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['script', 'script'])
  })
})

describe('highlighting on the destination page', () => {
  it('gives the normalized terms of the query', () => {
    expect(highlightTerms('Claude Code，开源权重 ＲＬＶＲ')).toEqual(['claude', 'code', '开源权重', 'rlvr'])
    expect(highlightTerms('  ')).toEqual([])
  })

  it('carries the terms a relaxed search matched on each result', () => {
    expect(searchBook(index, 'Claude Code')[0]?.terms).toEqual(['claude', 'code'])
    expect(searchBook(index, '开源大权重')[0]?.terms).toEqual(['开源', '源大', '大权', '权重'])
  })

  it('marks the original characters of the text', () => {
    expect(markTerms('CLAUDE CODE 与 Ｃｌａｕｄｅ', highlightTerms('claude'))).toEqual([
      { text: 'CLAUDE', mark: true },
      { text: ' CODE 与 ', mark: false },
      { text: 'Ｃｌａｕｄｅ', mark: true },
    ])
    expect(markTerms('中国的开源权重模型', ['开源权重'])).toEqual([
      { text: '中国的', mark: false },
      { text: '开源权重', mark: true },
      { text: '模型', mark: false },
    ])
  })
})
