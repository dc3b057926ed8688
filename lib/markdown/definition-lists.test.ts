import { describe, expect, it } from 'vitest'
import { renderMarkdownFile } from '../../test/support/markdown'
import type { MarkdownOptions } from './pipeline'

const render = async (markdown: string, settings: Pick<MarkdownOptions, 'definitionList' | 'typographer'> = {}) =>
  (await renderMarkdownFile(markdown, 'docs/page.md', { language: 'en', settings })).html

/** Line breaks are not what the comparison is about: goldmark and this chain break lines in other places. */
const withoutLineBreaks = (html: string) => html.replace(/\n/g, '')

describe('definition lists (goldmark’s definitionList extension, on by default in Hugo)', () => {
  it('renders terms and tight and loose definitions, with Markdown inside, as Hugo 0.111 does', async () => {
    const markdown = [
      'Term\n: Definition',
      'Term 1\nTerm 2\n: Definition a\n: Definition b',
      'Loose term\n\n: Loose definition\n\n    Second paragraph of it.\n\n: Another',
      '*Emphasis* term with `code`\n:   Definition with **bold** and a [link](http://x).\n\n    - a list inside\n    - two',
      'Paragraph before.\nTerm after paragraph line\n: Def',
    ].join('\n\n')
    // Hugo's HTML for the same Markdown.
    const hugo = `<dl>
<dt>Term</dt>
<dd>Definition</dd>
<dt>Term 1</dt>
<dt>Term 2</dt>
<dd>Definition a</dd>
<dd>Definition b</dd>
<dt>Loose term</dt>
<dd>
<p>Loose definition</p>
<p>Second paragraph of it.</p>
</dd>
<dd>
<p>Another</p>
</dd>
<dt><em>Emphasis</em> term with <code>code</code></dt>
<dd>Definition with <strong>bold</strong> and a <a href="http://x">link</a>.
<ul>
<li>a list inside</li>
<li>two</li>
</ul>
</dd>
<dt>Paragraph before.</dt>
<dt>Term after paragraph line</dt>
<dd>Def</dd>
</dl>`
    expect(withoutLineBreaks(await render(`${markdown}\n`))).toBe(withoutLineBreaks(hugo))
  })

  it('reads one in a blockquote, and leaves `:` without a space after it as text', async () => {
    expect(withoutLineBreaks(await render('> Quote term\n> : Quote def\n\nTerm\n:Def without space\n'))).toBe(
      '<blockquote><dl><dt>Quote term</dt><dd>Quote def</dd></dl></blockquote><p>Term:Def without space</p>',
    )
  })

  it('keeps a list written at the definition’s own indentation one list across its items’ indented paragraphs', async () => {
    // arcion-docs' write modes: the list's items start where the definition's text does (two spaces).
    const markdown = 'SWAP\n: \n  Intro.\n\n  1. one\n  2. two\n\n     a. sub\n     \n     b. sub\n  3. three\n'
    // Hugo's HTML for the same Markdown.
    const hugo = `<dl>
<dt>SWAP</dt>
<dd>Intro.
<ol>
<li>
<p>one</p>
</li>
<li>
<p>two</p>
<p>a. sub</p>
<p>b. sub</p>
</li>
<li>
<p>three</p>
</li>
</ol>
</dd>
</dl>`
    expect(withoutLineBreaks(await render(markdown))).toBe(withoutLineBreaks(hugo))
  })

  it('leaves a `:` alone on its line as text, as goldmark does (it needs a space after the colon)', async () => {
    // The Notepad++ manual: a bold line, a bare `:`, then a code fence.
    const markdown = '**Data Structure**\n:\n```\nnamespace X\n```\n\nT2\n:\ntext after\n\nT3\n: \n\nAfter.\n'
    // Hugo's HTML for the same Markdown (Hugo's <pre> has a tabindex and no trailing newline before <p>),
    // the code block in the book's frame (code-blocks.ts).
    const hugo = `<p><strong>Data Structure</strong>
:</p>
<div class="code-block"><div class="code-block-bar"></div><pre tabindex="0"><code>namespace X
</code></pre></div>
<p>T2
:
text after</p>
<dl>
<dt>T3</dt>
<dd></dd>
</dl>
<p>After.</p>`
    expect(withoutLineBreaks(await render(markdown))).toBe(withoutLineBreaks(hugo))
  })

  it('sets the typographer on terms as on other text', async () => {
    expect(await render('Term "quoted" -- dash\n: Def "quoted" -- dash\n', { typographer: {} })).toMatch(
      /^<dl>\s*<dt>Term “quoted” – dash<\/dt>\s*<dd>Def “quoted” – dash\s*<\/dd>\s*<\/dl>$/,
    )
  })

  it('leaves the lines as a paragraph with Hugo’s `definitionList = false`', async () => {
    expect(await render('Term\n: Definition\n', { definitionList: false })).toBe('<p>Term\n: Definition</p>')
  })
})
