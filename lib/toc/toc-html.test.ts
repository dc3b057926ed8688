import { describe, expect, it } from 'vitest'
import { tocItemsHtml } from './toc-html'

describe('tocItemsHtml', () => {
  it('nests the entries as lists of links to the headings (the top list is the caller’s)', () => {
    const html = tocItemsHtml([
      { id: '推理之年', text: '“推理”之年', level: 2, children: [{ id: 'a', text: 'A', level: 3, children: [] }] },
      { id: 'b', text: 'B', level: 2, children: [] },
    ])
    expect(html).toBe(
      '<li><a href="#推理之年" data-toc-id="推理之年">“推理”之年</a><ul><li><a href="#a" data-toc-id="a">A</a></li></ul></li><li><a href="#b" data-toc-id="b">B</a></li>',
    )
  })

  it('escapes texts and ids: a heading never becomes markup', () => {
    expect(
      tocItemsHtml([{ id: 'x"><script>', text: '<img src=x onerror=alert(1)> & “q”', level: 2, children: [] }]),
    ).toBe(
      '<li><a href="#x&quot;&gt;&lt;script&gt;" data-toc-id="x&quot;&gt;&lt;script&gt;">&lt;img src=x onerror=alert(1)&gt; &amp; “q”</a></li>',
    )
    expect(tocItemsHtml([])).toBe('')
  })
})
