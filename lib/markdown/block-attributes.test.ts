import { describe, expect, it } from 'vitest'
import { renderMarkdownFile } from '../../test/support/markdown'

const render = async (markdown: string, blockAttributes = true) =>
  (await renderMarkdownFile(markdown, 'docs/page.md', { language: 'en', settings: { blockAttributes } })).html

/** Line breaks are not what the comparison is about: goldmark and this chain break lines in other places. */
const withoutLineBreaks = (html: string) => html.replace(/\n/g, '')

describe('block attributes (Hugo’s markup.goldmark.parser.attribute.block)', () => {
  it('puts a `{…}` line’s attributes on the list, paragraph, quote, table or rule above it, as Hugo 0.111 does', async () => {
    // missing-web's lettered lists, and the other blocks goldmark gives attributes to.
    const markdown = [
      '1. one\n2. two\n{.alph}   ',
      '- a\n- b\n{.cls #lid}',
      'Para\n{.pc}',
      '> quote\n{.qc}',
      '| a | b |\n|---|---|\n| 1 | 2 |\n{.tc}',
      '---\n{.hr}',
    ].join('\n\n')
    // Hugo's HTML for the same Markdown (the table inside this project's scrolling box).
    const hugo = `<ol class="alph"><li>one</li><li>two</li></ol>
<ul class="cls" id="lid"><li>a</li><li>b</li></ul>
<p class="pc">Para</p>
<blockquote class="qc"><p>quote</p></blockquote>
<div class="table-scroll" tabindex="0" role="region" aria-label="Table"><table class="tc"><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></div>
<hr class="hr">`
    expect(withoutLineBreaks(await render(`${markdown}\n`))).toBe(withoutLineBreaks(hugo))
  })

  it('drops a `{…}` line after a heading, a code fence or a blank line, and finds the block a quote’s or item’s line closes', async () => {
    const markdown = [
      '## Head\n{.hc #other}',
      '```go\nx\n```\n{.fc}',
      'Para\n\n{.alone}',
      '1. one\n2. two\n   {.inner}',
      '> > inner\n> {.q1}',
      '- a\n\n  b\n{.loose}',
      'Text with {.notattr} inside\n{data-x="1" title="A title" .c1 .c2}',
    ].join('\n\n')
    // Hugo's HTML for the same Markdown, but for the code block, coloured and framed otherwise, and the heading's
    // anchor; a tight item's
    // paragraph has no element to carry its attributes.
    const hugo = `<h2 id="head">Head<a class="heading-anchor" href="#head" aria-label="Link to “Head”">#</a></h2>
<p>Para</p>
<ol><li>one</li><li>two</li></ol>
<blockquote><blockquote class="q1"><p>inner</p></blockquote></blockquote>
<ul class="loose"><li><p>a</p><p>b</p></li></ul>
<p data-x="1" title="A title" class="c1 c2">Text with {.notattr} inside</p>`
    const html = withoutLineBreaks(await render(`${markdown}\n`))
    const codeBlock =
      /<div class="code-block"[^>]*><div class="code-block-bar">.*?<\/div><pre[^>]*><code>.*?<\/code><\/pre><\/div>/
    expect(html).toMatch(new RegExp(`</h2>${codeBlock.source}<p>Para`))
    expect(html.replace(codeBlock, '')).toBe(withoutLineBreaks(hugo))
  })

  it('leaves `{…}` lines as text when the setting is off, Hugo’s default', async () => {
    expect(await render('Para\n{.pc}\n', false)).toBe('<p>Para\n{.pc}</p>')
  })
})
