import { beforeAll, describe, expect, it } from 'vitest'
import { pageRouteUrls } from './page-routes'
import type { Site } from './site'
import { sitemapEntries } from './sitemap'
import { isTaxonomyUrl, taxonomyOf, taxonomyParams, taxonomyView, termLink, termUrl, urlizeTerm } from './taxonomies'
import { taxonomyViewTitle } from './taxonomy-titles'
import { siteFromFolder, writeFixture } from '../../test/support/content'

describe('urlizeTerm (Hugo’s urlize of a term)', () => {
  it('lower-cases, turns spaces into hyphens and keeps Chinese', () => {
    expect(urlizeTerm('AI 发展')).toBe('ai-发展')
    expect(urlizeTerm('大模型')).toBe('大模型')
    expect(urlizeTerm('Static Sites')).toBe('static-sites')
    expect(urlizeTerm('AI进展')).toBe('ai进展')
  })

  it('makes one hyphen of a run of white space, none at the ends or beside a hyphen', () => {
    expect(urlizeTerm('  Spaced   Out  ')).toBe('spaced-out')
    expect(urlizeTerm('a - b')).toBe('a-b')
    expect(urlizeTerm('a--b')).toBe('a--b')
    expect(urlizeTerm('全角　空格')).toBe('全角-空格')
  })

  it('keeps . _ ~ + @ and drops other punctuation, # and % too', () => {
    expect(urlizeTerm('Node.js')).toBe('node.js')
    expect(urlizeTerm('.NET')).toBe('.net')
    expect(urlizeTerm('C++ & Go')).toBe('c++-go')
    expect(urlizeTerm('C#')).toBe('c')
    expect(urlizeTerm('中点・测试')).toBe('中点测试')
    expect(urlizeTerm('What? (Really!)')).toBe('what-really')
    expect(urlizeTerm('100%')).toBe('100')
  })

  it('separates at slashes instead of nesting folders, and refuses terms that leave nothing', () => {
    expect(urlizeTerm('AI/ML')).toBe('ai-ml')
    expect(urlizeTerm('???')).toBe('')
    expect(urlizeTerm('..')).toBe('')
  })

  it('makes term URLs', () => {
    expect(termUrl('categories', 'AI 发展')).toBe('/categories/ai-发展/')
    expect(termUrl('tags', 'Static Sites')).toBe('/tags/static-sites/')
    expect(termUrl('tags', '！！')).toBeUndefined()
  })
})

