import { beforeAll, describe, expect, it } from 'vitest'
import { writeFixture } from '../../../test/support/content'
import { renderMarkdownFile } from '../../../test/support/markdown'
import { placeholder } from './expand'
import { placeholderLeft } from '../pipeline'

// Shortcodes where Hugo finds them: anywhere in the text. Each case was built with Hugo 0.111 and
// hugo-book f8a0fc4, which renders the shortcode in place (in the list item, the quote, the
// paragraph); the expectations say the same in this project's markup.

let contentDir: string
beforeAll(() => {
  contentDir = writeFixture({
    'docs/a.md': '---\ntitle: A\n---\n',
    'docs/other.md': '---\ntitle: Other\n---\nother',
  })
})

let lastWarnings: string[] = []
const render = async (body: string) => {
  const rendered = await renderMarkdownFile(`---\ntitle: t\n---\n${body}`, 'docs/a.md', { contentDir, language: 'en' })
  lastWarnings = rendered.warnings
  return rendered.html
}

/** The HTML with KaTeX's markup reduced to the formula's source: `[katex x^2]`. */
const withoutKatexMarkup = (html: string) =>
  html.replace(
    /<span class="katex">.*?<annotation encoding="application\/x-tex">(.*?)<\/annotation>.*?<\/span><\/span><\/span><\/span>/gs,
    '[katex $1]',
  )

describe('a block shortcode inside other blocks stays where it is written', () => {
  it('in a list item, indented under the item', async () => {
    expect(await render('- item one\n  {{< details "More" >}}\n  hidden text\n  {{< /details >}}\n- item two\n')).toBe(
      '<ul>\n<li>item one\n<details class="book-details"><summary>More</summary><div class="markdown-inner"><p>hidden text</p></div></details></li>\n<li>item two</li>\n</ul>',
    )
  })

  it('in a list item, on lazy continuation lines', async () => {
    expect(await render('- item one\n{{< details "Lazy" >}}\nlazy text\n{{< /details >}}\n- item two\n')).toBe(
      '<ul>\n<li>item one\n<details class="book-details"><summary>Lazy</summary><div class="markdown-inner"><p>lazy text</p></div></details></li>\n<li>item two</li>\n</ul>',
    )
  })

  it('in a numbered item’s own paragraph, four spaces in', async () => {
    expect(await render('1. Step\n\n    {{< hint info >}}Inline.{{< /hint >}}\n')).toBe(
      '<ol>\n<li>\n<p>Step</p>\n<blockquote class="book-hint info"><p>Inline.</p></blockquote>\n</li>\n</ol>',
    )
  })

  it('in a quote, its content read without the quote’s markers', async () => {
    expect(await render('> {{< hint info >}}\n> quoted\n> {{< /hint >}}\n')).toBe(
      '<blockquote>\n<blockquote class="book-hint info"><p>quoted</p></blockquote>\n</blockquote>',
    )
  })

  it('indented after a paragraph', async () => {
    expect(await render('Para.\n\n  {{< hint info >}}\n  indented\n  {{< /hint >}}\n')).toBe(
      '<p>Para.</p>\n<blockquote class="book-hint info"><p>indented</p></blockquote>',
    )
  })

  it('inside raw HTML', async () => {
    expect(await render('<div class="x">\n  {{< hint warning >}}\n  in div\n  {{< /hint >}}\n</div>\n')).toBe(
      '<div class="x">\n  \n<blockquote class="book-hint warning"><p>in div</p></blockquote>\n\n</div>',
    )
  })

  it('on a line of a paragraph: the paragraph stops before it and goes on after it', async () => {
    expect(await render('text\n{{< hint info >}}\nHint in para\n{{< /hint >}}\nmore\n')).toBe(
      '<p>text</p>\n<blockquote class="book-hint info"><p>Hint in para</p></blockquote>\n<p>more</p>',
    )
  })

  it('in a list item indented past four spaces, its content is still Markdown (the item’s indentation is not code)', async () => {
    expect(await render('1. Step\n\n    {{< hint info >}}\n    **bold** text\n\n    - a\n    {{< /hint >}}\n')).toBe(
      '<ol>\n<li>\n<p>Step</p>\n<blockquote class="book-hint info"><p><strong>bold</strong> text</p>\n<ul>\n<li>a</li>\n</ul></blockquote>\n</li>\n</ol>',
    )
  })

  it('a display formula continuing a list item', async () => {
    const html = await render('- a\n  {{< katex display >}}x^2{{< /katex >}}\n')
    expect(html).toMatch(
      /^<ul>\n<li>a\n<div class="math-display"><span class="katex-display">.*x\^2.*<\/div><\/li>\n<\/ul>$/s,
    )
  })
})

describe('an inline shortcode keeps the text around it', () => {
  it('keeps the spaces on both sides, on one line or over several', async () => {
    expect(withoutKatexMarkup(await render('Sum {{< katex >}}x{{< /katex >}} inline.\n'))).toBe(
      '<p>Sum [katex x] inline.</p>',
    )
    expect(withoutKatexMarkup(await render('a {{< katex >}}\nx\n{{< /katex >}} b\n'))).toBe('<p>a [katex x] b</p>')
    expect(withoutKatexMarkup(await render('- a {{< katex >}}y{{< /katex >}} b\n'))).toBe(
      '<ul>\n<li>a [katex y] b</li>\n</ul>',
    )
  })
})

