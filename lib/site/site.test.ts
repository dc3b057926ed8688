import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { isContentError } from '../diagnostics/content-error'
import type { Site } from './site'
import { siteFromFolder, writeFixture } from '../../test/support/content'
import type { MenuNode } from './tree'

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'book')

/** The menu as an indented outline, flags in brackets, so expectations read like the menu. */
function outline(nodes: MenuNode[], depth = 0): string[] {
  return nodes.flatMap((node) => {
    const flags = [
      node.type === 'section' && node.flat ? 'flat' : '',
      node.type === 'section' && node.collapsible ? 'collapsible' : '',
      node.type === 'section' && !node.hasContent ? 'label' : '',
      node.externalHref ? `→ ${node.externalHref}` : '',
    ].filter(Boolean)
    const line = `${'  '.repeat(depth)}${node.title}${flags.length ? ` [${flags.join(', ')}]` : ''}`
    return [line, ...(node.type === 'section' ? outline(node.children, depth + 1) : [])]
  })
}

describe('the fixture book', () => {
  let site: Site
  beforeAll(async () => {
    site = await siteFromFolder(FIXTURE)
  })

  it('orders and filters the menu as hugo-book does', () => {
    // Written by hand from the fixture: weights 1–3 first; then unweighted, undated pages by
    // title in pinyin order (散 san, 图 tu, 外 wai); inside 指南 the dated pages newest first,
    // then the two without a front-matter title ('' sorts first; file path breaks the tie),
    // named by their file names as hugo-book does (not by the body's heading).
    // Not listed: the hidden section and its child, the draft, the empty page, other/.
    expect(outline(site.menu!.children)).toEqual([
      '入门',
      '指南 [flat]',
      '  A',
      '  B',
      '  Heading Title',
      '  Untitled',
      'Levels [collapsible]',
      '  第一层',
      '    第二层 [label]',
      '      第三层',
      '        第四层页面',
      '散页',
      '图片页',
      '外部链接 [→ https://example.org/]',
    ])
  })

  it('builds every page but drafts, hidden ones included', () => {
    const urls = site.pages.map((page) => page.url).sort()
    expect(urls).toEqual(
      [
        '/',
        '/docs/',
        '/docs/bundle/',
        '/docs/external/',
        '/docs/folder/loose/',
        '/docs/guide/',
        '/docs/guide/a/',
        '/docs/guide/b/',
        '/docs/guide/empty/',
        '/docs/guide/heading-title/',
        '/docs/guide/untitled/',
        '/docs/hidden/',
        '/docs/hidden/child/',
        '/docs/intro/',
        '/docs/levels/',
        '/docs/levels/one/',
        '/docs/levels/one/two/',
        '/docs/levels/one/two/three/',
        '/docs/levels/one/two/three/深处/',
        '/other/',
        '/other/page/',
      ].sort(),
    )
  })

  it('titles pages from front matter, the first # heading, or the file name', () => {
    expect(site.page('/docs/guide/heading-title/')).toMatchObject({
      title: '标题来自正文',
      linkTitle: 'Heading Title',
      startsWithHeading: true,
      sortTitle: '',
    })
    expect(site.page('/docs/guide/untitled/')?.title).toBe('Untitled')
    expect(site.page('/docs/guide/empty/')).toMatchObject({ title: 'Empty', hasContent: false })
    // A top-level folder without _index.md is still a section (Hugo), titled from its name.
    expect(site.page('/docs/')).toMatchObject({ title: 'Docs', isSection: true, hasContent: false })
  })

  it('knows each page’s section and depth', () => {
    expect(site.page('/docs/levels/one/two/three/深处/')).toMatchObject({
      parentDir: 'docs/levels/one/two/three',
      kind: 'page',
    })
    expect(site.page('/docs/folder/loose/')?.parentDir).toBe('docs')
    expect(site.page('/docs/bundle/')).toMatchObject({ kind: 'page', parentDir: 'docs' })
  })

  it('makes breadcrumbs from the sections above, labels without links', () => {
    const deep = site.page('/docs/levels/one/two/three/深处/')!
    expect(site.breadcrumbs(deep)).toEqual([
      { url: '/docs/levels/', title: 'Levels' },
      { url: '/docs/levels/one/', title: '第一层' },
      { url: '', title: '第二层' },
      { url: '/docs/levels/one/two/three/', title: '第三层' },
    ])
  })

  it('opens the sections on the way to the current page', () => {
    expect(site.trail(site.page('/docs/levels/one/two/three/深处/')!)).toEqual([
      '/docs/levels/',
      '/docs/levels/one/',
      '/docs/levels/one/two/',
      '/docs/levels/one/two/three/',
      '/docs/levels/one/two/three/深处/',
    ])
    expect(site.trail(site.page('/docs/hidden/child/')!)).toEqual([])
  })

  it('steps through the book in menu order, skipping labels and external links', () => {
    expect(site.order.map((link) => link.title)).toEqual([
      '入门',
      '指南',
      'A',
      'B',
      'Heading Title',
      'Untitled',
      'Levels',
      '第一层',
      '第三层',
      '第四层页面',
      '散页',
      '图片页',
    ])
    expect(site.previousAndNext(site.page('/docs/guide/')!)).toEqual({
      previous: { url: '/docs/intro/', title: '入门' },
      next: { url: '/docs/guide/a/', title: 'A' },
    })
    expect(site.previousAndNext(site.page('/')!).next?.title).toBe('入门')
    expect(site.previousAndNext(site.page('/docs/hidden/child/')!)).toEqual({})
  })

  it('lists a section’s children in Hugo order', () => {
    expect(site.children(site.page('/docs/guide/')!).map((page) => page.linkTitle)).toEqual([
      'A',
      'B',
      'Heading Title',
      'Untitled',
    ])
  })

  it('keeps an image beside a bundle page as written (the browser finds it from the page’s URL) and marks a missing one', () => {
    const html = site.page('/docs/bundle/')!.html
    expect(html).toContain('src="pic.svg"')
    expect(html).toContain(
      '<span class="image-missing"><span class="image-missing-label">图片缺失</span>不存在的图</span>',
    )
    expect(html).not.toContain('missing.png')
  })
})

