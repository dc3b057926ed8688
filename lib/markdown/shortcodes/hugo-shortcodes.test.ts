import { describe, expect, it } from 'vitest'
import { formatWarning } from '../../diagnostics/build-warnings'
import { sitesOfBuild, writeFixture } from '../../../test/support/content'
import { renderMarkdownFile } from '../../../test/support/markdown'
import { wordsFor } from '../../i18n'
import { createMarkdownProcessor, renderMarkdown } from '../pipeline'
import type { ContentLookup } from '../source'
import { innerDeindent } from './context'
import { parseShortcodes } from './parse'

/**
 * Hugo's own shortcodes (Hugo 0.111's tpl/tplimpl/embedded/templates/shortcodes/): the expected
 * HTML is what Hugo's templates write for the same call, apart from the differences the manual lists.
 */

// As lib/content/lookup.ts answers for a site under /repo with content/channel/beside.png and static/channel/assets/1.png.
const lookup: ContentLookup = {
  page: () => undefined,
  hasUrl: () => false,
  fileUrl: (contentPath) => (contentPath === 'channel/beside.png' ? '/repo/channel/beside.png' : undefined),
  resolveFromPage: (_fromFile, url) => (url === '../assets/1.png' ? 'file' : undefined),
}
const processor = createMarkdownProcessor({ words: wordsFor('en').words.markdown })

/** The warnings of the page rendered last. */
let warnings: string[] = []
const renderPage = async (markdown: string) => {
  const rendered = await renderMarkdown(processor, markdown, {
    path: 'channel/struct.md',
    displayPath: 'content/channel/struct.md',
    lookup,
  })
  warnings = rendered.warnings.map(formatWarning)
  return rendered
}
const render = async (markdown: string) => (await renderPage(markdown)).html

describe('figure', () => {
  it('writes every parameter as Hugo’s template does: link, target, rel, class, size, title, Markdown caption and attribution', async () => {
    const html = await render(
      '{{< figure src="https://cdn.example.org/a.png" link="https://example.org/" target="_blank" rel="noopener" alt="A map" ' +
        'title="The map" caption="Drawn **by hand**" attr="Ada *L.*" attrlink="https://ada.example" class="wide center" width="300" height="200" >}}',
    )
    expect(html).toBe(
      '<figure class="wide center"><a href="https://example.org/" target="_blank" rel="noopener">' +
        '<img src="https://cdn.example.org/a.png" alt="A map" width="300" height="200" loading="lazy" decoding="async"></a>' +
        '<figcaption><h4>The map</h4><p>Drawn <strong>by hand</strong> <a href="https://ada.example">Ada <em>L.</em></a></p></figcaption></figure>',
    )
    expect(warnings).toEqual([])
  })

  it('takes the caption as text for alt, joins caption and attr without a link as Hugo does, and escapes the title', async () => {
    expect(
      await render(
        '{{< figure src="https://x.org/a.png" title="<i>T</i>" caption="A [link](https://x.org)" attr="Me" >}}',
      ),
    ).toBe(
      // The image in a link to its file, for the zoom (lib/markdown/image-links.ts); Hugo's has none.
      '<figure><a href="https://x.org/a.png" class="image-zoom"><img src="https://x.org/a.png" alt="A link" loading="lazy" decoding="async"></a>' +
        '<figcaption><h4>&#x3C;i>T&#x3C;/i></h4><p>A <a href="https://x.org">link</a>Me</p></figcaption></figure>',
    )
    // No caption, no title, no attr: no figcaption; an image always has an alt here.
    expect(await render('{{< figure src="https://x.org/a.png" >}}')).toBe(
      '<figure><a href="https://x.org/a.png" class="image-zoom" aria-label="View the full-size image">' +
        '<img src="https://x.org/a.png" alt="" loading="lazy" decoding="async"></a></figure>',
    )
  })

  it('finds its image as a Markdown image is found: beside the page, from the page’s URL, under the base path', async () => {
    expect(await render('{{< figure src="beside.png" >}}')).toContain('<img src="/repo/channel/beside.png"')
    expect(await render('{{< figure src="../assets/1.png" >}}')).toContain('<img src="../assets/1.png"')
    expect(warnings).toEqual([])
  })

  it('shows a missing image’s description and warns with the figure’s line, inside another shortcode too', async () => {
    const html = await render(
      'Text.\n\n{{< hint >}}\nMore.\n\n{{< figure src="lost.png" caption="The plan" >}}\n{{< /hint >}}',
    )
    expect(html).toContain('<figure><span class="image-missing">')
    expect(warnings).toEqual([
      expect.stringMatching(/^warning: content\/channel\/struct\.md:6: image "lost\.png" not found/),
    ])
  })

  it('keeps its title out of the headings: no id, no anchor, not in the table of contents', async () => {
    const { html, analysis } = await renderPage(
      '## Section\n\n{{< figure src="https://x.org/a.png" title="Figure 1" >}}',
    )
    expect(html).toContain('<figcaption><h4>Figure 1</h4></figcaption>')
    expect(analysis.headings).toEqual([{ level: 2, text: 'Section', id: 'section' }])
  })
})

