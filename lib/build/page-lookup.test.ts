import { describe, expect, it } from 'vitest'
import { createContentLookup } from '../content/lookup'
import { wordsFor } from '../i18n'
import { createMarkdownProcessor, renderMarkdown } from '../markdown/pipeline'
import { resolveRef } from '../markdown/shortcodes/builtins/refs'

/**
 * Pages found as Hugo finds them, for `ref`/`relref` and for links to `.md` files. Every expected
 * value comes from Hugo 0.111.3 with hugo-book f8a0fc4 (`BookPortableLinks = true`,
 * `refLinksErrorLevel = "WARNING"`, `refLinksNotFoundURL = "NOTFOUND"`): a site of exactly these
 * files whose pages list `{{< relref "<target>" >}}` and `[lnk](<target>)` for every target,
 * built with `hugo`, and the href Hugo wrote read from its HTML. For refs: `undefined` where Hugo
 * wrote NOTFOUND (`page not found`), a list where it logged `page reference "…" is ambiguous`
 * (Hugo names no candidates; the list is what this project names). For links: where Hugo found no
 * page it kept the link as written (and warned `Page '…' not found`).
 */

/** Sections with _index.md (docs, docs/Guide, docs/Deep, docs/Deep/Er), a folder that is not one (docs/plain),
 * a top-level folder without _index.md (notes), bundles, a .markdown file, two Dup.md. */
const SITE = [
  { filePath: '_index.md', url: '/' },
  { filePath: 'about.md', url: '/about/' },
  { filePath: 'docs/0001.Two-Sum.md', url: '/docs/0001.two-sum/' },
  { filePath: 'docs/Deep/Er/_index.md', url: '/docs/deep/er/' },
  { filePath: 'docs/Deep/Er/leaf.md', url: '/docs/deep/er/leaf/' },
  { filePath: 'docs/Deep/_index.md', url: '/docs/deep/' },
  { filePath: 'docs/Guide/Dup.md', url: '/docs/guide/dup/' },
  { filePath: 'docs/Guide/Install.md', url: '/docs/guide/install/' },
  { filePath: 'docs/Guide/Setup.md', url: '/docs/guide/setup/' },
  { filePath: 'docs/Guide/_index.md', url: '/docs/guide/' },
  { filePath: 'docs/MyBundle/index.md', url: '/docs/mybundle/' },
  { filePath: 'docs/Other.md', url: '/docs/other/' },
  { filePath: 'docs/_index.md', url: '/docs/' },
  { filePath: 'docs/from.md', url: '/docs/from/' },
  { filePath: 'docs/notes.markdown', url: '/docs/notes/' },
  { filePath: 'docs/plain/Dup.md', url: '/docs/plain/dup/' },
  { filePath: 'docs/plain/page.md', url: '/docs/plain/page/' },
  { filePath: 'docs/v1.2/index.md', url: '/docs/v1.2/' },
  { filePath: 'notes/x.md', url: '/notes/x/' },
]

/** No _index.md at the root nor in guide/ (both sections all the same), a page named like a taxonomy, Chinese names. */
const SITE_WITHOUT_ROOT_INDEX = [
  { filePath: 'About/index.md', url: '/about/' },
  { filePath: 'blog/Tags.md', url: '/blog/tags/' },
  { filePath: 'blog/_index.md', url: '/blog/' },
  { filePath: 'blog/guide.md', url: '/blog/guide/' },
  { filePath: 'guide/Intro.md', url: '/guide/intro/' },
  { filePath: 'guide/deep/Leaf.md', url: '/guide/deep/leaf/' },
  { filePath: '中文/Ab.md', url: '/中文/ab/' },
  { filePath: '中文/页面.md', url: '/中文/页面/' },
]

const options = { language: 'en', contentFolder: 'content', taxonomies: ['categories', 'tags'] }
const lookups = [
  createContentLookup({ pages: SITE, assets: [] }, options),
  createContentLookup({ pages: SITE_WITHOUT_ROOT_INDEX, assets: [] }, options),
] as const

type RefRow = [from: string, target: string, hugo: string | string[] | undefined]

