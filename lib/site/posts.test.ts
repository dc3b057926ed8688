import { beforeAll, describe, expect, it } from 'vitest'
import { furtherPostPagerUrls, postListFromSlug, postPagers, postsOf, postsSection } from './posts'
import { pageRouteUrls } from './page-routes'
import type { Site } from './site'
import { siteFromFolder, writeFixture } from '../../test/support/content'

/** Post n (1–23) is dated 2025-01-01 + n days: post 23 is the newest. */
function post(n: number, body: string): [string, string] {
  const day = String(n).padStart(2, '0')
  return [
    `posts/post-${day}.md`,
    `---\ntitle: Post ${n}\ndate: 2025-01-${day}T08:00:00+08:00\ntags: ["blog"]\n---\n\n${body}\n`,
  ]
}

describe('the posts section', () => {
  let site: Site
  beforeAll(async () => {
    const posts = Array.from({ length: 23 }, (_, index) => post(index + 1, `Text of post ${index + 1}.`))
    site = await siteFromFolder(
      writeFixture({
        '_index.md': '---\ntitle: 首页\n---\n',
        'docs/a.md': '---\ntitle: A\n---\n\nA.\n',
        ...Object.fromEntries(posts),
        // Dated between posts 12 and 13; drafts are never built.
        'posts/draft.md': '---\ntitle: Draft\ndate: 2025-01-12T12:00:00+08:00\ndraft: true\n---\n\nDraft.\n',
      }),
    )
  })

  it('is the top-level posts/ folder, a section even without _index.md', () => {
    expect(postsSection(site)?.url).toBe('/posts/')
    expect(postsSection(site)?.title).toBe('Posts')
  })

  it('lists the posts newest first, 10 to a pager: 10, 10, 3', () => {
    expect(postsOf(site)).toHaveLength(23)
    const pagers = postPagers(site)
    expect(pagers.map((pager) => pager.items.length)).toEqual([10, 10, 3])
    expect(pagers[0]!.items.map((page) => page.title).slice(0, 3)).toEqual(['Post 23', 'Post 22', 'Post 21'])
    expect(pagers[2]!.items.map((page) => page.title)).toEqual(['Post 3', 'Post 2', 'Post 1'])
    expect(pagers.map((pager) => pager.url)).toEqual(['/posts/', '/posts/page/2/', '/posts/page/3/'])
    expect(pagers[1]).toMatchObject({ previous: '/posts/', next: '/posts/page/3/' })
  })

  it('gives the catch-all route the further pagers, and finds a pager from raw or encoded segments', () => {
    expect(furtherPostPagerUrls(site)).toEqual(['/posts/page/2/', '/posts/page/3/'])
    const urls = pageRouteUrls(site)
    expect(urls).toEqual(expect.arrayContaining(['/posts/', '/posts/page/2/', '/posts/page/3/', '/posts/post-01/']))
    expect(new Set(urls).size).toBe(urls.length)
    expect(postListFromSlug(site, ['posts'])?.pager.number).toBe(1)
    expect(postListFromSlug(site, ['posts', 'page', '3'])?.pager.items).toHaveLength(3)
    expect(postListFromSlug(site, ['posts', 'page', '4'])).toBeUndefined()
    expect(postListFromSlug(site, ['posts', 'page', '1'])).toBeUndefined()
    expect(postListFromSlug(site, ['posts', 'post-01'])).toBeUndefined()
    expect(postListFromSlug(site, ['docs'])).toBeUndefined()
    expect(postListFromSlug(site, undefined)).toBeUndefined()
  })

  it('does not exist in a book without posts/', async () => {
    const book = await siteFromFolder(writeFixture({ 'docs/a.md': '---\ntitle: A\n---\n\nA.\n' }))
    expect(postsSection(book)).toBeUndefined()
    expect(postPagers(book)).toEqual([])
    expect(postListFromSlug(book, ['posts'])).toBeUndefined()
  })
})

describe('post summaries (Hugo’s .Summary)', () => {
  let site: Site
  const longChinese = '这是一句用来填充正文的中文句子，它本身并没有什么意义。'.repeat(12)
  const longEnglish = Array.from({ length: 120 }, (_, index) => `word${index}`).join(' ')
  beforeAll(async () => {
    site = await siteFromFolder(
      writeFixture({
        'posts/_index.md': '---\ntitle: 博客\n---\n\n全部文章。\n',
        'posts/more.md':
          '---\ntitle: More\ndate: 2025-01-03\n---\n\n摘要的第一段。\n\n摘要的第二段。\n\n<!--more-->\n\n正文从这里开始。\n',
        'posts/chinese.md': `---\ntitle: Chinese\ndate: 2025-01-02\n---\n\n${longChinese}\n`,
        'posts/english.md': `---\ntitle: English\ndate: 2025-01-01\n---\n\n${longEnglish}\n`,
        'posts/front-matter.md':
          '---\ntitle: Front matter\ndate: 2024-12-31\nsummary: 作者自己写的摘要。\n---\n\n正文。<!--more-->之后。\n',
      }),
    )
  })

  it('takes the text before <!--more-->', () => {
    expect(site.page('/posts/more/')?.summary).toBe('摘要的第一段。 摘要的第二段。')
  })

  it('takes about the first 120 Chinese characters, or 70 words, without a divider', () => {
    const chinese = site.page('/posts/chinese/')!.summary
    expect(chinese.length).toBeLessThanOrEqual(121)
    expect(chinese.length).toBeGreaterThan(72)
    expect(longChinese.startsWith(chinese.replace(/…$/, ''))).toBe(true)
    expect(site.page('/posts/english/')!.summary.split(' ')).toHaveLength(70)
  })

  it('prefers the front matter’s summary', () => {
    expect(site.page('/posts/front-matter/')?.summary).toBe('作者自己写的摘要。')
  })

  it('lists the posts under the section’s own title', () => {
    expect(postsSection(site)?.title).toBe('博客')
    expect(postsOf(site).map((page) => page.title)).toEqual(['More', 'Chinese', 'English', 'Front matter'])
  })
})