describe('taxonomies of a book', () => {
  let site: Site
  beforeAll(async () => {
    const many = Object.fromEntries(
      Array.from({ length: 12 }, (_, index) => [
        `docs/many/m${String(index + 1).padStart(2, '0')}.md`,
        `---\ntitle: Many ${index + 1}\ndate: 2024-02-${String(index + 1).padStart(2, '0')}\ntags: ["Many"]\n---\n\nText ${index + 1}.\n`,
      ]),
    )
    site = await siteFromFolder(
      writeFixture({
        '_index.md': '---\ntitle: 首页\n---\n',
        'docs/_index.md': '---\ntitle: 文档\n---\n',
        'docs/a.md':
          '---\ntitle: A\ndate: 2025-03-01\ncategories: ["AI 发展"]\ntags: ["Go", "AI", "安全"]\n---\n\nA 的正文。\n',
        'docs/b.md':
          '---\ntitle: B\ndate: 2025-05-01\ncategories: ["ai 发展"]\ntags: ["ai", "AI"]\n---\n\nB 的正文。\n',
        'docs/c.md':
          '---\ntitle: C\nweight: 1\ndate: 2024-01-01\ncategories: ["AI 发展"]\ntags: ["大模型"]\n---\n\nC 的正文。\n',
        'docs/hidden.md':
          '---\ntitle: 隐藏页\nbookHidden: true\ndate: 2025-06-01\ntags: ["AI"]\n---\n\n隐藏页的正文。\n',
        'docs/draft.md': '---\ntitle: 草稿\ndraft: true\ndate: 2025-07-01\ntags: ["AI", "草稿"]\n---\n\n草稿。\n',
        'docs/section/_index.md': '---\ntitle: 小节\ntags: ["AI"]\n---\n\n小节的正文。\n',
        'docs/weird.md': '---\ntitle: Weird\ntags: ["???", "C#", "AI/ML", "开源"]\n---\n\nText.\n',
        'categories/ai-发展/_index.md':
          '---\ntitle: AI 发展专题\ndescription: 关于 AI 发展的页面。\n---\n\n专题介绍。\n',
        ...many,
      }),
    )
  })

  it('lists every term once with its pages, by name in pinyin order (Han before Latin in zh-CN)', () => {
    const tags = taxonomyOf(site, 'tags')
    expect(tags.terms.map((term) => [term.name, term.pages.length])).toEqual([
      ['安全', 1],
      ['大模型', 1],
      ['开源', 1],
      ['AI', 4],
      ['AI/ML', 1],
      ['C#', 1],
      ['Go', 1],
      ['Many', 12],
    ])
    expect(tags.terms.map((term) => term.url)).toContain('/tags/ai-ml/')
    expect(tags.url).toBe('/tags/')
  })

  it('merges spellings that urlize alike, named as the first page in page order writes it', () => {
    const category = taxonomyOf(site, 'categories').term('ai-发展')!
    expect(category.name).toBe('AI 发展')
    expect(category.pages.map((page) => page.title)).toEqual(['C', 'B', 'A'])
    // A page that writes a term twice counts once.
    expect(
      taxonomyOf(site, 'tags')
        .term('ai')!
        .pages.filter((page) => page.title === 'B'),
    ).toHaveLength(1)
  })

  it('orders a term’s pages as Hugo does: weight, then newest first; hidden pages and sections included, drafts never', () => {
    const ai = taxonomyOf(site, 'tags').term('ai')!
    expect(ai.name).toBe('AI')
    expect(ai.pages.map((page) => page.title)).toEqual(['隐藏页', 'B', 'A', '小节'])
    expect(taxonomyOf(site, 'tags').term('草稿')).toBeUndefined()
    expect(ai.lastmod).toBe('2025-06-01T00:00:00+00:00')
  })

  it('uses the author’s own page for a term’s title and text when there is one', () => {
    const category = taxonomyOf(site, 'categories').term('ai-发展')!
    expect(category.title).toBe('AI 发展专题')
    expect(category.page?.description).toBe('关于 AI 发展的页面。')
    // categories/ has no _index.md: the folder's implicit section is not the author's page.
    expect(taxonomyOf(site, 'categories').page).toBeUndefined()
  })

  it('has route parameters for the taxonomy, each term and each further pager of a term', () => {
    const params = taxonomyParams(site, 'tags').map(({ path }) => path.join('/'))
    expect(params).toContain('')
    expect(params).toContain('ai')
    expect(params).toContain('many')
    expect(params).toContain('many/page/2')
    expect(params).not.toContain('many/page/3')
    expect(taxonomyParams(site, 'categories').map(({ path }) => path)).toEqual([[], ['ai-发展']])
  })

  it('finds the view from raw or percent-encoded segments', () => {
    expect(taxonomyView(site, 'categories', undefined)?.kind).toBe('taxonomy')
    const raw = taxonomyView(site, 'categories', ['ai-发展'])
    const encoded = taxonomyView(site, 'categories', [encodeURIComponent('ai-发展')])
    expect(raw?.kind === 'term' && raw.term.slug).toBe('ai-发展')
    expect(encoded?.kind === 'term' && encoded.pager.url).toBe('/categories/ai-发展/')
    const second = taxonomyView(site, 'tags', ['many', 'page', '2'])
    expect(second?.kind === 'term' && second.pager.items.map((page) => page.title)).toEqual(['Many 2', 'Many 1'])
    expect(taxonomyView(site, 'tags', ['c'])?.kind).toBe('term')
    expect(taxonomyView(site, 'tags', ['many', 'page', '3'])).toBeUndefined()
    expect(taxonomyView(site, 'tags', ['ai', 'page', '1'])).toBeUndefined()
    expect(taxonomyView(site, 'tags', ['nope'])).toBeUndefined()
  })

  it('leaves taxonomy URLs to the taxonomy routes and lists them in the sitemap', () => {
    expect(isTaxonomyUrl(site, '/categories/ai-发展/')).toBe(true)
    expect(isTaxonomyUrl(site, '/docs/a/')).toBe(false)
    const urls = pageRouteUrls(site)
    expect(urls).not.toContain('/categories/ai-发展/')
    expect(urls).not.toContain('/categories/')
    expect(urls).toContain('/docs/a/')
    const sitemap = sitemapEntries(site).map((entry) => decodeURIComponent(new URL(entry.url).pathname))
    expect(sitemap).toEqual(
      expect.arrayContaining([
        '/categories/',
        '/categories/ai-发展/',
        '/tags/',
        '/tags/ai/',
        '/tags/many/',
        '/tags/c/',
      ]),
    )
    expect(sitemap).not.toContain('/tags/many/page/2/')
    expect(new Set(sitemap).size).toBe(sitemap.length)
    expect(sitemapEntries(site).find((entry) => entry.url.endsWith('/tags/ai/'))?.lastModified).toBe('2025-06-01')
  })

  it('titles the pages "分类", "标签：AI", with the pager number after the first', () => {
    expect(taxonomyViewTitle(site, taxonomyView(site, 'categories', [])!)).toBe('分类')
    expect(taxonomyViewTitle(site, taxonomyView(site, 'tags', ['ai'])!)).toBe('标签：AI')
    expect(taxonomyViewTitle(site, taxonomyView(site, 'categories', ['ai-发展'])!)).toBe('分类：AI 发展专题')
    expect(taxonomyViewTitle(site, taxonomyView(site, 'tags', ['many', 'page', '2'])!)).toBe('标签：Many（第 2 页）')
  })

  it('still has both taxonomies, empty, in a book without terms', async () => {
    const plain = await siteFromFolder(writeFixture({ 'docs/a.md': '---\ntitle: A\n---\n\nText.\n' }))
    expect(taxonomyOf(plain, 'tags').terms).toEqual([])
    expect(taxonomyParams(plain, 'tags')).toEqual([{ path: [] }])
    expect(taxonomyParams(plain, 'categories')).toEqual([{ path: [] }])
  })
})

