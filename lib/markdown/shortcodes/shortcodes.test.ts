import { beforeAll, describe, expect, it } from 'vitest'
import { siteFromFolder, writeFixture } from '../../../test/support/content'
import { renderMarkdownFile as renderMarkdown } from '../../../test/support/markdown'

let contentDir: string
beforeAll(() => {
  contentDir = writeFixture({
    'docs/_index.md': '---\ntitle: 文档\n---\n文档首页。',
    'docs/guide/_index.md': '---\ntitle: 指南\n---\n{{< section summary >}}',
    'docs/guide/b.md': '---\ntitle: 第二步\nweight: 2\ndescription: 第二步的说明。\n---\n正文 B。',
    'docs/guide/a.md': '---\ntitle: 第一步\nweight: 1\n---\n第一步的第一段。\n\n第二段。',
    'docs/guide/hidden.md': '---\ntitle: 隐藏\nbookHidden: true\n---\n隐藏。',
    'docs/guide/page.md': '---\ntitle: 普通页\n---\n正文',
  })
})

let lastWarnings: string[] = []
const render = async (body: string, sourcePath = 'docs/guide/page.md', math = false) => {
  const rendered = await renderMarkdown(`---\ntitle: t\n---\n${body}`, sourcePath, {
    contentDir,
    language: 'zh-CN',
    math: math
      ? {
          block: [
            ['$$', '$$'],
            ['\\[', '\\]'],
          ],
          inline: [['\\(', '\\)']],
        }
      : undefined,
  })
  lastWarnings = rendered.warnings
  return rendered.html
}

/** The warnings of the page rendered last, without their fix lines. */
function collectWarnings() {
  return () => lastWarnings.map((warning) => warning.split('\n')[0]!)
}

describe('hint and alerts', () => {
  it('renders hint content as Markdown with either delimiter, as hugo-book’s template does', async () => {
    expect(await render('{{% hint warning %}}\n**注意**事项\n{{% /hint %}}')).toBe(
      '<blockquote class="book-hint warning"><p><strong>注意</strong>事项</p></blockquote>',
    )
    expect(await render('{{< hint info >}}\n- **列表** <em>html</em>\n{{< /hint >}}')).toBe(
      '<blockquote class="book-hint info"><ul>\n<li><strong>列表</strong> <em>html</em></li>\n</ul></blockquote>',
    )
    for (const kind of ['success', 'danger', 'note', 'tip'])
      expect(await render(`{{< hint ${kind} >}}x{{< /hint >}}`)).toBe(
        `<blockquote class="book-hint ${kind}"><p>x</p></blockquote>`,
      )
  })

  it('takes the content of other shortcodes (steps, unknown ones) written with {{< as given', async () => {
    expect(await render('{{< steps >}}\n<ol><li>**一**</li></ol>\n{{< /steps >}}')).toBe(
      '<div class="book-steps">\n<ol><li>**一**</li></ol>\n</div>',
    )
  })

  it('renders GitHub alerts as hints with a title', async () => {
    expect(await render('> [!TIP]\n> 试试这个。')).toBe(
      '<blockquote class="book-hint tip">\n<p class="book-hint-title">提示</p>\n<p>试试这个。</p>\n</blockquote>',
    )
    expect(await render('> [!CAUTION]\n>\n> 小心。')).toContain('<p class="book-hint-title">小心</p>')
    expect(await render('> 普通引用')).toBe('<blockquote>\n<p>普通引用</p>\n</blockquote>')
  })
})

describe('details and expand', () => {
  it('takes the title and open flag positionally or by name', async () => {
    expect(await render('{{% details "**粗体**标题" open %}}\n内容\n{{% /details %}}')).toBe(
      '<details class="book-details" open><summary><strong>粗体</strong>标题</summary><div class="markdown-inner"><p>内容</p></div></details>',
    )
    expect(await render('{{% details title="标题" open=false %}}\n内容\n{{% /details %}}')).toContain(
      '<details class="book-details"><summary>标题</summary>',
    )
  })

  it('renders the old expand as a closed disclosure, with hugo-book’s ↕ or the given symbol after the label', async () => {
    expect(await render('{{% expand "展开看看" %}}\n隐藏的内容\n{{% /expand %}}')).toContain(
      '<details class="book-details book-expand"><summary><span>展开看看</span> <span class="book-expand-symbol" aria-hidden="true">↕</span></summary>',
    )
    expect(await render('{{% expand "展开" "⇲" %}}\n内容\n{{% /expand %}}')).toContain(
      '<summary><span>展开</span> <span class="book-expand-symbol" aria-hidden="true">⇲</span></summary>',
    )
  })
})

