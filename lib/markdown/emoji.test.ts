import { describe, expect, it } from 'vitest'
import { renderMarkdownFile } from '../../test/support/markdown'

const render = async (markdown: string, emoji: boolean | undefined) =>
  (await renderMarkdownFile(markdown, 'docs/page.md', { language: 'en', settings: { emoji } })).html

describe('emoji shortcodes (Hugo’s enableEmoji)', () => {
  it('turns GitHub’s names into emoji where Hugo 0.111 does: in text, in code, in a heading (and its id)', async () => {
    const markdown =
      ':smile: and `:smile:` and :+1: :thumbsup: :us: :white_check_mark: :no_such: :tada::smile: a:smile:b :Smile:\n\n' +
      '```\n:smile:\n```\n\n# Heading :smile:\n'
    // Hugo's HTML for the same Markdown, with enableEmoji = true; the code block in the book's frame (code-blocks.ts).
    expect(await render(markdown, true)).toBe(
      '<p>😄 and <code>😄</code> and 👍 👍 🇺🇸 ✅ :no_such: 🎉😄 a😄b :Smile:</p>\n' +
        '<div class="code-block"><div class="code-block-bar"></div><pre tabindex="0"><code>😄\n</code></pre></div>\n' +
        '<h1 id="heading-">Heading 😄</h1>',
    )
  })

  it('leaves the names as written when the site does not turn emoji on (Hugo’s default)', async () => {
    expect(await render(':smile: `:smile:`\n', undefined)).toBe('<p>:smile: <code>:smile:</code></p>')
  })
})
