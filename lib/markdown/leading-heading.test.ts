import { describe, expect, it } from 'vitest'
import { renderMarkdownFile } from '../../test/support/markdown'
import { splitLeadingHeading } from './leading-heading'

describe('splitLeadingHeading', () => {
  it('splits off the opening h1, keeping its inline markup and its id', () => {
    expect(splitLeadingHeading('<h1 id="t">2024 <em>报告</em></h1>\n<p>正文</p>')).toEqual({ headingHtml: '2024 <em>报告</em>', id: 't', rest: '\n<p>正文</p>' })
  })

  it('gives back an id with characters escaped in the attribute as written', () => {
    expect(splitLeadingHeading('<h1 id="a&#x26;b">x</h1>')?.id).toBe('a&b')
  })

  it('leaves a body that does not open with an h1', () => {
    expect(splitLeadingHeading('<p>a</p><h1>b</h1>')).toBeUndefined()
  })

  it("keeps Hugo's id of the page's own # title, and counts it for the headings after it", async () => {
    const { html } = await renderMarkdownFile('# 数据结构\n\n正文\n\n## 数据结构\n', 'docs/a.md')
    const leading = splitLeadingHeading(html)
    expect(leading?.id).toBe('数据结构')
    expect(leading?.rest).toContain('<h2 id="数据结构-1">')
  })
})
