import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { BuildErrors } from './BuildErrors'

describe('the build errors panel of npm run dev', () => {
  const html = renderToStaticMarkup(
    <BuildErrors
      errors={{
        problems: [
          { where: 'content/docs/a.md:3', message: 'weight: expected a whole number', hint: 'write weight: 10' },
          { where: 'content/docs/b.mdx:7:1', message: 'MDX: Expected a closing tag' },
        ],
        stop: 'The build stopped: 2 problems in the content (listed above).',
      }}
    />,
  )

  it('is an alert named by its heading, which takes no focus of its own accord', () => {
    expect(html).toMatch(/^<section class="dev-build-errors" role="alert" aria-labelledby="dev-build-errors-title"/)
    expect(html).toContain('<h2 id="dev-build-errors-title">Build error</h2>')
    expect(html).not.toContain('autofocus')
  })

  it('shows each problem as the terminal prints it: where, what, the fix, then why the build stopped', () => {
    const text = html.replace(/<!-- -->/g, '')
    expect(text).toContain(
      '<li><p><code>content/docs/a.md:3</code></p><p>weight: expected a whole number</p><p class="dev-build-errors-fix">fix: write weight: 10</p></li>',
    )
    expect(text).toContain('<li><p><code>content/docs/b.mdx:7:1</code></p><p>MDX: Expected a closing tag</p></li>')
    expect(text).toContain('✗ The build stopped: 2 problems in the content (listed above).</p></section>')
  })
})