describe('highlight', () => {
  const code = 'package main\n\nfunc main() {\n\tprintln(1)\n}'

  it('makes the code block the same fence makes: coloured, numbered from linenostart, hl_lines marked', async () => {
    const shortcode = await render(
      `{{< highlight go "linenos=table,hl_lines=2 4-5,linenostart=199" >}}\n${code}\n{{< /highlight >}}`,
    )
    expect(shortcode).toBe(await render(`\`\`\`go {linenos=table,hl_lines=[2,"4-5"],linenostart=199}\n${code}\n\`\`\``))
    const lines = [...shortcode.matchAll(/<span class="line( highlighted)?" data-line="(\d+)"/g)].map(
      ([, marked, number]) => `${number}${marked ? '*' : ''}`,
    )
    expect(lines).toEqual(['199', '200*', '201', '202*', '203*'])
  })

  it('reads the language in any case, and takes no options or no language', async () => {
    expect(await render('{{< highlight YAML >}}\na: 1\n{{< /highlight >}}')).toBe(await render('```yaml\na: 1\n```'))
    expect(await render('{{< highlight >}}\nplain\n{{< /highlight >}}')).toBe(await render('```\nplain\n```'))
  })

  it('keeps the code’s indentation, taking off only the opening tag’s own (Hugo’s InnerDeindent)', async () => {
    expect(await render('{{< highlight python >}}\n  a = 1\n    b = 2\n{{< /highlight >}}')).toBe(
      await render('```python\n  a = 1\n    b = 2\n```'),
    )
    // Indented in a list item: that indentation is not part of the code.
    const source = '- item\n\n  {{< highlight python >}}\n  a = 1\n    b = 2\n  {{< /highlight >}}'
    const node = parseShortcodes(source).children.find((child) => child.type === 'shortcode')!
    expect(innerDeindent(source, node)).toBe('\na = 1\n  b = 2\n')
  })
})

