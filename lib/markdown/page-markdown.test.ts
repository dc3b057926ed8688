import { describe, expect, it } from 'vitest'
import { pageMarkdown } from './page-markdown'

const page = (html: string) => pageMarkdown({ title: 'T', html, address: 'https://example.org/book/docs/a/' })

describe('a page’s HTML as Markdown', () => {
  it('fences a framed code block with the language its bar names, without the bar', () => {
    const framed =
      '<div class="code-block" data-language="go"><div class="code-block-bar"><span class="code-block-language">Go</span></div>' +
      '<pre class="shiki"><code><span class="line" data-line="1"><span>fmt.Println(</span><span>"hi"</span><span>)</span></span>\n' +
      '<span class="line" data-line="2"><span>  x</span></span></code></pre></div>'
    expect(page(framed)).toBe('# T\n\n```go\nfmt.Println("hi")\n  x\n```\n')
    expect(page('<pre><code class="language-sh">ls\n</code></pre>')).toBe('# T\n\n```sh\nls\n```\n')
  })

  it('writes an embed as a link named by its title, and HTML of the site’s own shortcodes as its text', () => {
    const embed =
      '<a class="book-embed book-embed-youtube" href="https://www.youtube.com/watch?v=x" target="_blank" rel="noopener noreferrer">' +
      '<svg class="book-embed-icon" aria-hidden="true"><path d="M0"></path></svg><span class="book-embed-text">' +
      '<span class="book-embed-title">A talk</span><span class="book-embed-open">Opens YouTube</span>' +
      '<span class="book-embed-url">youtube.com/watch?v=x</span></span></a>'
    expect(page(`<p>${embed}</p>`)).toBe('# T\n\n[A talk](https://www.youtube.com/watch?v=x)\n')
    expect(page('<p>Status: <span class="badge badge-new">New</span></p><div class="members"><p>Ann</p></div>')).toBe(
      '# T\n\nStatus: New\n\nAnn\n',
    )
  })

  it('keeps tables, and resolves links from the page: relative, root-relative and in-page ones', () => {
    expect(
      page(
        '<div class="table-wrapper"><table><thead><tr><th>A</th></tr></thead><tbody><tr><td><a href="../b/">b</a></td></tr></tbody></table></div>' +
          '<p><a href="/book/c/">c</a> <a href="#x">x</a> <a href="mailto:a@example.org">mail</a></p>',
      ),
    ).toBe(
      '# T\n\n| A |\n| - |\n| [b](https://example.org/book/docs/b/) |\n\n' +
        '[c](https://example.org/book/c/) [x](https://example.org/book/docs/a/#x) [mail](mailto:a@example.org)\n',
    )
  })
})