describe('refs inside other shortcodes', () => {
  it('lead to the page from a link inside a hint', async () => {
    expect(await render('{{< hint info >}}\nSee [Other]({{< ref "docs/other" >}}).\n{{< /hint >}}\n')).toBe(
      '<blockquote class="book-hint info"><p>See <a href="/docs/other/">Other</a>.</p></blockquote>',
    )
  })

  it('lead to the page from a link inside a tab', async () => {
    const html = await render(
      '{{< tabs "t" >}}\n{{< tab "A" >}}\nSee [Other]({{< relref "other" >}}).\n{{< /tab >}}\n{{< /tabs >}}\n',
    )
    expect(html).toContain('<p>See <a href="/docs/other/">Other</a>.</p>')
  })

  it('that lead nowhere are reported with their line', async () => {
    await render('{{< hint info >}}\nfirst\n\nSee [Gone]({{< ref "docs/gone" >}}).\n{{< /hint >}}\n')
    expect(lastWarnings.map((warning) => warning.split('\n')[0])).toEqual([
      expect.stringMatching(/docs\/a\.md:7: ref "docs\/gone" does not lead to any page$/),
    ])
  })
})

describe('positions and ids', () => {
  it('names the file’s own line in a warning after a shortcode of several lines', async () => {
    await render('{{< hint >}}\na\nb\n{{< /hint >}}\n\n[x](missing.md)\n')
    expect(lastWarnings.map((warning) => warning.split('\n')[0])).toEqual([
      expect.stringMatching(/docs\/a\.md:9: link to "missing\.md": no such page$/),
    ])
  })

  it('gives a heading holding a shortcode the id Hugo gives it (from Hugo’s placeholder, refs counted)', async () => {
    const html = await render(
      '[x]({{< ref "docs/other" >}}) {{< hint >}}a{{< /hint >}}\n\n## Sum {{< katex >}}x{{< /katex >}} here\n',
    )
    expect(html).toContain('<h2 id="sum-hahahugoshortcodes2hbhb-here">')
  })

  it('makes the id of a heading holding a {{% %}} shortcode from what it writes, as Hugo renders it before Markdown', async () => {
    const { html } = await renderMarkdownFile(
      '---\ntitle: Defined Toolchain\n---\n# {{% param "title" %}}\n\n## A {{% param "title" %}} and **b**\n\n## C {{< param "title" >}}\n',
      'docs/a.md',
      { contentDir, language: 'en' },
    )
    // Hugo 0.111 + hugo-book f8a0fc4 write these three ids for this page.
    expect(html.match(/<h[1-6] id="[^"]*"/g)).toEqual([
      '<h1 id="defined-toolchain"',
      '<h2 id="a-defined-toolchain-and-b"',
      '<h2 id="c-hahahugoshortcodes2hbhb"',
    ])
  })

  it('shows a shortcode written in code as it is written', async () => {
    expect(await render('`a {{< katex >}}x{{< /katex >}}`\n\n```\n- {{< hint >}}\n  b\n  {{< /hint >}}\n```\n')).toBe(
      '<p><code>a {{&#x3C; katex >}}x{{&#x3C; /katex >}}</code></p>\n<div class="code-block"><div class="code-block-bar"></div><pre tabindex="0"><code>- {{&#x3C; hint >}}\n  b\n  {{&#x3C; /hint >}}\n</code></pre></div>',
    )
  })
})

describe('nothing of a placeholder reaches a reader', () => {
  it('shows nothing of a comment holding shortcodes, as on the Hugo site (their output goes into the comment)', async () => {
    const html = await render(
      'Intro.\n\n<!--\n### Hidden\n\n{{< hint warning >}}\n**Warning:** inside.\n{{< /hint >}}\n\nMore.\n-->\n\n### Shown\n\nInline <!-- a {{< katex >}}x{{< /katex >}} b --> end.\n',
    )
    const visible = html.replace(/<!--.*?-->/gs, '')
    expect(visible).not.toMatch(/Warning|inside|More|-->|book-hint|katex/)
    expect(visible).toContain('Shown')
    expect(visible).toContain('<p>Inline  end.</p>')
  })

  it('stops the build, naming the page and the shortcode’s line, when one is left in the HTML', () => {
    const body = '\n\n\nfirst\n\n{{< hint >}}\nx\n{{< /hint >}}\n'
    const error = placeholderLeft(`<p>${placeholder('sc', 0)}</p>`, body, 'content/docs/a.md')
    expect(error.format()).toMatch(/^content\/docs\/a\.md:6: the shortcode \{\{< hint >\}\} could not be put back/)
  })

  it('stops the build on a page holding one of the characters placeholders are made of', async () => {
    await expect(render('a\n\nb \uFDD0 c\n')).rejects.toThrow(/U\+FDD0, a Unicode noncharacter/)
    await expect(render('a\n\nb \uFDD0 c\n')).rejects.toMatchObject({ file: expect.stringMatching(/a\.md$/), line: 6 })
  })
})
