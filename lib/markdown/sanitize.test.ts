import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeFixture } from '../../test/support/content'
import { renderMarkdownFile as renderMarkdown } from '../../test/support/markdown'

let contentDir: string
beforeAll(() => {
  contentDir = writeFixture({
    'docs/_index.md': '---\ntitle: 文档\n---\n首页。',
    'docs/page.md': '---\ntitle: 页\n---\n正文',
  })
})

const render = async (body: string, unsafeHtml = false) =>
  (
    await renderMarkdown(`---\ntitle: t\n---\n${body}`, 'docs/page.md', {
      contentDir,
      unsafeHtml,
      math: { block: [['$$', '$$']], inline: [['\\(', '\\)']] },
    })
  ).html

/** Every attribute of every element, as the browser would read the HTML. */
function attributesOf(html: string): { tag: string; name: string; value: string }[] {
  const found: { tag: string; name: string; value: string }[] = []
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    for (const [name, value] of Object.entries(node.properties))
      found.push({ tag: node.tagName, name, value: String(value) })
  })
  return found
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<style>body{display:none}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<form action="https://evil.example/"><button formaction="javascript:alert(1)">go</button></form>',
  '<a href="javascript:alert(1)">a</a> <a href="JaVa&#x09;ScRiPt:alert(1)">b</a>',
  '<div onclick="alert(1)" style="position:fixed">c</div>',
  '<object data="data:text/html,x"></object><embed src="javascript:alert(1)">',
  '<details open ontoggle=alert(1)><summary>s</summary>d</details>',
].join('\n\n')

describe('raw HTML, sanitised by default', () => {
  it('keeps no script, event handler, frame, style sheet, refresh or form of the author', async () => {
    const html = await render(HOSTILE)
    expect(html).not.toMatch(/<(script|iframe|style|meta|form|object|embed|svg)\b/i)
    expect(html).not.toContain('alert(1)</')
    expect(html).not.toContain('display:none')
    const attributes = attributesOf(html)
    expect(attributes.filter(({ name }) => /^on/i.test(name))).toEqual([])
    expect(attributes.filter(({ name }) => name === 'style')).toEqual([])
    expect(attributes.filter(({ value }) => /javascript:|data:/i.test(value))).toEqual([])
  })

  it('keeps safe author HTML: kbd, sub, details, br, https images, classes', async () => {
    const html = await render(
      '按 <kbd>Ctrl</kbd>+<kbd>K</kbd>，H<sub>2</sub>O<br>下一行\n\n<details><summary>更多</summary>\n\n内容\n\n</details>\n\n<img src="https://example.org/a.png" alt="图"> <span class="note">注</span>',
    )
    expect(html).toContain('<kbd>Ctrl</kbd>+<kbd>K</kbd>')
    expect(html).toContain('H<sub>2</sub>O<br>下一行')
    expect(html).toMatch(/<details><summary>更多<\/summary>\s*<p>内容<\/p>\s*<\/details>/)
    expect(html).toMatch(/<img src="https:\/\/example.org\/a.png" alt="图"[^>]*>/)
    expect(html).toContain('<span class="note">注</span>')
  })

  it('prefixes the ids and names an author gives, so they cannot replace the page’s globals', async () => {
    const html = await render('<a id="__next_f" name="getElementById">x</a>')
    expect(html).toContain('id="user-content-__next_f"')
    expect(html).toContain('name="user-content-getElementById"')
  })

  it('leaves what our own chain makes untouched: tabs, hints, headings ids, footnotes, math, task lists', async () => {
    const html = await render(
      '## 标题 {#custom-id}\n\n{{< tabs "t" >}}{{< tab "A" >}}甲{{< /tab >}}{{< tab "B" >}}乙{{< /tab >}}{{< /tabs >}}\n\n{{< hint danger >}}危险 <kbd>x</kbd>{{< /hint >}}\n\n- [x] 完成\n\n脚注[^1]\n\n[^1]: 注。\n\n$$x^2$$\n\n{{< button href="/docs/" >}}按钮{{< /button >}}',
    )
    expect(html).toContain('<h2 id="custom-id">')
    expect(html).toContain(
      '<input type="radio" class="toggle" name="tabs-t" id="tabs-t-0" checked><label for="tabs-t-0">A</label>',
    )
    expect(html).toContain('<blockquote class="book-hint danger"><p>危险 <kbd>x</kbd></p></blockquote>')
    expect(html).toContain('<input type="checkbox" checked disabled>')
    expect(html).toMatch(/<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref/)
    expect(html).toMatch(
      /<span class="katex-display">.*<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML" display="block">/s,
    )
    expect(html).toMatch(/style="height:[^"]+"/) // KaTeX's own layout
    expect(html).toContain('<a class="book-btn" href="/docs/">按钮</a>')
    expect(html).not.toContain('data-trust')
  })

  it('does not let an author pass as our chain by copying the mark attribute', async () => {
    const html = await render('<div data-trust="0" onclick="alert(1)">x</div>')
    expect(html).toBe('<div>x</div>')
  })
})

describe('dangerous URLs, dropped whatever the raw-HTML setting', () => {
  const LINKS = [
    '[链接](javascript:alert(1))',
    '[引用][r]\n\n[r]: javascript:alert(1)',
    '<javascript:alert(1)>',
    '![图](javascript:alert(1))',
    '[数据](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![图](data:image/svg+xml;base64,PHN2Zz4=)',
    '[vb](vbscript:msgbox)',
    '{{< button href="javascript:alert(1)" >}}按钮{{< /button >}}',
  ].join('\n\n')

  for (const unsafeHtml of [false, true]) {
    it(`keeps no javascript:, vbscript: or data: URL in Markdown links, images, autolinks and shortcodes (unsafeHtml: ${unsafeHtml})`, async () => {
      const html = await render(LINKS, unsafeHtml)
      expect(attributesOf(html).filter(({ value }) => /^\s*(javascript|vbscript|data):/i.test(value))).toEqual([])
      expect(html).toContain('链接') // the text stays
      expect(html).toContain('按钮')
    })
  }

  it('with unsafeHtml the author’s raw HTML is kept as written, except for dangerous URLs', async () => {
    const html = await render(
      '<div class="x" onclick="track()">a</div>\n\n<a href="javascript:alert(1)" title="t">b</a>',
      true,
    )
    expect(html).toContain('<div class="x" onclick="track()">a</div>')
    expect(html).toContain('<a title="t">b</a>')
  })
})
