import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { renderMarkdownFile } from '../../test/support/markdown'
import { wordsFor } from '../i18n'
import { compileMdx } from './compile-mdx'
import { mdxPageData } from './page-data'
import { renderMdxToHtml, resetMdxRenderer } from './render-mdx'

const page = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'page.mdx')
const options = { words: wordsFor('zh-CN').words.markdown }

async function render(body: string): Promise<string> {
  const { code } = await compileMdx({ body, file: page, firstLine: 1, options })
  return renderMdxToHtml({ code, file: page, components: {} })
}

afterAll(resetMdxRenderer)

describe('mdxPageData', () => {
  it('reads the ToC and the searched text from what the components render', async () => {
    const data = mdxPageData(await render(readFileSync(page, 'utf8')))
    expect(data.headings).toEqual([{ level: 2, text: '你好 World', id: '你好-world' }])
    expect(data.sections).toEqual([
      { level: 0, text: '你好，读者！', heading: undefined, id: undefined },
      {
        level: 2,
        heading: '你好 World',
        id: '你好-world',
        text: "计数器：点击次数：2 The stem of “considerations” is consider. const answer = '42' // <&>",
      },
    ])
    expect(data.firstParagraph).toBe('你好，读者！')
  })

  it('gives Markdown the same data as a Markdown page', async () => {
    const body = [
      '# 标题',
      '',
      '开头一段，**加粗**与 `代码`。',
      '',
      '## 第一节',
      '',
      '- 一',
      '- 二',
      '',
      '| 列 |',
      '|---|',
      '| 格 |',
      '',
      '### 小节',
      '',
      '```go',
      'fmt.Println("你好")',
      '```',
      '',
      '## 第一节',
      '',
      '脚注[^1]。',
      '',
      '[^1]: 注释。',
      '',
    ].join('\n')
    const markdown = await renderMarkdownFile(body, 'docs/page.md')
    const data = mdxPageData(await render(body))
    expect(data.headings.map((heading) => heading.id)).toEqual(['标题', '第一节', '小节', '第一节-1'])
    expect(data).toEqual(markdown.page)
  })

  it('keeps a heading a component draws without an id out of the ToC, and its text in the search', async () => {
    const data = mdxPageData(await render('## 有 id\n\n<h2>没有 id</h2>\n\n正文\n'))
    expect(data.headings.map((heading) => heading.text)).toEqual(['有 id'])
    expect(data.sections.map((section) => section.heading)).toEqual(['有 id', '没有 id'])
  })
})
