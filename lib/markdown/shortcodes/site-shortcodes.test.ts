import { describe, expect, it } from 'vitest'
import { wordsFor } from '../../i18n'
import { createMarkdownProcessor, renderMarkdown } from '../pipeline'
import type { ShortcodeProps, SiteShortcode, SiteShortcodes } from './site-shortcode-api'

const NO_PAGES = { page: () => undefined, hasUrl: () => false, fileUrl: () => undefined }
const PAGE = { title: 'The team', url: '/docs/team/', filePath: 'docs/team.md', params: { weight: 3 } }

/** Renders `body` as content/docs/team.md with the given site shortcodes; returns the HTML and what each call received. */
async function render(body: string, renderers: Record<string, (props: ShortcodeProps) => string>, unsafeHtml = false) {
  const calls: ShortcodeProps[] = []
  const shortcodes: SiteShortcodes = {
    renderers: new Map(
      Object.entries(renderers).map(([name, render]): [string, SiteShortcode] => [
        name,
        {
          file: `site/shortcodes/${name}.tsx`,
          render: (props) => {
            calls.push(props)
            return render(props)
          },
        },
      ]),
    ),
    page: (filePath) => (filePath === PAGE.filePath ? PAGE : undefined),
    site: { title: 'Field Guide', language: 'en', data: {} },
  }
  const processor = createMarkdownProcessor({
    words: wordsFor('en').words.markdown,
    siteShortcodes: shortcodes,
    unsafeHtml,
  })
  const { html } = await renderMarkdown(processor, body, {
    path: 'docs/team.md',
    displayPath: 'site/content/docs/team.md',
    lookup: NO_PAGES,
  })
  return { html, calls }
}

const echo = (props: ShortcodeProps) => `<div class="echo">${props.inner}</div>`

describe('a site’s own shortcodes', () => {
  it('receive positional parameters by index and named ones by name, as Hugo’s .Get', async () => {
    const { calls } = await render('{{< show "first one" second >}}\n\n{{< show title="A title" open=true />}}', {
      show: () => '',
    })
    expect(calls.map((call) => call.params)).toEqual([
      { 0: 'first one', 1: 'second' },
      { title: 'A title', open: 'true' },
    ])
  })

  it('receive the inner content rendered from Markdown for {{% %}}, as written for {{< >}}, and nothing when not paired', async () => {
    const { calls } = await render(
      '{{% show %}}\n**bold** text\n{{% /show %}}\n\n{{< show >}}**as** <em>written</em>{{< /show >}}\n\n{{< show >}}',
      { show: () => '' },
    )
    expect(calls.map((call) => call.inner)).toEqual([
      '<p><strong>bold</strong> text</p>',
      '**as** <em>written</em>',
      '',
    ])
  })

  it('receive the page and the site they are called from', async () => {
    const { calls } = await render('{{< show >}}', { show: () => '' })
    expect(calls[0]).toMatchObject({ page: PAGE, site: { title: 'Field Guide', language: 'en' } })
  })

  it('put their HTML in the page as the site wrote it (trusted, like hugo-book’s own), nested shortcodes included', async () => {
    const box = (props: ShortcodeProps) =>
      `<aside id="box" style="color: red" data-kind="${props.params['0']}">${props.inner}</aside>`
    const label = (props: ShortcodeProps) => `<span class="label">${props.inner}</span>`
    const { html } = await render('{{% box outer %}}\nBefore {{< label >}}x{{< /label >}}\n{{% /box %}}', {
      box,
      label,
    })
    expect(html).toBe(
      '<aside id="box" style="color: red" data-kind="outer"><p>Before <span class="label">x</span></p></aside>',
    )
  })

  it('get the author’s raw HTML inside the call sanitised, as on the page, unless the site allows unsafe HTML', async () => {
    const inner = '{{< echo >}}<b onclick="steal()">hi</b><script>steal()</script>{{< /echo >}}'
    expect((await render(inner, { echo })).calls[0]!.inner).toBe('<b>hi</b>')
    expect((await render(inner, { echo }, true)).calls[0]!.inner).toBe(
      '<b onclick="steal()">hi</b><script>steal()</script>',
    )
  })

  it('win over hugo-book’s shortcode of the same name, as a site’s layouts/shortcodes do in Hugo', async () => {
    expect(
      (
        await render('{{< hint info >}}x{{< /hint >}}', {
          hint: (props) => `<p class="own-hint">${props.params['0']}: ${props.inner}</p>`,
        })
      ).html,
    ).toBe('<p class="own-hint">info: x</p>')
  })

  it('stop the build with the content file:line of the call and the module when they throw', async () => {
    const boom = () => {
      throw new Error('names is not a list\n    at Members (members.tsx:3)')
    }
    await expect(render('Text.\n\n{{< members names=1 >}}', { members: boom })).rejects.toMatchObject({
      name: 'ContentError',
      file: 'site/content/docs/team.md',
      line: 3,
      message: 'shortcode {{< members >}} on line 3 failed in site/shortcodes/members.tsx: names is not a list',
    })
  })

  it('render Markdown they cut from their content with the page’s chain (missing-web’s auto_columns: split on <---> | markdownify)', async () => {
    const columns = (props: ShortcodeProps) =>
      props.inner
        .split('<--->')
        .map((part) => `<div class="column">${props.markdown(part)}</div>`)
        .join('')
    const { html } = await render(
      '{{< columns2 >}}\n## Left side\n\n- *one*\n<--->\n1. [two](https://example.org/)\n{{< /columns2 >}}',
      { columns2: columns },
      true,
    )
    expect(html).toBe(
      '<div class="column"><h2 id="left-side">Left side<a class="heading-anchor" href="#left-side" aria-label="Link to “Left side”">#</a></h2>\n<ul>\n<li><em>one</em></li>\n</ul></div>' +
        '<div class="column"><ol>\n<li><a href="https://example.org/">two</a></li>\n</ol></div>',
    )
  })

  it('render shortcodes written in the Markdown they render, and inline Markdown without its paragraph', async () => {
    const { html } = await render('{{< card >}}', {
      card: (props) =>
        `<div>${props.markdown('**Bold** {{< badge >}}')}<span>${props.inlineMarkdown('*label*')}</span></div>`,
      badge: () => '<b class="badge">B</b>',
    })
    expect(html).toBe('<div><p><strong>Bold</strong> <b class="badge">B</b></p><span><em>label</em></span></div>')
  })
})
