import { describe, expect, it, vi } from 'vitest'
import { renderMarkdownFile as renderMarkdown } from '../../test/support/markdown'

const render = (text: string, sourcePath = 'docs/page.md') =>
  renderMarkdown(text, sourcePath, { contentDir: '/nonexistent-content' })

describe('Markdown pipeline', () => {
  it('gives headings Hugo’s ids (goldmark, github style), keeping Chinese', async () => {
    const titles = [
      '“推理”之年',
      '编程智能体与 Claude Code 之年',
      '骑自行车的鹈鹕之年',
      'MCP 的（唯一？）一年',
      '骑自行车的鹈鹕之年',
      'Vibe Coding（氛围编码）之年',
    ]
    const { html, page } = await render(titles.map((title) => `## ${title}\n\ntext\n`).join('\n'))
    // What Hugo 0.111 writes for these headings (lib/markdown/heading-ids.test.ts has the harder cases).
    const expected = [
      '推理之年',
      '编程智能体与-claude-code-之年',
      '骑自行车的鹈鹕之年',
      'mcp-的唯一一年',
      '骑自行车的鹈鹕之年-1',
      'vibe-coding氛围编码之年',
    ]
    expect(page.headings.map((heading) => heading.id)).toEqual(expected)
    for (const id of expected) expect(html).toContain(`<h2 id="${id}">`)
  })

  it('names a formula once, by its TeX, in the ToC, the anchor’s label and the searched text', async () => {
    const { html, page } = await render(
      '## 平方 {{< katex >}}x^2{{< /katex >}} 之和\n\n面积是 {{< katex >}}a^2{{< /katex >}}。\n',
    )
    expect(html).toContain('class="katex"') // drawn at build time, three copies of the formula inside
    expect(page.headings).toEqual([{ level: 2, text: '平方 x^2 之和', id: expect.any(String) }])
    expect(html).toContain('aria-label="链接到“平方 x^2 之和”"')
    expect(page.sections.map((section) => section.text)).toEqual(['面积是 a^2。'])
  })

  it('adds a # link to each h2–h6, not to the h1, and keeps it out of the heading text', async () => {
    const { html, page } = await render('# Title\n\n## 二级\n\n### 三级\n\n###### 六级\n')
    expect(html).toContain('<a class="heading-anchor" href="#二级" aria-label="链接到“二级”">#</a>')
    expect(html).toContain('href="#六级"')
    expect(html).not.toMatch(/<h1[^>]*>[^<]*<a class="heading-anchor"/)
    expect(page.headings).toEqual([
      { level: 1, text: 'Title', id: 'title' },
      { level: 2, text: '二级', id: '二级' },
      { level: 3, text: '三级', id: '三级' },
      { level: 6, text: '六级', id: '六级' },
    ])
  })

  it('renders GFM: tables in a scrolling region, task lists, strikethrough, autolinks', async () => {
    const { html } = await render(
      '| 排名 | 模型 |\n|---|---|\n| 1 | GLM-4.7 |\n\n- [x] 完成\n- [ ] 未完成\n\n~~删除~~ 访问 https://example.org 了解。\n',
    )
    expect(html).toMatch(/<div class="table-scroll" tabindex="0" role="region" aria-label="表格"><table>/)
    expect(html).toContain('<input type="checkbox" checked disabled>')
    expect(html).toContain('<del>删除</del>')
    expect(html).toContain('<a href="https://example.org">https://example.org</a>')
  })

  it('strikes through between `~~` only, as goldmark does: a single `~` is a tilde', async () => {
    const { html } = await render('1~n, loop over 1~n; ~one~ and ~~two~~ and a~~b~~c\n\n中文~删除~了，中文~~删除~~了\n')
    expect(html).toBe(
      '<p>1~n, loop over 1~n; ~one~ and <del>two</del> and a<del>b</del>c</p>\n<p>中文~删除~了，中文<del>删除</del>了</p>',
    )
  })

  it('leaves `~~` as written with Hugo’s `strikethrough = false`', async () => {
    const { html } = await renderMarkdown('~~gone~~ and ~one~, 中文~~删除~~了\n', 'docs/page.md', {
      settings: { strikethrough: false },
    })
    expect(html).toBe('<p>~~gone~~ and ~one~, 中文~~删除~~了</p>')
  })

  it('closes emphasis next to Chinese punctuation (CJK-friendly)', async () => {
    const { html } = await render(
      '模型展现出**“参差不齐”**的特性；**可验证奖励强化学习（RLVR）**成为范式。~~旧说法~~被推翻。\n',
    )
    expect(html).toContain('<strong>“参差不齐”</strong>的特性')
    expect(html).toContain('<strong>可验证奖励强化学习（RLVR）</strong>成为')
    expect(html).toContain('<del>旧说法</del>被推翻')
    expect(html).not.toContain('**')
  })

  it('labels footnotes in Chinese', async () => {
    const { html } = await render('正文[^1]。\n\n[^1]: 注释内容。\n')
    expect(html).toMatch(/<h2 class="footnotes-title" id="footnote-label">脚注<\/h2>/)
    expect(html).toContain('aria-label="返回正文第 1 处引用"')
  })

  it('lets the keyboard reach every code block, with a language or without, to scroll a long line', async () => {
    const { html } = await render('```ts\nconst a = 1\n```\n\n```\nplain text, no language\n```\n')
    const blocks = html.match(/<pre[^>]*>/g) ?? []
    expect(blocks).toHaveLength(2)
    for (const block of blocks) expect(block).toContain('tabindex="0"')
  })

  it('highlights code at build time with both themes, and copes with unknown languages', async () => {
    const { html } = await render('```ts\nconst answer: number = 42\n```\n\n```no-such-language\nplain\n```\n')
    expect(html).toMatch(/<pre class="shiki shiki-themes github-light github-dark"/)
    expect(html).toMatch(/<span style="--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}">const<\/span>/)
    expect(html).toContain('plain')
  })

  it('colours code the same however busy the machine is (no time limit per line)', async () => {
    const colours = (html: string) => [...html.matchAll(/--shiki-light:(#[0-9A-Fa-f]{6})/g)].map((match) => match[1])
    const idle = colours((await render('```ts\nconst a = 1\n```\n')).html)
    // A busy machine, as Shiki's grammar sees it: every reading of the clock 200 ms later than the last.
    let now = Date.now()
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 200))
    const busy = colours((await render('```ts\nconst a = 1\n```\n')).html)
    clock.mockRestore()
    expect(idle).toEqual(expect.arrayContaining(['#D73A49', '#005CC5'])) // `const` and `a`, in their own colours
    expect(busy).toEqual(idle)
  })

  it('skips YAML, TOML and JSON front matter and keeps line numbers for warnings', async () => {
    for (const frontMatter of [
      '---\ntitle: x\nweight: 1\n---',
      '+++\ntitle = "x"\nweight = 1\n+++',
      '{\n  "title": "x",\n  "weight": 1\n}',
    ]) {
      const { html, warnings } = await render(`${frontMatter}\n\n![图](./missing.png)\n`)
      expect(html).not.toMatch(/title|weight/)
      expect(warnings).toEqual([
        expect.stringMatching(/^warning: \/nonexistent-content\/docs\/page\.md:6: image "\.\/missing\.png" not found/),
      ])
    }
    const { html } = await render('\uFEFF---\r\ntitle: x\r\n---\r\n\r\n正文\r\n')
    expect(html).toBe('<p>正文</p>')
  })

  it('reads headings, sections, text and the title heading of a page', async () => {
    const { page } = await render(
      '# 报告标题\n\n开头的话。\n\n## 摘要\n\n摘要内容。\n\n### 细节\n\n细节内容。\n\n#### 更深\n\n更深内容。\n\n## 结论\n\n结论。\n',
    )
    expect(page.firstHeading).toBe('报告标题')
    expect(page.openingHeading).toMatchObject({ text: '报告标题', level: 1 })
    expect(page.firstParagraph).toBe('开头的话。')
    expect(page.sections).toEqual([
      { heading: undefined, id: undefined, level: 0, text: '开头的话。' },
      { heading: '摘要', id: '摘要', level: 2, text: '摘要内容。' },
      { heading: '细节', id: '细节', level: 3, text: '细节内容。 更深 更深内容。' },
      { heading: '结论', id: '结论', level: 2, text: '结论。' },
    ])
    expect(page.plainText).toBe('开头的话。 摘要 摘要内容。 细节 细节内容。 更深 更深内容。 结论 结论。')
  })

  it('does not take a later # heading as the opening title', async () => {
    const { page } = await render('引言。\n\n# 后来的标题\n')
    expect(page).toMatchObject({ firstHeading: '后来的标题' })
    expect(page.openingHeading).toBeUndefined()
  })

  it('keeps raw HTML in the body', async () => {
    const { html } = await render('<kbd>Ctrl</kbd> + <kbd>K</kbd>\n')
    expect(html).toContain('<kbd>Ctrl</kbd>')
  })
})

describe('summary divider', () => {
  it('takes the text before <!--more--> as the summary', async () => {
    const { page } = await render('第一段。\n\n第二段。\n\n<!--more-->\n\n之后的内容。\n')
    expect(page.manualSummary).toBe('第一段。 第二段。')
    expect((await render('没有分隔符。\n')).page.manualSummary).toBeUndefined()
  })
})
