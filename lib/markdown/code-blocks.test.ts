import { describe, expect, it } from 'vitest'
import { wordsFor } from '../i18n'
import { codeLanguage, DEFAULT_CODE_HIGHLIGHT, parseFenceAttributes } from './code-blocks'
import { createMarkdownProcessor, renderMarkdown, type MarkdownOptions } from './pipeline'

const lookup = { page: () => undefined, asset: () => undefined } as never

async function renderPage(markdown: string, highlight?: MarkdownOptions['highlight']) {
  const processor = createMarkdownProcessor({ words: wordsFor('en').words.markdown, highlight })
  return renderMarkdown(processor, markdown, { path: 'docs/code.md', displayPath: 'content/docs/code.md', lookup })
}

async function render(markdown: string, highlight?: MarkdownOptions['highlight']): Promise<string> {
  return (await renderPage(markdown, highlight)).html
}

/** The numbers a reader sees beside each line, and the lines marked. */
function lines(html: string): { number?: string; highlighted: boolean }[] {
  return [...html.matchAll(/<span class="line( highlighted)?"(?: data-line="(\d+)")?>/g)].map((match) => ({
    ...(match[2] ? { number: match[2] } : {}),
    highlighted: match[1] !== undefined,
  }))
}

describe('Hugo’s code block settings (markup.highlight and fence attributes)', () => {
  it('reads a fence’s attributes as Hugo writes them', () => {
    expect(parseFenceAttributes('{linenos=table,hl_lines=[2,"4-5"],linenostart=199}')).toEqual({
      lineNumbers: true,
      lineNumberStart: 199,
      highlightLines: [2, 4, 5],
    })
    expect(parseFenceAttributes('{linenos=false, hl_lines="1 3-4"}')).toEqual({
      lineNumbers: false,
      highlightLines: [1, 3, 4],
    })
    expect(parseFenceAttributes('{ LineNos=inline }')).toEqual({ lineNumbers: true, highlightLines: [] })
    expect(parseFenceAttributes('{hl_lines=2}')).toEqual({ highlightLines: [2] })
  })

  it('numbers no lines by default', async () => {
    const html = await render('```go\na\nb\n```\n')
    expect(html).not.toContain('line-numbers')
    expect(lines(html)).toEqual([{ highlighted: false }, { highlighted: false }])
  })

  it('numbers every block with lineNos, from lineNoStart; the numbers are attributes, not text that is copied', async () => {
    const html = await render('```go\na\nb\n```\n', {
      ...DEFAULT_CODE_HIGHLIGHT,
      lineNumbers: true,
      lineNumberStart: 7,
    })
    expect(html).toContain('<pre class="shiki shiki-themes github-light github-dark line-numbers"')
    expect(lines(html)).toEqual([
      { number: '7', highlighted: false },
      { number: '8', highlighted: false },
    ])
    expect(html.replace(/<[^>]+>/g, '')).not.toMatch(/7|8/)
  })

  it('follows a fence’s linenos, linenostart and hl_lines over the site’s settings', async () => {
    const html = await render(
      '```go {linenos=table,hl_lines=[2],linenostart=10}\na\nb\nc\n```\n\n```go {linenos=false}\nd\n```\n',
      { ...DEFAULT_CODE_HIGHLIGHT, lineNumbers: true },
    )
    const [first, second] = html.split('</pre>')
    expect(lines(first!)).toEqual([
      { number: '10', highlighted: false },
      { number: '11', highlighted: true },
      { number: '12', highlighted: false },
    ])
    expect(second).not.toContain('line-numbers')
    expect(lines(second!)).toEqual([{ highlighted: false }])
    // The attributes shape the lines only: none lands on the <pre> as text (`fence="[object Object]"`).
    expect(html.match(/<pre [^>]*>/g)?.join('')).not.toMatch(/object|fence/i)
  })

  it('uses the Shiki themes the site’s Chroma style maps to', async () => {
    const html = await render('```go\nfunc main() {}\n```\n', {
      ...DEFAULT_CODE_HIGHLIGHT,
      themes: { light: 'monokai', dark: 'monokai' },
    })
    expect(html).toContain('<pre class="shiki shiki-themes monokai monokai"')
  })

  it('reads a fence’s language in any case, as Hugo does (```YAML is coloured as ```yaml)', async () => {
    const colours = (html: string) => new Set(html.match(/--shiki-light:#[0-9A-Fa-f]{6}/g)).size
    for (const [written, code] of [
      ['YAML', 'key: value'],
      ['SQL', 'SELECT 1 FROM t;'],
      ['BASH', 'echo "$HOME"'],
      ['Go', 'package main'],
    ] as const) {
      const html = await render(`\`\`\`${written}\n${code}\n\`\`\`\n`)
      expect(colours(html), written).toBeGreaterThan(2) // the block's own colour, and its tokens'
      expect(html).toBe(await render(`\`\`\`${written.toLowerCase()}\n${code}\n\`\`\`\n`))
    }
    expect(await render('```Mermaid\ngraph TD; A-->B\n```\n')).toContain('class="mermaid"')
  })
})

describe('a code block’s language label', () => {
  /** Each block's frame: the language it is copied as and the name on its bar (undefined: no name). */
  function frames(html: string): { language?: string; name?: string }[] {
    const frame = /<div class="code-block"(?: data-language="([^"]+)")?><div class="code-block-bar">(.*?)<\/div>/g
    return [...html.matchAll(frame)].map(([, language, bar]) => {
      const name = /<span class="code-block-language">([^<]+)<\/span>/.exec(bar!)?.[1]
      return { ...(language ? { language } : {}), ...(name ? { name } : {}) }
    })
  }

  it('names the language readably, as Shiki knows it, whatever the fence’s word for it', async () => {
    const html = await render(
      [
        '```ts',
        'let a = 1',
        '```',
        '```bash',
        'ls',
        '```',
        '```Go',
        'package main',
        '```',
        '```console',
        '$ ls',
        '```',
      ].join('\n') + '\n',
    )
    expect(frames(html)).toEqual([
      { language: 'typescript', name: 'TypeScript' },
      { language: 'shellscript', name: 'Shell' },
      { language: 'go', name: 'Go' },
      { language: 'shellsession', name: 'Shell Session' },
    ])
  })

  it('gives a block without a language, or in plain text, an empty bar; an unknown language keeps the author’s word', async () => {
    const html = await render('```\nplain\n```\n\n```text\nplain\n```\n\n```gotmpl\n{{ .Title }}\n```\n')
    expect(frames(html)).toEqual([{}, {}, { language: 'gotmpl', name: 'gotmpl' }])
  })

  it('frames Hugo’s highlight shortcode’s block as a fence’s, and no diagram', async () => {
    const html = await render(
      '{{< highlight go >}}\npackage main\n{{< /highlight >}}\n\n```mermaid\ngraph TD; A-->B\n```\n',
    )
    expect(frames(html)).toEqual([{ language: 'go', name: 'Go' }])
    expect(html).not.toMatch(/code-block[^>]*>\s*<pre class="mermaid"/)
  })

  it('reads Hugo’s shell-session as a shell session', () => {
    expect(codeLanguage('shell-session')).toEqual({ id: 'shellsession', name: 'Shell Session' })
    expect(codeLanguage('TXT')).toBeUndefined()
  })

  it('keeps the label out of the page’s text, and tells the page it has code blocks', async () => {
    const { analysis } = await renderPage('Run it:\n\n```ts\nlet a = 1\n```\n')
    expect(analysis.plainText).not.toContain('TypeScript')
    expect(analysis.usesCodeBlocks).toBe(true)
    const plain = await renderPage('No code, a `span` only.\n\n```mermaid\ngraph TD; A-->B\n```\n')
    expect(plain.analysis.usesCodeBlocks).toBe(false)
  })
})
