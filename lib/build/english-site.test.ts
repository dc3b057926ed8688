/**
 * The fixture site e2e/fixtures/english-site, built by the production path (the same settings,
 * sources, render step, contentlayer2 documents and site model as the build, up to `next build`):
 * what real hugo-book sites have and the old build silently lost.
 * The browser test e2e/english-site.spec.ts reads the built site; scripts/build-hugo-site.test.ts
 * adds a broken file to a copy and checks that the build stops on it.
 */
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import book from '../../site.config'
import { sitesOf } from '../../test/support/content'
import { sourcesStep, type SourcesStep } from './sources-step'
import { loadBuildContext } from '../config/build-context'
import type { Site } from '../site/site'

const SITE_DIR = path.join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'english-site')

let sources: SourcesStep
let site: Site
const context = loadBuildContext(book, { HUGO_SITE: SITE_DIR })
beforeAll(async () => {
  sources = sourcesStep(context)
  ;[site] = [...(await sitesOf(context)).values()] as [Site]
}, 60_000)

describe('an English hugo-book site with type: docs, CRLF front matter and a folder with a space', () => {
  it('accounts for every Markdown file: six pages, a draft and a headless bundle', () => {
    expect(sources).toMatchObject({
      ok: true,
      errors: [],
      summary: ['6 pages from 8 Markdown files (1 draft, 1 headless bundle)'],
    })
  })

  it('builds every page at Hugo’s URL, the folder without _index.md included', () => {
    expect(site.pages.map((page) => page.url).sort()).toEqual([
      '/',
      '/docs/',
      '/docs/team/',
      '/docs/typed/',
      '/docs/windows/',
      '/my-docs/',
      '/my-docs/getting-started/',
    ])
    expect(site.page('/docs/typed/')).toMatchObject({ title: 'Typed page', hasContent: true })
    expect(site.page('/docs/windows/')).toMatchObject({
      title: 'Windows line endings',
      meta: { weight: 2, tags: ['setup', 'windows'] },
    })
    expect(site.page('/docs/windows/')!.headings.map((heading) => heading.text)).toEqual(['Still a heading'])
    expect(site.page('/my-docs/')).toMatchObject({ title: 'My Docs' })
  })

  it('uses Hugo’s defaults for what the configuration leaves unset', () => {
    expect(site.config.language).toBe('en-us')
    expect(site.config.dateFormat).toBe('January 2, 2006')
  })

  it('writes English words where the book writes its own, and no Chinese anywhere', () => {
    const html = site.page('/docs/typed/')!.html
    expect(html).toContain('>Footnotes</h2>')
    expect(html).toContain('>Note</p>')
    expect(html).toContain('<summary>Details</summary>')
    expect(html).toContain('Image missing')
    expect(html).toContain('aria-label="Link to “First steps”"')
    for (const page of site.pages) expect(page.html, page.url).not.toMatch(/[\p{Script=Han}，。：（）]/u)
  })

  it('resolves refs and fills the section list from the pages it knows', () => {
    expect(site.page('/docs/typed/')!.html).toContain('<a href="/docs/windows/">the Windows page</a>')
    // Hugo 0.111 finds these two: a path in another case, a page's base name.
    expect(site.page('/docs/typed/')!.html).toContain(
      '<a href="/my-docs/getting-started/">getting started</a>, <a href="/docs/team/">the team</a>',
    )
    expect(site.page('/docs/')!.html).toBe(
      '<dl class="book-section-list"><dt><a href="/docs/typed/">Typed page</a></dt><dd>A page whose front matter names Hugo\'s docs type.</dd><dt><a href="/docs/windows/">Windows line endings</a></dt><dd>Written on Windows: every line ends with CR LF. Still a heading And the body reads as usual.</dd><dt><a href="/docs/team/">The team</a></dt><dd>Who maintains the guide.</dd></dl>',
    )
  })

  it('renders the site’s own shortcode from shortcodes/members.tsx, with its parameters, inner Markdown and page', () => {
    expect(site.page('/docs/team/')!.html).toContain(
      '<section class="members"><p class="members-title">Maintainers</p><ul><li>Ada Lovelace</li><li>Grace Hopper</li></ul><div class="members-note"><p>Reach them on <strong>the forum</strong>.</p></div><p class="members-page">Listed on The team</p></section>',
    )
  })

  it('names the layouts/shortcodes template with no module, with the page that calls it; the inner text of the call stays', () => {
    expect(sources.ok && sources.warnings.map((warning) => warning.message)).toEqual([
      '1 shortcode of layouts/shortcodes has no implementation in shortcodes/: badge (docs/team.md:13) — their inner text is shown; see the manual: docs/content/docs/migrating/own-shortcodes.md',
    ])
    expect(site.page('/docs/team/')!.html).toContain('<p>The guide is  for now.</p>')
  })
})