describe('param', () => {
  // The site and page of a Hugo 0.111 build whose output the expectations copy (see the manual).
  const siteParams = {
    author: 'Site Author',
    color: 'site-blue',
    Mixed: 'MixedCase',
    html: '<b>bold</b> & **md**',
    nested: { deep: 'site deep', only: 'site only' },
  }
  const frontMatter = [
    'title: P',
    'Color: page-red',
    'float: 1.5',
    'draft: false',
    'date: 2023-01-02',
    'list: [a, b]',
    'nested:',
    '  deep: page deep',
    '  Inner:',
    '    K: v',
  ].join('\n')
  const renderParams = async (body: string) => {
    const rendered = await renderMarkdownFile(`---\n${frontMatter}\n---\n${body}`, 'docs/p.md', {
      language: 'en',
      siteParams,
    })
    warnings = rendered.warnings
    return rendered.html
  }

  it('takes the page’s param, else the site’s, by any case and by dotted path, printed as Go prints it', async () => {
    const names = ['COLOR', 'author', 'Mixed', 'mixed', 'nested.deep', 'nested.only', 'nested.inner.k', 'float']
    const more = ['title', 'date', 'list', 'nested']
    expect(await renderParams(`P: ${[...names, ...more].map((name) => `{{< param "${name}" >}}`).join(' | ')}`)).toBe(
      '<p>P: page-red | Site Author | MixedCase | MixedCase | page deep | site only | v | 1.5 | P | ' +
        '2023-01-02 00:00:00 +0000 UTC | [a b] | map[deep:page deep inner:map[k:v]]</p>',
    )
    expect(warnings).toEqual([])
  })

  it('shows HTML in a param as text with {{< >}}, and reads it as Markdown with {{% %}}', async () => {
    expect(await renderParams('{{< param "html" >}}\n\n{{% param "html" %}}')).toBe(
      '<p>&#x3C;b>bold&#x3C;/b> &#x26; **md**</p>\n<p>&#x3C;b>bold&#x3C;/b> &#x26; <strong>md</strong></p>',
    )
  })

  it('warns with the line where Hugo stops the build: no such param, a false one, no name', async () => {
    const html = await renderParams('A {{< param "nope" >}}.\n\n{{< param "draft" >}}\n\n{{< param >}}')
    expect(html.trim()).toBe('<p>A .</p>')
    expect(warnings.map((warning) => warning.split('\n')[0])).toEqual([
      expect.stringMatching(
        /docs\/p\.md:13: param "nope" not found in the page's front matter nor in the site's params/,
      ),
      expect.stringMatching(/docs\/p\.md:15: param "draft" is false, which Hugo's param shortcode takes for not found/),
      expect.stringMatching(/docs\/p\.md:17: param without a name/),
    ])
  })
})

describe('param through the build', () => {
  it('reads the page’s front matter and the Hugo site’s [params], its language’s laid over them', async () => {
    const siteDir = writeFixture({
      'hugo.toml': [
        'baseURL = "https://example.org/"',
        'title = "Params"',
        'defaultContentLanguage = "en"',
        '[params]',
        '  author = "Site Author"',
        '  release = 2023-01-02T10:00:00+08:00',
        '[languages.en]',
        '  [languages.en.params]',
        '    edition = "English edition"',
      ].join('\n'),
      'content/docs/p.md':
        '+++\ntitle = "P"\nversion = "1.2"\n+++\n\nV: {{< param "version" >}} / {{< param "author" >}} / {{< param "edition" >}} / {{< param "release" >}}',
    })
    const [site] = [...(await sitesOfBuild({ HUGO_SITE: siteDir })).values()]
    expect(site!.page('/docs/p/')!.html).toContain(
      '<p>V: 1.2 / Site Author / English edition / 2023-01-02 10:00:00 +0800 +0800</p>',
    )
  })
})

describe('embeds', () => {
  /** Each box as [kind, href, title]: what the reader sees and where the link leads. */
  const boxes = (html: string) =>
    [
      ...html.matchAll(
        /<a class="book-embed book-embed-(\w+)[^"]*" href="([^"]+)" target="_blank" rel="noopener noreferrer">.*?<span class="book-embed-title">([^<]*)<\/span>/g,
      ),
    ].map(([, kind, href, title]) => [kind, href, title])

  it('links to the content on its site, with Hugo 0.111’s parameters, positional or named', async () => {
    const html = await render(
      [
        '{{< youtube w7Ft2ymGmfc >}}',
        '{{< youtube id="w7Ft2ymGmfc" title="The talk" autoplay="true" >}}',
        '{{< vimeo 146022717 >}}',
        '{{< vimeo 146022717 wide "Vimeo title" >}}',
        '{{< vimeo id="146022717" title="Named" >}}',
        '{{< gist spf13 7896402 >}}',
        '{{< gist spf13 7896402 "img.html" >}}',
        '{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}',
        '{{< twitter SanDiegoZoo 1453110110599868418 >}}',
        '{{< x user="SanDiegoZoo" id="1453110110599868418" >}}',
        '{{< instagram BWNjjyYFxVx hidecaption >}}',
      ].join('\n\n'),
    )
    expect(boxes(html)).toEqual([
      ['youtube', 'https://www.youtube.com/watch?v=w7Ft2ymGmfc', 'YouTube video'],
      ['youtube', 'https://www.youtube.com/watch?v=w7Ft2ymGmfc', 'The talk'],
      ['vimeo', 'https://vimeo.com/146022717', 'Vimeo video'],
      ['vimeo', 'https://vimeo.com/146022717', 'Vimeo title'],
      ['vimeo', 'https://vimeo.com/146022717', 'Named'],
      ['gist', 'https://gist.github.com/spf13/7896402', 'GitHub gist'],
      ['gist', 'https://gist.github.com/spf13/7896402#file-img-html', 'spf13/img.html'],
      ['x', 'https://x.com/SanDiegoZoo/status/1453110110599868418', 'Post on X'],
      ['x', 'https://x.com/SanDiegoZoo/status/1453110110599868418', 'Post on X'],
      ['x', 'https://x.com/SanDiegoZoo/status/1453110110599868418', 'Post on X'],
      ['instagram', 'https://www.instagram.com/p/BWNjjyYFxVx/', 'Instagram post'],
    ])
    expect(warnings).toEqual([])
  })

  it('loads nothing from the other site: no frame, script or image, only a link the reader may follow', async () => {
    const html = await render(
      '{{< youtube w7Ft2ymGmfc >}}\n\n{{< gist spf13 7896402 >}}\n\n{{< instagram BWNjjyYFxVx >}}',
    )
    expect(html).not.toMatch(/<(iframe|script|img|object|embed)\b|\ssrc=/)
    // The address is shown, so the reader knows where the link goes, and the box says what it does.
    expect(html).toContain(
      '<span class="book-embed-open">Watch on YouTube</span><span class="book-embed-url">youtube.com/watch?v=w7Ft2ymGmfc</span>',
    )
  })

  it('keeps the author’s class, a lone tweet id as Hugo sends it, and the page’s language', async () => {
    expect(await render('{{< youtube w7Ft2ymGmfc "my-video" >}}')).toContain(
      '<a class="book-embed book-embed-youtube my-video"',
    )
    // Hugo 0.111 sends a lone id to the user "x", whose address the site redirects to the post.
    expect(boxes(await render('{{< tweet 1453110110599868418 >}}'))).toEqual([
      ['x', 'https://x.com/x/status/1453110110599868418', 'Post on X'],
    ])
    const german = createMarkdownProcessor({ words: wordsFor('de').words.markdown })
    const rendered = await renderMarkdown(german, '{{< youtube w7Ft2ymGmfc >}}', {
      path: 'a.md',
      displayPath: 'content/a.md',
      lookup,
    })
    expect(boxes(rendered.html)).toEqual([['youtube', 'https://www.youtube.com/watch?v=w7Ft2ymGmfc', 'YouTube-Video']])
    expect(rendered.html).toContain('Auf YouTube ansehen')
  })

  it('warns with the line, and shows nothing, for an id that is missing or could change the address', async () => {
    const html = await render(
      'Intro.\n\n{{< youtube >}}\n\n{{< vimeo "../evil" >}}\n\n{{< gist spf13 >}}\n\n{{< x user="a b" id="1" >}}',
    )
    expect(html.trim()).toBe('<p>Intro.</p>')
    expect(warnings.map((warning) => warning.split('\n')[0])).toEqual([
      'warning: content/channel/struct.md:3: youtube without the video’s id: it shows nothing',
      'warning: content/channel/struct.md:5: vimeo: "../evil" is not the video’s id: it shows nothing',
      'warning: content/channel/struct.md:7: gist without the gist’s id: it shows nothing',
      'warning: content/channel/struct.md:9: x: "a b" is not the user: it shows nothing',
    ])
  })
})