function refOutcomes(lookup: (typeof lookups)[number], rows: RefRow[]): RefRow[] {
  return rows.map(([from, target]) => {
    const found = resolveRef(lookup, from, target)
    if ('url' in found) return [from, target, found.url]
    const candidates = lookup.ref(from, target.replace(/#.*$/, ''))
    return [from, target, candidates && 'ambiguous' in candidates ? candidates.ambiguous : undefined]
  })
}

describe('ref and relref find pages as Hugo 0.111 does', () => {
  it('in any case, relative to the page (a bundle: its parent folder) then to the content root, a bare name by base name', () => {
    const rows: RefRow[] = [
      ['docs/from.md', 'docs/guide/setup', '/docs/guide/setup/'],
      ['docs/from.md', 'docs/Guide/Setup.md', '/docs/guide/setup/'],
      ['docs/from.md', '/docs/guide/setup', '/docs/guide/setup/'],
      ['docs/from.md', 'Setup', '/docs/guide/setup/'],
      ['docs/from.md', 'Setup.md', '/docs/guide/setup/'],
      ['docs/from.md', 'setup', '/docs/guide/setup/'],
      ['docs/from.md', '/Setup', '/docs/guide/setup/'],
      ['docs/from.md', '/setup.md', '/docs/guide/setup/'],
      ['docs/from.md', 'Dup', ['docs/Guide/Dup.md', 'docs/plain/Dup.md']],
      ['docs/from.md', 'Dup.md', ['docs/Guide/Dup.md', 'docs/plain/Dup.md']],
      ['docs/from.md', '/Dup', ['docs/Guide/Dup.md', 'docs/plain/Dup.md']],
      ['docs/from.md', 'guide/setup', '/docs/guide/setup/'],
      ['docs/from.md', './guide/setup', '/docs/guide/setup/'],
      ['docs/from.md', '../docs/guide/setup', '/docs/guide/setup/'],
      ['docs/from.md', 'Guide', '/docs/guide/'],
      ['docs/from.md', 'docs/guide', '/docs/guide/'],
      ['docs/from.md', 'docs/guide/', '/docs/guide/'],
      ['docs/from.md', '/docs/guide/', '/docs/guide/'],
      ['docs/from.md', 'docs/guide/_index.md', '/docs/guide/'],
      ['docs/from.md', 'docs/guide/_index', undefined],
      ['docs/from.md', 'docs/guide/index.md', undefined],
      ['docs/from.md', 'docs/mybundle', '/docs/mybundle/'],
      ['docs/from.md', 'docs/mybundle/', undefined],
      ['docs/from.md', '/docs/mybundle/', undefined],
      ['docs/from.md', 'docs/mybundle/index.md', '/docs/mybundle/'],
      ['docs/from.md', 'docs/mybundle/index', '/docs/mybundle/'],
      ['docs/from.md', 'MyBundle', '/docs/mybundle/'],
      ['docs/from.md', 'mybundle/', '/docs/mybundle/'],
      ['docs/from.md', 'mybundle/index.md', '/docs/mybundle/'],
      ['docs/from.md', 'docs/plain/page', '/docs/plain/page/'],
      ['docs/from.md', 'plain/page.md', '/docs/plain/page/'],
      ['docs/from.md', 'page', '/docs/plain/page/'],
      ['docs/from.md', 'plain', undefined],
      ['docs/from.md', 'notes', '/docs/notes/'],
      ['docs/from.md', 'notes/x', '/notes/x/'],
      ['docs/from.md', 'x', '/notes/x/'],
      ['docs/from.md', 'docs/0001.Two-Sum.md', '/docs/0001.two-sum/'],
      ['docs/from.md', 'docs/0001.Two-Sum', undefined],
      ['docs/from.md', '0001.two-sum.md', '/docs/0001.two-sum/'],
      ['docs/from.md', '0001.Two-Sum', undefined],
      ['docs/from.md', 'docs/guide/setup#Part', '/docs/guide/setup/#Part'],
      ['docs/from.md', 'Setup#part', '/docs/guide/setup/#part'],
      ['docs/from.md', '#local', '#local'],
      ['docs/from.md', 'other', '/docs/other/'],
      ['docs/from.md', 'Other.MD', '/docs/other/'],
      ['docs/from.md', 'docs/guide/setup.html', '/docs/guide/setup/'],
      ['docs/from.md', '/', '/'],
      ['docs/from.md', 'about', '/about/'],
      ['docs/from.md', 'docs', '/docs/'],
      ['docs/from.md', 'tags', '/tags/'],
      ['docs/from.md', 'categories', '/categories/'],
      ['docs/from.md', '/content/docs/Other.md', '/docs/other/'],
      ['docs/from.md', 'content/docs/other.md', undefined],
      ['docs/from.md', 'docs/guide/../other', undefined],
      ['docs/from.md', '/docs/guide/../other', undefined],
      ['docs/from.md', 'setup.en.md', '/docs/guide/setup/'],
      ['docs/from.md', 'guide/dup', '/docs/guide/dup/'],
      ['docs/from.md', '_index', undefined],
      ['docs/from.md', '_index.md', '/docs/'],
      ['docs/from.md', 'index.md', undefined],
      ['docs/from.md', 'docs/v1.2', undefined],
      ['docs/from.md', 'docs/v1.2/index.md', '/docs/v1.2/'],
      ['docs/from.md', 'v1.2', undefined],
      ['docs/from.md', 'notes.md', '/docs/notes/'],
      ['docs/from.md', 'notes', '/docs/notes/'],
      ['docs/from.md', 'docs/notes', '/docs/notes/'],
      ['docs/from.md', 'er', '/docs/deep/er/'],
      ['docs/from.md', 'Er/leaf', undefined],
      ['docs/from.md', 'deep/er/leaf', '/docs/deep/er/leaf/'],
      ['docs/from.md', '/deep/er/leaf', undefined],
      ['docs/from.md', 'leaf', '/docs/deep/er/leaf/'],
      ['docs/from.md', '/docs/deep/er/', '/docs/deep/er/'],
      ['docs/from.md', 'docs/deep/er/_index.md', '/docs/deep/er/'],
      ['docs/from.md', 'docs/plain/', undefined],
      ['docs/from.md', 'docs/plain/page/', undefined],
      ['docs/from.md', '/docs/plain/page/', undefined],
      ['docs/from.md', 'guide/', '/docs/guide/'],
      ['docs/from.md', 'Guide/Setup/', '/docs/guide/setup/'],
      ['docs/from.md', '/docs/Guide/Setup/', undefined],
      ['docs/from.md', '/docs/other/', undefined],
      ['docs/from.md', 'guide/setup.md', '/docs/guide/setup/'],
      ['docs/from.md', 'guide/dup.md', '/docs/guide/dup/'],
      ['docs/from.md', 'plain/dup', '/docs/plain/dup/'],
      ['docs/from.md', 'Install', '/docs/guide/install/'],
      ['docs/from.md', '/install', '/docs/guide/install/'],
      ['docs/from.md', '/docs/install', undefined],
      ['docs/from.md', 'docs/about', undefined],
      ['docs/from.md', 'docs/x', undefined],
      ['docs/from.md', 'x.md', '/notes/x/'],
      ['docs/from.md', '/x.md', '/notes/x/'],
      ['docs/from.md', '/notes/', '/notes/'],
      ['docs/from.md', 'notes/x/', undefined],
      ['docs/from.md', ' docs/other ', '/docs/other/'],
      ['docs/from.md', 'DOCS/OTHER', '/docs/other/'],
      ['docs/from.md', '/docs/guide/Setup#Install-Part', '/docs/guide/setup/#Install-Part'],
      ['docs/from.md', 'docs/other?x=1', '/docs/other/'],
      ['docs/from.md', 'docs/%47uide/setup', '/docs/guide/setup/'],
      ['docs/from.md', 'guide/setup.markdown', '/docs/guide/setup/'],
      ['docs/MyBundle/index.md', 'other', '/docs/other/'],
      ['docs/MyBundle/index.md', '../other', '/docs/other/'],
      ['docs/MyBundle/index.md', './other', '/docs/other/'],
      ['docs/MyBundle/index.md', '../Guide/Setup', '/docs/guide/setup/'],
      ['docs/MyBundle/index.md', 'Guide/Setup', '/docs/guide/setup/'],
      ['docs/MyBundle/index.md', 'mybundle', '/docs/mybundle/'],
      ['docs/MyBundle/index.md', '../mybundle', '/docs/mybundle/'],
      ['docs/MyBundle/index.md', 'index.md', undefined],
      ['docs/MyBundle/index.md', '../MyBundle/index.md', '/docs/mybundle/'],
      ['docs/MyBundle/index.md', 'setup', '/docs/guide/setup/'],
      ['docs/Guide/_index.md', 'setup', '/docs/guide/setup/'],
      ['docs/Guide/_index.md', '../other', '/docs/other/'],
      ['docs/Guide/_index.md', 'Install.md', '/docs/guide/install/'],
      ['docs/Guide/_index.md', './install', '/docs/guide/install/'],
      ['docs/Guide/_index.md', 'guide', '/docs/guide/'],
      ['docs/Guide/_index.md', '_index.md', '/docs/guide/'],
      ['docs/Guide/_index.md', '../Guide', '/docs/guide/'],
      ['docs/Guide/_index.md', 'dup', '/docs/guide/dup/'],
      ['about.md', 'content/docs/other.md', '/docs/other/'],
      ['about.md', 'docs/guide/setup', '/docs/guide/setup/'],
      ['about.md', 'other', '/docs/other/'],
      ['about.md', 'about', '/about/'],
      ['about.md', 'Setup', '/docs/guide/setup/'],
      ['about.md', 'dup', ['docs/Guide/Dup.md', 'docs/plain/Dup.md']],
      ['about.md', './docs/other', '/docs/other/'],
      ['about.md', 'docs', '/docs/'],
      ['notes/x.md', 'dup', ['docs/Guide/Dup.md', 'docs/plain/Dup.md']],
      ['notes/x.md', 'x', '/notes/x/'],
      ['notes/x.md', '../docs/other', '/docs/other/'],
      ['notes/x.md', 'notes', '/notes/'],
      ['notes/x.md', 'other', '/docs/other/'],
      ['docs/Deep/Er/leaf.md', '../../other', '/docs/other/'],
      ['docs/Deep/Er/leaf.md', '../_index.md', '/docs/deep/'],
      ['docs/Deep/Er/leaf.md', 'er', '/docs/deep/er/'],
      ['docs/Deep/Er/leaf.md', '../er', '/docs/deep/er/'],
      ['docs/Deep/Er/leaf.md', 'leaf', '/docs/deep/er/leaf/'],
      ['docs/Deep/Er/leaf.md', 'deep', '/docs/deep/'],
    ]
    expect(refOutcomes(lookups[0], rows)).toEqual(rows)
  })

  it('on a site without _index.md at its root: folders Hugo makes sections, taxonomies, names that are ambiguous', () => {
    const rows: RefRow[] = [
      ['中文/页面.md', 'guide', '/guide/'],
      ['中文/页面.md', 'guide.md', ['blog/guide.md', 'guide/ (a section without _index.md)']],
      ['中文/页面.md', '/guide.md', ['blog/guide.md', 'guide/ (a section without _index.md)']],
      ['中文/页面.md', 'tags', ['blog/Tags.md', '/tags/ (the list of tags)']],
      ['中文/页面.md', 'tags.md', ['blog/Tags.md', '/tags/ (the list of tags)']],
      ['中文/页面.md', 'categories', '/categories/'],
      ['中文/页面.md', 'intro', '/guide/intro/'],
      ['中文/页面.md', 'leaf', '/guide/deep/leaf/'],
      ['中文/页面.md', 'deep/leaf', undefined],
      ['中文/页面.md', '/guide/deep/leaf', '/guide/deep/leaf/'],
      ['中文/页面.md', 'guide/deep/leaf', '/guide/deep/leaf/'],
      ['中文/页面.md', 'about', '/about/'],
      ['中文/页面.md', 'About/', undefined],
      ['中文/页面.md', '/about/', undefined],
      ['中文/页面.md', '/About', '/about/'],
      ['中文/页面.md', 'ab', '/中文/ab/'],
      ['中文/页面.md', '中文/ab', '/中文/ab/'],
      ['中文/页面.md', '页面', '/中文/页面/'],
      ['中文/页面.md', '/中文/页面.md', '/中文/页面/'],
      ['中文/页面.md', '中文', '/中文/'],
      ['中文/页面.md', '/', '/'],
      ['中文/页面.md', 'guide/_index.md', undefined],
      ['中文/页面.md', '/guide/', '/guide/'],
      ['中文/页面.md', 'deep', undefined],
      ['中文/页面.md', 'blog', '/blog/'],
      ['中文/页面.md', '/blog/_index.md', '/blog/'],
      ['中文/页面.md', '_index.md', undefined],
      ['中文/页面.md', 'index.md', undefined],
      ['中文/页面.md', 'about/index.md', '/about/'],
      ['中文/页面.md', 'tags/x', undefined],
      ['中文/页面.md', '/tags/', '/tags/'],
      ['中文/页面.md', 'Guide/Intro#Top', '/guide/intro/#Top'],
      ['About/index.md', 'tags', '/tags/'],
      ['About/index.md', 'About/', '/about/'],
      ['blog/_index.md', 'guide', '/blog/guide/'],
      ['blog/_index.md', 'guide.md', '/blog/guide/'],
      ['blog/_index.md', 'tags', '/blog/tags/'],
      ['blog/_index.md', 'tags.md', '/blog/tags/'],
      ['blog/_index.md', 'guide/_index.md', '/blog/guide/'],
      ['blog/_index.md', '_index.md', '/blog/'],
    ]
    expect(refOutcomes(lookups[1], rows)).toEqual(rows)
  })
})

const processor = createMarkdownProcessor({ words: wordsFor('en').words.markdown })

/** The hrefs of the links `[lnk](target)` on the page `from`, one per target, as the page's HTML has them. */
async function linkHrefs(lookup: (typeof lookups)[number], from: string, targets: string[]): Promise<string[]> {
  const body = targets.map((target) => `- [lnk](${target})`).join('\n')
  const { html } = await renderMarkdown(processor, body, { path: from, displayPath: `content/${from}`, lookup })
  return [...html.matchAll(/<a href="([^"]*)">lnk<\/a>/g)].map((match) => match[1]!)
}

type LinkRows = [from: string, [target: string, hugo: string][]][]

describe('links to .md files and site paths find pages as hugo-book’s portable links do', () => {
  it.each([
    [
      'SITE',
      0,
      [
        [
          'docs/from.md',
          [
            ['Guide/Setup.md', '/docs/guide/setup/'],
            ['guide/setup.md', '/docs/guide/setup/'],
            ['../docs/Guide/setup.md', '/docs/guide/setup/'],
            ['/docs/guide/Setup.md', '/docs/guide/setup/'],
            ['Setup.md', 'Setup.md'],
            ['setup.md', 'setup.md'],
            ['Other.md', '/docs/other/'],
            ['other.md', '/docs/other/'],
            ['OTHER.MD', '/docs/other/'],
            ['Other.md#Frag', '/docs/other/#Frag'],
            ['../about.md', '/about/'],
            ['about.md', '/about/'],
            ['/about.md', '/about/'],
            ['/docs/_index.md', '/docs/'],
            // Hugo keeps _index.md: hugo-book's link hook asks .GetPage for `_index`, and only `_index.md` names the section
            ['_index.md', '/docs/'],
            ['Guide/_index.md', '/docs/guide/'],
            ['guide/_index.md', '/docs/guide/'],
            ['guide', '/docs/guide/'],
            ['MyBundle/index.md', '/docs/mybundle/'],
            ['mybundle/index.md', '/docs/mybundle/'],
            ['mybundle/', '/docs/mybundle/'],
            ['Dup.md', 'Dup.md'],
            ['plain/Dup.md', '/docs/plain/dup/'],
            ['/docs/other', '/docs/other/'],
            ['/docs/Other', '/docs/other/'],
            ['/docs/guide', '/docs/guide/'],
            ['/Docs/Guide/', '/docs/guide/'],
            ['page.md', 'page.md'],
            ['docs/other.md', '/docs/other/'],
            ['notes.markdown', '/docs/notes/'],
            ['notes.md', '/docs/notes/'],
            // Hugo keeps 0001.Two-Sum.md: hugo-book's link hook drops `.md`, then .GetPage drops `.Two-Sum` as an extension
            ['0001.Two-Sum.md', '/docs/0001.two-sum/'],
            // Hugo keeps /content/docs/other.md: hugo-book's link hook drops `.md`, and a path in the project must name the file
            ['/content/docs/other.md', '/docs/other/'],
            ['x.md', 'x.md'],
            ['/notes/x.md', '/notes/x/'],
            ['./Other.md', '/docs/other/'],
            ['guide/Setup.MD', '/docs/guide/setup/'],
            ['Guide/Setup.md?x=1#y', '/docs/guide/setup/#y'],
            ['Guide%2FSetup.md', '/docs/guide/setup/'],
            ['My%20Bundle.md', 'My%20Bundle.md'],
            ['/docs/plain/page', '/docs/plain/page/'],
          ],
        ],
        [
          'docs/MyBundle/index.md',
          [
            ['../Other.md', '/docs/other/'],
            ['Other.md', '/docs/other/'],
            ['../Guide/Setup.md', '/docs/guide/setup/'],
            ['Guide/Setup.md', '/docs/guide/setup/'],
            ['index.md', 'index.md'],
          ],
        ],
        [
          'docs/Guide/_index.md',
          [
            ['Setup.md', '/docs/guide/setup/'],
            ['../Other.md', '/docs/other/'],
            ['setup.md', '/docs/guide/setup/'],
            ['Dup.md', '/docs/guide/dup/'],
          ],
        ],
        [
          'about.md',
          [
            ['docs/other.md', '/docs/other/'],
            ['Setup.md', 'Setup.md'],
            ['docs/Guide/Setup.md', '/docs/guide/setup/'],
            // Hugo keeps content/docs/other.md: hugo-book's link hook drops `.md`, and a path in the project must name the file
            ['content/docs/other.md', '/docs/other/'],
          ],
        ],
      ],
    ],
    [
      'SITE_WITHOUT_ROOT_INDEX',
      1,
      [
        [
          '中文/页面.md',
          [
            ['Ab.md', '/%E4%B8%AD%E6%96%87/ab/'],
            ['ab.md', '/%E4%B8%AD%E6%96%87/ab/'],
            ['../guide/Intro.md', '/guide/intro/'],
            ['/Guide/intro.md', '/guide/intro/'],
            ['/guide', '/guide/'],
            ['/Guide/', '/guide/'],
            ['/Blog', '/blog/'],
            ['/tags/', '/tags/'],
            ['/tags', '/tags/'],
            ['/About/', '/About/'],
            ['页面.md', '/%E4%B8%AD%E6%96%87/%E9%A1%B5%E9%9D%A2/'],
            ['/中文/页面', '/%E4%B8%AD%E6%96%87/%E9%A1%B5%E9%9D%A2/'],
            ['%E9%A1%B5%E9%9D%A2.md', '/%E4%B8%AD%E6%96%87/%E9%A1%B5%E9%9D%A2/'],
          ],
        ],
        [
          'guide/Intro.md',
          [
            ['deep/Leaf.md', '/guide/deep/leaf/'],
            ['./deep/leaf.md', '/guide/deep/leaf/'],
            ['../blog/_index.md', '/blog/'],
            ['../About/index.md', '/about/'],
            ['../blog/', '/blog/'],
            ['../about/', '/about/'],
          ],
        ],
      ],
    ],
  ] as [string, 0 | 1, LinkRows][])('on %s', async (_name, site, pages) => {
    for (const [from, rows] of pages) {
      const hrefs = await linkHrefs(
        lookups[site],
        from,
        rows.map(([target]) => target),
      )
      expect(rows.map(([target], index) => [target, hrefs[index]])).toEqual(rows)
    }
  })
})

describe('links without an extension, under a sub-path, as hugo-book’s portable links make them', () => {
  // Hugo 0.111.3 + hugo-book f8a0fc4, baseURL https://example.org/repo/, BookPortableLinks = true.
  const lookup = createContentLookup(
    {
      pages: [
        { filePath: 'docs/_index.md', url: '/docs/' },
        { filePath: 'docs/a/_index.md', url: '/docs/a/' },
        { filePath: 'docs/guide/_index.md', url: '/docs/guide/' },
        { filePath: 'docs/from.md', url: '/docs/from/' },
      ],
      assets: [],
    },
    { ...options, basePath: '/repo' },
  )

  it('finds the page a path names from the page’s folder or the root; leaves the others to the browser', async () => {
    const rows: [target: string, hugo: string][] = [
      ['/docs/a/', '/repo/docs/a/'],
      ['/docs/a', '/repo/docs/a/'],
      ['guide', '/repo/docs/guide/'],
      ['./guide/', '/repo/docs/guide/'],
      ['a', '/repo/docs/a/'],
      ['guide?x=1#frag', '/repo/docs/guide/#frag'],
      ['..', '/repo/'],
      ['../a/', '../a/'],
      ['files/x.pdf', 'files/x.pdf'],
      ['nothing', 'nothing'],
    ]
    const hrefs = await linkHrefs(
      lookup,
      'docs/from.md',
      rows.map(([target]) => target),
    )
    expect(rows.map(([target], index) => [target, hrefs[index]])).toEqual(rows)
  })
})

describe('the reproductions of the issue: what Hugo links, the page links too, without a warning', () => {
  it('a ref in another case, a relref by base name (in a shortcode too), a .md link in another case', async () => {
    const body = [
      '[a]({{< ref "docs/guide/setup" >}})',
      '[b]({{< relref "Setup" >}})',
      '[c](guide/setup.md)',
      '[d](../DOCS/guide/SETUP.md#Part)',
      '{{< hint info >}}\nIn a hint: [e]({{< relref "install" >}}).\n{{< /hint >}}',
    ].join('\n\n')
    const { html, warnings } = await renderMarkdown(processor, body, {
      path: 'docs/from.md',
      displayPath: 'content/docs/from.md',
      lookup: lookups[0],
    })
    expect([...html.matchAll(/<a href="([^"]*)">/g)].map((match) => match[1])).toEqual([
      '/docs/guide/setup/',
      '/docs/guide/setup/',
      '/docs/guide/setup/',
      '/docs/guide/setup/#Part',
      '/docs/guide/install/',
    ])
    expect(warnings).toEqual([])
  })
})

describe('a ref that leads nowhere: a warning with its line (which --strict makes an error)', () => {
  const lookup = createContentLookup(
    { pages: SITE.map((page) => ({ ...page, displayPath: `content/${page.filePath}` })), assets: [] },
    options,
  )
  const render = (body: string) =>
    renderMarkdown(processor, body, { path: 'docs/from.md', displayPath: 'content/docs/from.md', lookup })

  it('names the pages a bare name shared by several could mean (Hugo: page reference "dup" is ambiguous)', async () => {
    const { html, warnings } = await render(
      'Intro.\n\nSee [dup]({{< relref "Dup" >}}).\n\n{{< button relref="dup#part" >}}Dup{{< /button >}}',
    )
    expect(html).toContain('<a href="Dup">dup</a>')
    const hint = 'give the page’s path from the content folder (e.g. "docs/guide/setup"): a bare name must be unique'
    expect(warnings).toEqual([
      {
        file: 'content/docs/from.md',
        line: 3,
        message: 'relref "Dup" could be any of 2 pages: content/docs/Guide/Dup.md, content/docs/plain/Dup.md',
        hint,
      },
      {
        file: 'content/docs/from.md',
        line: 5,
        message:
          'button: relref "dup#part" could be any of 2 pages: content/docs/Guide/Dup.md, content/docs/plain/Dup.md',
        hint,
      },
    ])
  })

  it('says to drop the slash after a page’s path (Hugo finds only sections so: page not found)', async () => {
    const { warnings } = await render('[setup]({{< ref "/docs/Guide/Setup/" >}})')
    expect(warnings).toEqual([
      {
        file: 'content/docs/from.md',
        line: 1,
        message: 'ref "/docs/Guide/Setup/" does not lead to any page',
        hint: 'write it without the slash at the end, "/docs/Guide/Setup": only a section’s path may end with one',
      },
    ])
  })
})
