import { describe, expect, it } from 'vitest'
import { FIXTURE_BOOK, openTestIndex, page } from '../../test/support/search-fixture'
import { markTerms } from './mark-terms'
import { highlightTerms, searchBook, type PageResult } from './query'

const index = await openTestIndex(FIXTURE_BOOK)
const search = async (query: string): Promise<PageResult[]> => (await searchBook(index, query)).pages
const urls = async (query: string) => (await search(query)).map((result) => result.url)
const marked = (result: PageResult | undefined) =>
  result?.sections.flatMap((section) => section.snippet.filter((s) => s.mark).map((s) => s.text))

describe('searchBook ranking (fixture written by hand)', () => {
  it('ranks a title match over a heading match over a text match', async () => {
    expect(await urls('推理')).toEqual(['/title/', '/heading/', '/body/'])
  })

  it('ranks terms typed side by side above the same terms far apart', async () => {
    expect(await urls('Claude Code')).toEqual(['/together/', '/apart/'])
    expect(await urls('开源 权重')).toEqual(['/weights-together/', '/weights-apart/'])
  })

  it('requires every term while some record has them all', async () => {
    expect(await urls('DeepSeek 成本')).toEqual(['/deepseek-cost/'])
    // A CJK run is one term: its pairs must all be there, so 开源…权重 apart does not match it.
    expect(await urls('开源权重')).toEqual(['/weights-together/'])
  })

  it('relaxes to any term (or any pair of a CJK run) only when nothing has them all', async () => {
    expect(await urls('DeepSeek 火星')).toEqual(['/deepseek-cost/', '/deepseek/'])
    const relaxed = await search('开源大权重')
    expect(relaxed.map((result) => result.url).sort()).toEqual(['/weights-apart/', '/weights-together/'])
    expect(marked(relaxed.find((result) => result.url === '/weights-apart/'))).toEqual(['开源', '权重'])
  })

  it('reads the query with the same encoder: case and full width do not matter', async () => {
    expect(await urls('ＣＬＡＵＤＥ　ｃｏｄｅ')).toEqual(await urls('Claude Code'))
    expect(marked((await search('ＣＬＡＵＤＥ　ｃｏｄｅ'))[0])).toEqual(['Claude Code'])
  })

  it('returns nothing for empty, punctuation-only or nonsense queries', async () => {
    for (const query of ['', '   ', '，。！？', 'xyzzyplugh', '龘靐', 'xyzzy 龘靐'])
      expect(await search(query)).toEqual([])
  })
})

describe('searchBook results', () => {
  it('groups sections by page: at most 3 per page, best first, reading order on ties', async () => {
    const [pelicans] = await search('鹈鹕')
    expect(pelicans?.sections.map((section) => section.heading)).toEqual(['三', '四', '一'])
    expect(pelicans?.sections[0]?.href).toBe('/pelicans/#三')
    expect(pelicans).toMatchObject({ pageTitle: '鹈鹕', breadcrumb: '书' })
  })

  it('links the text above the first heading to the bare URL', async () => {
    const [title] = await search('推理')
    expect(title?.sections).toEqual([
      {
        heading: undefined,
        headingId: undefined,
        href: '/title/',
        snippet: [{ text: '本页介绍一类模型。', mark: false }],
      },
    ])
  })

  it('returns at most `limit` pages', async () => {
    const many = await openTestIndex(
      Array.from({ length: 15 }, (_, i) => page(`/p${i}/`, `第${i}页`, [[undefined, 'Pelican 在这里。']])),
    )
    expect((await searchBook(many, 'pelican')).pages).toHaveLength(10)
    expect((await searchBook(many, 'pelican', { limit: 3 })).pages.map((result) => result.url)).toEqual([
      '/p0/',
      '/p1/',
      '/p2/',
    ])
  })

  it('returns content that looks like HTML verbatim, as text segments', async () => {
    const [xss] = await search('onerror')
    const snippet = xss?.sections[0]?.snippet ?? []
    expect(snippet.map((segment) => segment.text).join('')).toBe(
      '正文里有 <img src=x onerror=alert(1)> 和 <script>alert("x")</script> 字样。',
    )
    expect(snippet.filter((segment) => segment.mark)).toEqual([{ text: 'onerror', mark: true }])
    const script = (await search('script'))[0]?.sections[0]?.snippet ?? []
    expect(script.map((segment) => segment.text).join('')).toContain('<script>alert("x")</script>')
    expect(script.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['script', 'script'])
  })
})

