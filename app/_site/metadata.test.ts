import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { siteFromFolder, writeFixture } from '@/test/support/content'
import { postListFromSlug } from '@/lib/site/posts'
import type { Site } from '@/lib/site/site'
import { taxonomyView } from '@/lib/site/taxonomies'
import { notFoundMetadata, pageMetadata, postListMetadata, taxonomyViewMetadata } from './metadata'
import { pageFromSlug } from './params'

describe('the head of a page', () => {
  let site: Site
  beforeAll(async () => {
    site = await siteFromFolder(path.join(import.meta.dirname, '..', '..', 'lib', 'site', 'fixtures', 'book'), {
      baseURL: 'https://book.example/',
    })
  })

  it('finds the page of a route from raw or percent-encoded segments', () => {
    expect(pageFromSlug(site, ['docs', 'levels', 'one', 'two', 'three', encodeURIComponent('深处')])?.title).toBe(
      '第四层页面',
    )
    expect(pageFromSlug(site, ['docs', 'levels', 'one', 'two', 'three', '深处'])?.title).toBe('第四层页面')
    expect(pageFromSlug(site, undefined)?.kind).toBe('home')
    expect(pageFromSlug(site, ['nope'])).toBeUndefined()
  })

  it('titles the 404 page in the book’s language and keeps it out of search engines', () => {
    expect(notFoundMetadata(site)).toEqual({ title: '页面不存在', robots: { index: false } })
  })

  it('titles pages "page | site" (through the layout template) and the home page with the site title', () => {
    expect(pageMetadata(site, site.page('/docs/intro/')!).title).toBe('入门')
    expect(pageMetadata(site, site.page('/')!).title).toEqual({ absolute: 'Test Book' })
  })

  it('describes a page by its first paragraph and fills Open Graph', () => {
    const metadata = pageMetadata(site, site.page('/docs/guide/')!)
    expect(metadata.description).toBe('指南简介。')
    expect(metadata.openGraph).toMatchObject({
      title: '指南',
      description: '指南简介。',
      url: '/docs/guide/',
      siteName: 'Test Book',
      locale: 'zh_CN',
      type: 'website',
    })
    expect(pageMetadata(site, site.page('/docs/guide/a/')!).openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2025-06-01T08:00:00+08:00',
    })
  })
})

describe('the head of a list', () => {
  let site: Site
  beforeAll(async () => {
    const posts = Array.from({ length: 12 }, (_, index) => [
      `posts/post-${String(index + 1).padStart(2, '0')}.md`,
      `---\ntitle: Post ${index + 1}\ndate: 2025-01-${String(index + 1).padStart(2, '0')}\ntags: ["Many"]\n---\n\nText.\n`,
    ])
    site = await siteFromFolder(
      writeFixture({
        '_index.md': '---\ntitle: 首页\n---\n',
        'docs/a.md': '---\ntitle: A\ncategories: ["AI 发展"]\ntags: ["AI"]\n---\n\nA.\n',
        'categories/ai-发展/_index.md': '---\ntitle: AI 发展专题\ndescription: 关于 AI 发展的页面。\n---\n\n专题。\n',
        ...Object.fromEntries(posts),
      }),
    )
  })

  it('titles further pagers of the posts with their number and makes them their own canonical URL', () => {
    expect(postListMetadata(site, postListFromSlug(site, ['posts', 'page', '2'])!)).toMatchObject({
      title: 'Posts（第 2 页）',
      alternates: { canonical: '/posts/page/2/' },
    })
    expect(postListMetadata(site, postListFromSlug(site, ['posts'])!)).toMatchObject({
      title: 'Posts',
      alternates: { canonical: '/posts/' },
    })
  })

  it('titles and describes taxonomy pages, with the author’s own page when there is one', () => {
    expect(taxonomyViewMetadata(site, taxonomyView(site, 'tags', ['many', 'page', '2'])!)).toMatchObject({
      title: '标签：Many（第 2 页）',
      alternates: { canonical: '/tags/many/page/2/' },
    })
    expect(taxonomyViewMetadata(site, taxonomyView(site, 'tags', ['ai'])!).description).toBe('标签“AI”下的 1 篇页面。')
    expect(taxonomyViewMetadata(site, taxonomyView(site, 'categories', ['ai-发展'])!).description).toBe(
      '关于 AI 发展的页面。',
    )
  })

  it('links the home page, sections, taxonomies and terms (each of their pagers) to their RSS feed, titled with the site, and none when it writes none', async () => {
    const feed = (url: string) => ({ 'application/rss+xml': [{ url, title: 'Test Book' }] })
    expect(pageMetadata(site, site.page('/')!).alternates?.types).toEqual(feed('/index.xml'))
    expect(postListMetadata(site, postListFromSlug(site, ['posts', 'page', '2'])!).alternates?.types).toEqual(
      feed('/posts/index.xml'),
    )
    expect(taxonomyViewMetadata(site, taxonomyView(site, 'tags', [])!).alternates?.types).toEqual(
      feed('/tags/index.xml'),
    )
    expect(taxonomyViewMetadata(site, taxonomyView(site, 'tags', ['many', 'page', '2'])!).alternates?.types).toEqual(
      feed('/tags/many/index.xml'),
    )
    expect(pageMetadata(site, site.page('/docs/a/')!).alternates?.types).toBeUndefined()
    const quiet = await siteFromFolder(writeFixture({ '_index.md': '---\ntitle: 首页\n---\n' }), {
      disableKinds: ['rss'],
    })
    expect(pageMetadata(quiet, quiet.page('/')!).alternates?.types).toBeUndefined()
  })
})