describe('tabs', () => {
  it('makes radio buttons and labels, the first one checked, with or without an id', async () => {
    const html = await render(
      '{{< tabs "os" >}}\n{{% tab "macOS" %}}\n**mac**\n{{% /tab %}}\n{{% tab "Linux" %}}\nlinux\n{{% /tab %}}\n{{< /tabs >}}',
    )
    expect(html).toBe(
      '<div class="book-tabs"><input type="radio" class="toggle" name="tabs-os" id="tabs-os-0" checked><label for="tabs-os-0">macOS</label><div class="book-tabs-content markdown-inner"><p><strong>mac</strong></p></div><input type="radio" class="toggle" name="tabs-os" id="tabs-os-1"><label for="tabs-os-1">Linux</label><div class="book-tabs-content markdown-inner"><p>linux</p></div></div>',
    )
    const twoGroups = await render(
      '{{< tabs >}}{{< tab "A" >}}a{{< /tab >}}{{< /tabs >}}\n\n{{< tabs >}}{{< tab "B" >}}b{{< /tab >}}{{< /tabs >}}',
    )
    expect(twoGroups).toContain('name="tabs-1"')
    expect(twoGroups).toContain('name="tabs-2"')
  })
})

describe('columns', () => {
  it('splits at <---> lines', async () => {
    expect(await render('{{% columns ratio="1:2" %}}\n左边\n<--->\n右边\n{{% /columns %}}')).toBe(
      '<div class="book-columns"><div class="book-column markdown-inner book-grow-1"><p>左边</p></div><div class="book-column markdown-inner book-grow-2"><p>右边</p></div></div>',
    )
  })

  it('makes one column of each list item in the list form', async () => {
    const html = await render('{{% columns ratio="2:1" %}}\n- ## 一\n  第一列\n- ## 二\n  第二列\n{{% /columns %}}')
    expect(html).toMatch(
      /^<div class="book-columns"><ul class="book-columns-list">\n<li class="book-column markdown-inner book-grow-2">/,
    )
    expect(html).toContain('<li class="book-column markdown-inner book-grow-1">')
    expect(html).toContain('<h2 id="一">一<a class="heading-anchor"')
  })
})

describe('button, section, steps', () => {
  it('links a button; an external one opens in a new tab', async () => {
    expect(await render('{{< button href="https://example.org" >}}外部{{< /button >}}')).toBe(
      '<p><a class="book-btn" href="https://example.org" target="_blank" rel="noopener noreferrer">外部</a></p>',
    )
    expect(await render('{{< button relref="docs/guide/a.md" class="primary" >}}第一步{{< /button >}}')).toBe(
      '<p><a class="book-btn primary" href="/docs/guide/a/">第一步</a></p>',
    )
    expect(await render('看 {{< button href="a.md" >}}第一步{{< /button >}} 吧')).toBe(
      '<p>看 <a class="book-btn" href="/docs/guide/a/">第一步</a> 吧</p>',
    )
  })

  it('lists a section’s pages in menu order, with the description, else the summary, on request (filled in by the site model)', async () => {
    // hugo-book: `default .Summary .Description`; a.md has no description, so its summary (the opening, both paragraphs) shows.
    const site = await siteFromFolder(contentDir)
    expect(site.page('/docs/guide/')!.html).toBe(
      '<dl class="book-section-list"><dt><a href="/docs/guide/a/">第一步</a></dt><dd>第一步的第一段。 第二段。</dd><dt><a href="/docs/guide/b/">第二步</a></dt><dd>第二步的说明。</dd><dt><a href="/docs/guide/page/">普通页</a></dt><dd>正文</dd></dl>',
    )
    expect(await render('{{< section >}}', 'docs/guide/_index.md')).toBe(
      '<dl class="book-section-list" data-section-list="docs/guide"></dl>',
    )
  })

  it('wraps steps', async () => {
    expect(await render('{{% steps %}}\n1. 一\n2. 二\n{{% /steps %}}')).toMatch(/^<div class="book-steps"><ol>/)
  })
})

