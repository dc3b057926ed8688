import { describe, expect, it } from 'vitest'
import { renderMarkdownFile } from '../../test/support/markdown'
import { splitLeadingHeading } from './leading-heading'

describe('splitLeadingHeading', () => {
  it('splits off the opening h1, keeping its inline markup and its id', () => {
    expect(splitLeadingHeading('<h1 id="t">2024 <em>报告</em></h1>\n<p>正文</p>')).toEqual({
      headingHtml: '2024 <em>报告</em>',
      id: 't',
      rest: '\n<p>正文</p>',
    })
  })

  it('gives back an id with characters escaped in the attribute as written', () => {
    expect(splitLeadingHeading('<h1 id="a&#x26;b">x</h1>')?.id).toBe('a&b')
  })

  it('splits off an opening heading of another level without its # link', () => {
    const html =
      '<h2 id="大模型">大模型<a class="heading-anchor" href="#大模型" aria-label="链接到“大模型”">#</a></h2>\n<h2 id="引言">引言</h2>'
    expect(splitLeadingHeading(html)).toEqual({
      headingHtml: '大模型',
      id: '大模型',
      rest: '\n<h2 id="引言">引言</h2>',
    })
  })

  it('leaves a body that does not open with a heading', () => {
    expect(splitLeadingHeading('<p>a</p><h1>b</h1>')).toBeUndefined()
  })

  it("keeps Hugo's id of the page's own # title, and counts it for the headings after it", async () => {
    const { html } = await renderMarkdownFile('# 数据结构\n\n正文\n\n## 数据结构\n', 'docs/a.md')
    const leading = splitLeadingHeading(html)
    expect(leading?.id).toBe('数据结构')
    expect(leading?.rest).toContain('<h2 id="数据结构-1">')
  })
})