describe('createSite', () => {
  it('refuses two pages with one URL, naming both files', async () => {
    const dir = writeFixture({
      'docs/a.md': '---\ntitle: A\n---\nx',
      'docs/b.md': '---\ntitle: B\nurl: /docs/a/\n---\nx',
    })
    const error = await siteFromFolder(dir).then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(isContentError(error)).toBe(true)
    expect((error as { format(): string }).format()).toMatch(
      /docs\/a\.md:1: has the same URL \/docs\/a\/ as .*docs\/b\.md:3/,
    )
  })

  it('returns no menu when the book section does not exist', async () => {
    const site = await siteFromFolder(writeFixture({ 'other/a.md': 'x' }))
    expect(site.menu).toBeUndefined()
    expect(site.order).toEqual([])
  })

  it('leaves the book’s root section out of breadcrumbs, even with an _index.md', async () => {
    const site = await siteFromFolder(
      writeFixture({
        'docs/_index.md': '---\ntitle: 全书\n---\n目录',
        'docs/part/_index.md': '---\ntitle: 第一部分\n---\n简介',
        'docs/part/page.md': '---\ntitle: 页\n---\n正文',
      }),
    )
    expect(site.breadcrumbs(site.page('/docs/part/page/')!)).toEqual([{ url: '/docs/part/', title: '第一部分' }])
  })

  it('uses another book section when configured', async () => {
    const site = await siteFromFolder(writeFixture({ 'manual/a.md': '---\ntitle: A\n---\nx', 'docs/b.md': 'x' }), {
      bookSection: 'manual',
    })
    expect(outline(site.menu!.children)).toEqual(['A'])
  })
})