describe('ref and relref', () => {
  it('become page URLs, inside Markdown links too', async () => {
    expect(
      await render(
        '[第一步]({{< ref "a.md" >}}) [第二步]({{< relref "/docs/guide/b#细节" >}}) [指南]({{< relref "docs/guide" >}})',
      ),
    ).toBe(
      '<p><a href="/docs/guide/a/">第一步</a> <a href="/docs/guide/b/#%E7%BB%86%E8%8A%82">第二步</a> <a href="/docs/guide/">指南</a></p>',
    )
  })

  it('resolve from the page’s own folder', async () => {
    const warnings = collectWarnings()
    const html = await render(
      '[第一步]({{< relref "a.md" >}}) [上层](../_index.md)\n\n{{< guestbook x >}}',
      'docs/guide/b.md',
    )
    expect(html).toBe('<p><a href="/docs/guide/a/">第一步</a> <a href="/docs/">上层</a></p>\n')
    expect(warnings()).toEqual([
      expect.stringMatching(/\/docs\/guide\/b\.md:6: unknown shortcode \{\{< guestbook >\}\}/),
    ])
  })

  it('warn with the line when the page does not exist', async () => {
    const warnings = collectWarnings()
    await render('第一行\n\n[x]({{< ref "nope.md" >}})')
    expect(warnings()).toEqual([expect.stringMatching(/page\.md:6: ref "nope\.md" does not lead to any page$/)])
  })
})

describe('links to Markdown files', () => {
  it('become page URLs, and broken ones are reported with their line', async () => {
    const warnings = collectWarnings()
    const html = await render(
      '[a](a.md) [b](./b.md#x) [up](../_index.md) [gone](missing.md)\n\n[abs](/docs/guide/a/) [nowhere](/docs/nowhere/)',
    )
    expect(html).toContain(
      '<a href="/docs/guide/a/">a</a> <a href="/docs/guide/b/#x">b</a> <a href="/docs/">up</a> <a href="missing.md">gone</a>',
    )
    expect(warnings()).toEqual([
      expect.stringMatching(/page\.md:4: link to "missing\.md": no such page$/),
      expect.stringMatching(/page\.md:6: link to "\/docs\/nowhere\/": no page has this address$/),
    ])
  })
  it('turns a site path that names a content file into its page’s URL, as hugo-book’s portable links (GetPage) do', async () => {
    // poneding/blog's menu bundle: [Go](/go) links to /go/ in Hugo.
    const warnings = collectWarnings()
    const html = await render('[指南](/docs/guide) [第一步](/docs/guide/a#part) [外部](/docs/nowhere)')
    expect(html).toContain(
      '<a href="/docs/guide/">指南</a> <a href="/docs/guide/a/#part">第一步</a> <a href="/docs/nowhere">外部</a>',
    )
    expect(warnings()).toEqual([
      expect.stringMatching(/page\.md:4: link to "\/docs\/nowhere": no page has this address$/),
    ])
  })
})

describe('diagrams and math', () => {
  it('turns mermaid shortcodes and code blocks into diagrams drawn in the browser', async () => {
    expect(await render('{{< mermaid >}}\ngraph LR\n  A --> B\n{{< /mermaid >}}')).toBe(
      '<pre class="mermaid">graph LR\n  A --> B</pre>',
    )
    expect(await render('```mermaid\nsequenceDiagram\n  A->>B: hi\n```')).toBe(
      '<pre class="mermaid">sequenceDiagram\n  A->>B: hi</pre>',
    )
  })

  it('typesets katex shortcodes and code blocks at build time', async () => {
    expect(await render('质能方程 {{< katex >}}E = mc^2{{< /katex >}}。')).toMatch(
      /^<p>质能方程 <span class="katex"><span class="katex-mathml"><math/,
    )
    expect(await render('{{< katex display >}}\n\\int_0^1 x\\,dx\n{{< /katex >}}')).toMatch(
      /^<div class="math-display"><span class="katex-display">/,
    )
    expect(await render('```katex\n\\frac{1}{2}\n```')).toMatch(
      /^<div class="math-display"><span class="katex-display">/,
    )
  })

  it('reads $$…$$ and \\(…\\) only where passthrough is enabled, and never inside code', async () => {
    const html = await render('行内 \\(a^2\\) 与\n\n$$\nb^2\n$$\n\n`\\(c\\)` 不变', 'docs/guide/page.md', true)
    expect(html).toMatch(/<p>行内 <span class="katex">/)
    expect(html).toContain('<div class="math-display">')
    expect(html).toContain('<code>\\(c\\)</code>')
    expect(await render('行内 \\(a^2\\)')).toBe('<p>行内 (a^2)</p>')
  })

  it('reads passthrough math after fenced code blocks', async () => {
    const html = await render(
      '```mermaid\ngraph LR\n```\n\n```katex\nx\n```\n\n$$\na^2\n$$\n\n行内 \\(b\\)',
      'docs/guide/page.md',
      true,
    )
    expect(html.match(/class="katex"/g)).toHaveLength(3)
    expect(html).not.toContain('$$')
  })

  it('shows a formula it cannot read as written, and reports it', async () => {
    const warnings = collectWarnings()
    expect(await render('{{< katex >}}\\frac{1{{< /katex >}}')).toBe('<p><code class="math-error">\\frac{1</code></p>')
    expect(warnings()[0]).toMatch(/page\.md:4: cannot typeset the formula/)
  })
})