// Checked against Hugo 0.111: disablePathToLower keeps the term's case (/tags/AI-Dev/); disableKinds drops the kinds' pages.
describe('taxonomies with disablePathToLower and disableKinds', () => {
  const files = {
    'docs/a.md': '---\ntitle: A\ntags: [Development, "AI Dev"]\n---\n\nText.\n',
    'docs/b.md': '---\ntitle: B\ntags: [development]\n---\n\nText.\n',
  }

  it('keeps the case of term URLs, so Development and development are two terms, as in Hugo', async () => {
    const site = await siteFromFolder(writeFixture(files), { disablePathToLower: true })
    expect(taxonomyOf(site, 'tags').terms.map((term) => term.url)).toEqual([
      '/tags/AI-Dev/',
      '/tags/development/',
      '/tags/Development/',
    ])
    expect(urlizeTerm('AI Dev', true)).toBe('AI-Dev')
    expect(termLink(site.config, 'tags', 'AI Dev')).toBe('/tags/AI-Dev/')
  })

  it('writes only the term pages without the taxonomy kind, and no term links without the term kind', async () => {
    const site = await siteFromFolder(writeFixture(files), { disableKinds: ['taxonomy'] })
    expect(taxonomyParams(site, 'tags')).toEqual([{ path: ['ai-dev'] }, { path: ['development'] }])
    expect(sitemapEntries(site).map((entry) => new URL(entry.url).pathname)).not.toContain('/tags/')
    const noTerms = await siteFromFolder(writeFixture(files), { disableKinds: ['taxonomy', 'term'] })
    // The static export needs one page per route: the list of terms, deleted by the build.
    expect(taxonomyParams(noTerms, 'tags')).toEqual([{ path: [] }])
    expect(
      sitemapEntries(noTerms)
        .map((entry) => new URL(entry.url).pathname)
        .filter((url) => url.startsWith('/tags/')),
    ).toEqual([])
    expect(termLink(noTerms.config, 'tags', 'Development')).toBeUndefined()
  })
})