describe('highlighting on the destination page', () => {
  it('gives the normalized terms of the query', async () => {
    expect(highlightTerms('Claude Code，开源权重 ＲＬＶＲ')).toEqual(['claude', 'code', '开源权重', 'rlvr'])
    expect(highlightTerms('  ')).toEqual([])
  })

  it('carries the terms a relaxed search matched on each result', async () => {
    expect((await search('Claude Code'))[0]?.terms).toEqual(['claude', 'code'])
    expect((await search('开源大权重'))[0]?.terms).toEqual(['开源', '源大', '大权', '权重'])
  })

  it('marks the original characters of the text', async () => {
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

const forgiving = await openTestIndex([
  page('/redis/', 'Redis', [[undefined, 'Salvatore Sanfilippo wrote Redis. 他骑自行车。']]),
  page('/town/', '小镇', [[undefined, 'Sanfilipo is a town, they say.']]),
  page('/ide/', 'Antigravity', [[undefined, '一个编程工具，支持 Vibe Coding。']]),
  page('/cli/', '命令行', [['Claude Code', '在终端里用 claude-code 写程序。']]),
])

describe('forgiving queries', () => {
  const search = (query: string) => searchBook(forgiving, query)

  it('searches a misspelled word as the book’s closest word and says so, in the book’s spelling', async () => {
    const found = await search('Antigravty 工具')
    expect(found.pages.map((result) => result.url)).toEqual(['/ide/'])
    expect(found.correctedQuery).toBe('Antigravity 工具')
    expect(found.pages[0]?.terms).toContain('antigravity')
  })

  it('never corrects a word the book has: what the reader typed comes first', async () => {
    const found = await search('sanfilipo')
    expect(found.correctedQuery).toBeUndefined()
    expect(found.pages.map((result) => result.url)).toEqual(['/town/'])
  })

  it('never corrects short words, words with digits or Chinese', async () => {
    expect(await search('radix')).toEqual({ pages: [] }) // 5 letters, 2 edits from redis
    expect((await search('redsi')).correctedQuery).toBe('Redis') // 1 edit
    expect((await search('rdis')).pages).toEqual([])
    expect((await search('antigravity2')).correctedQuery).toBeUndefined()
  })

  it('finds words joined or split otherwise', async () => {
    for (const query of ['vibecoding', 'vibe-coding', 'vibe coding'])
      expect(
        (await search(query)).pages.map((result) => result.url),
        query,
      ).toEqual(['/ide/'])
    for (const query of ['claudecode', 'claude-code', 'claude code', 'Claude_Code'])
      expect((await search(query)).pages[0]?.url, query).toBe('/cli/')
  })
})

const typing = await openTestIndex([
  page('/antigravity/', 'Google Antigravity', [[undefined, 'Antigravity 是一个编程工具。']]),
  page('/anti/', '前缀', [[undefined, '这里只有 anti 这个词。']]),
  page('/anticipation/', '期待', [[undefined, '还有 anticipation 这个词。']]),
  page('/code/', '编程', [[undefined, 'Claude Code 和 Codex 都是工具。']]),
])

describe('the word being typed', () => {
  const found = async (query: string) => (await searchBook(typing, query)).pages.map((result) => result.url)

  it('is completed from the book’s words once it has two letters: a prefix finds the word', async () => {
    expect(await found('Antigrav')).toEqual(['/antigravity/'])
    expect(await found('claude co')).toEqual(['/code/'])
    expect(await found('a')).toEqual([]) // one letter completes nothing
  })

  it('ranks the word itself above the words it begins, and marks the completed word', async () => {
    expect((await found('anti'))[0]).toBe('/anti/')
    expect((await found('anti')).sort()).toEqual(['/anti/', '/anticipation/', '/antigravity/'])
    const [result] = (await searchBook(typing, 'antig')).pages
    expect(result?.sections[0]?.snippet.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual([
      'Antigravity',
    ])
  })

  it('is finished once a space or another word follows it: only whole words match then', async () => {
    expect(await found('Antigrav ')).toEqual([])
    expect(await found('anti ')).toEqual(['/anti/'])
  })
})

it('ranks a one-character query by how often a section holds the character', async () => {
  const cats = await openTestIndex([
    page('/once/', '甲', [[undefined, '猫在这里。']]),
    page('/thrice/', '乙', [[undefined, '猫，猫，还是猫。']]),
  ])
  expect((await searchBook(cats, '猫')).pages.map((result) => result.url)).toEqual(['/thrice/', '/once/'])
})

describe('a Latin word the book lacks, searched as the book’s Chinese words (its glossary)', async () => {
  const glossary = () =>
    new Map([
      ['pelican', ['鹈鹕']],
      ['robot', ['机器人']],
      ['tuili', ['推理']],
    ])
  const translated = await openTestIndex(
    [
      page('/birds/', '鸟类', [[undefined, '一只鹈鹕站在水边。']]),
      page('/robots/', '机器', [['机器人', '工厂里的机器人越来越多。']]),
      page('/robotics/', 'Robotics', [[undefined, '这一页讲 Robotics 这门学科。']]),
      page('/reasoning/', '推理', [[undefined, '模型会推理。']]),
    ],
    { glossary },
  )
  const first = async (query: string) => {
    const { pages, correctedQuery } = await searchBook(translated, query)
    return { url: pages[0]?.url, correctedQuery }
  }

  it('finds the Chinese words for an English word and says which were searched', async () => {
    expect(await first('pelican')).toEqual({ url: '/birds/', correctedQuery: '鹈鹕' })
    expect(await first('Pelicans')).toEqual({ url: '/birds/', correctedQuery: '鹈鹕' }) // the same stem
    expect(await first('tuili')).toEqual({ url: '/reasoning/', correctedQuery: '推理' }) // pinyin
  })

  it('while the word is typed, puts the book’s words it begins first; once finished, its Chinese words', async () => {
    expect(await first('robot')).toEqual({ url: '/robotics/', correctedQuery: undefined })
    expect(await first('robot ')).toEqual({ url: '/robots/', correctedQuery: '机器人 ' })
  })

  it('never translates a word the book has', async () => {
    expect(await first('Robotics')).toEqual({ url: '/robotics/', correctedQuery: undefined })
  })
})