describe('headings', () => {
  it('take {#custom-id}, {anchor=false} and {.class}', async () => {
    const html = await render(
      '## 自定义 {#custom-id}\n\n## 无锚点 {anchor=false}\n\n## 有类 {.wide}\n\n## 花括号 {不是属性}',
    )
    expect(html).toContain('<h2 id="custom-id">自定义<a class="heading-anchor" href="#custom-id"')
    expect(html).toContain('<h2 data-anchor="false" id="无锚点">无锚点</h2>')
    expect(html).toContain('<h2 class="wide" id="有类">有类<a')
    expect(html).toContain('<h2 id="花括号-不是属性">花括号 {不是属性}<a')
  })

  it('inside {{% %}} shortcodes get ids and anchors like any other', async () => {
    const { page } = await renderMarkdown('{{% hint %}}\n## 在提示里\n{{% /hint %}}', 'docs/guide/page.md', {
      contentDir,
    })
    expect(page.headings).toEqual([{ level: 2, text: '在提示里', id: '在提示里' }])
  })
})

describe('escaping and unknown shortcodes', () => {
  it('shows an escaped shortcode literally', async () => {
    expect(await render('写法：`{{</* hint info */>}}`')).toBe('<p>写法：<code>{{&#x3C; hint info >}}</code></p>')
    expect(await render('{{</* details "x" */>}}')).toBe('<p>{{&#x3C; details "x" >}}</p>')
    // In a code fence, opened on one tag and closed on another (hugo-book's katex and mermaid pages).
    const fenced = await render('```tex\n{{</* katex >}}\nx^2\n{{< /katex */>}}\n```')
    const code = fenced.replace(/<div class="code-block-bar">.*?<\/div>/, '')
    expect(code.replace(/<[^>]*>/g, '')).toBe('{{&#x3C; katex >}}\nx^2\n{{&#x3C; /katex >}}')
  })

  it('renders an unknown shortcode’s content with a warning, and never prints the tag', async () => {
    const warnings = collectWarnings()
    const html = await render('前\n\n{{% notice id="x" %}}\n内容 **粗**\n{{% /notice %}}\n\n{{< badge user 123 >}}\n')
    expect(html).toBe('<p>前</p>\n<p>内容 <strong>粗</strong></p>\n')
    expect(html).not.toMatch(/\{\{[<%]/)
    expect(warnings()).toEqual([
      expect.stringMatching(/page\.md:6: unknown shortcode \{\{% notice %\}\}: only its content is shown$/),
      expect.stringMatching(/page\.md:10: unknown shortcode \{\{< badge >\}\}: only its content is shown$/),
    ])
  })

  it('shows an unknown shortcode’s {{< >}} content as text, its lines kept, not as HTML', async () => {
    const warnings = collectWarnings()
    // Sample code in a site's own shortcode: no heading made of the <h1>, no line joined to the next.
    expect(await render('{{< sample >}}\n  <h1>Title</h1>\n  line one\n    line two\n{{< /sample >}}')).toBe(
      '<p><span class="book-shortcode-text">&#x3C;h1>Title&#x3C;/h1>\nline one\n  line two</span></p>',
    )
    expect(await render('a {{< badge >}}<b>new</b>{{< /badge >}} b')).toBe(
      '<p>a <span class="book-shortcode-text">&#x3C;b>new&#x3C;/b></span> b</p>',
    )
    // A shortcode nested in it still renders, in its place.
    expect(await render('{{< sample >}}\n  before\n  {{< hint >}}x{{< /hint >}}\n  after\n{{< /sample >}}')).toBe(
      '<div class="book-shortcode-text">before\n<blockquote class="book-hint default"><p>x</p></blockquote>\nafter</div>',
    )
    expect(warnings()).toHaveLength(1)
  })

  it('keeps line numbers of warnings inside shortcodes', async () => {
    const warnings = collectWarnings()
    await render('{{% hint %}}\n一\n\n![缺失的图](missing.png)\n{{% /hint %}}')
    expect(warnings()).toEqual([expect.stringMatching(/page\.md:7: image "missing\.png" not found$/)])
  })
})
