import { describe, expect, it } from 'vitest'
import { decodeSegment, locateContentFile, pageUrl, sanitizeSegment, urlToSegments } from './paths'

const url = (file: string, overrides = {}) => pageUrl(locateContentFile(file), overrides)

describe('content file → URL', () => {
  it('follows Hugo for sections, pages, leaf bundles and home', () => {
    expect(url('_index.md')).toBe('/')
    expect(url('docs/_index.md')).toBe('/docs/')
    expect(url('docs/llm/_index.md')).toBe('/docs/llm/')
    expect(url('docs/llm/year-in-llms-2025.md')).toBe('/docs/llm/year-in-llms-2025/')
    expect(url('docs/llm/bundle/index.md')).toBe('/docs/llm/bundle/')
    expect(url('about.md')).toBe('/about/')
  })

  it('keeps Chinese, lower-cases Latin and turns spaces into hyphens', () => {
    expect(url('docs/指南/入门 教程.md')).toBe('/docs/指南/入门-教程/')
    expect(url('docs/Getting Started/Intro.md')).toBe('/docs/getting-started/intro/')
  })

  it('applies slug and url from front matter', () => {
    expect(url('docs/a/long-name.md', { slug: 'short' })).toBe('/docs/a/short/')
    expect(url('docs/a/long-name.md', { url: '/elsewhere/page' })).toBe('/elsewhere/page/')
    expect(url('docs/a/long-name.md', { url: '/' })).toBe('/')
  })

  // Each checked against Hugo 0.111's output for the same front matter.
  it("ignores slug on a section's or the home page's _index.md, as Hugo does", () => {
    expect(url('docs/_index.md', { slug: '/' })).toBe('/docs/')
    expect(url('docs/sub/_index.md', { slug: 'other' })).toBe('/docs/sub/')
    expect(url('_index.md', { slug: 'home' })).toBe('/')
  })

  it('honours url on a section, and slug or url on a leaf bundle', () => {
    expect(url('s3/_index.md', { url: '/custom-section/' })).toBe('/custom-section/')
    expect(url('b1/index.md', { slug: 'bslug' })).toBe('/bslug/')
    expect(url('docs/b2/index.md', { url: '/burl/' })).toBe('/burl/')
  })

  it('reads a slug with slashes as several segments, lower-cased with hyphens for spaces', () => {
    expect(url('p/j.md', { slug: 'a/b' })).toBe('/p/a/b/')
    expect(url('p/h.md', { slug: 'Spaced Slug' })).toBe('/p/spaced-slug/')
    expect(url('p/g.md', { url: 'furl2/' })).toBe('/furl2/')
  })

  it('makes URLs whose links reach their page from names with %, \\ or a line break (a browser reads % in a link as an escape)', () => {
    expect(url('docs/100%.md')).toBe('/docs/100/') // Hugo 0.111: /docs/100/ too
    expect(url('docs/a%20b.md')).toBe('/docs/a20b/') // Hugo 0.111: /docs/a%20b/, which its links, read as /docs/a b/, miss
    expect(url('docs/back\\slash.md')).toBe('/docs/backslash/')
    expect(url('docs/new\nline.md')).toBe('/docs/new-line/')
    expect(url('docs/dot..dot.md')).toBe('/docs/dot..dot/')
    expect(url('docs/a.md', { url: '/docs/%E4%B8%AD%E6%96%87/' })).toBe('/docs/中文/')
  })

  it('says what kind of file it is and which name the title falls back to', () => {
    expect(locateContentFile('docs/3rd-level/_index.md')).toEqual({ filePath: 'docs/3rd-level/_index.md', kind: 'section', isBundle: false, dir: 'docs/3rd-level', baseName: '3rd-level' })
    expect(locateContentFile('docs/pic/index.md')).toMatchObject({ kind: 'page', isBundle: true, dir: 'docs/pic', baseName: 'pic' })
    expect(locateContentFile('docs/a-page.md')).toMatchObject({ kind: 'page', isBundle: false, dir: 'docs', baseName: 'a-page' })
  })

  it('drops characters Hugo drops from paths', () => {
    expect(sanitizeSegment('What? Why!')).toBe('what-why')
    expect(sanitizeSegment('C++ & Go')).toBe('c++--go')
  })

  it('decodes percent-encoded route segments, leaving malformed ones alone', () => {
    expect(decodeSegment('%E5%A4%A7%E6%A8%A1%E5%9E%8B')).toBe('大模型')
    expect(decodeSegment('%E5%A4')).toBe('%E5%A4')
    expect(urlToSegments('/docs/大模型/')).toEqual(['docs', '大模型'])
  })
})

// Checked against Hugo 0.111 on a small site (disablePathToLower = true; [permalinks] posts = …).
describe('Hugo’s disablePathToLower', () => {
  const keep = { keepCase: true }
  it('keeps the case of folders, files, slugs and url', () => {
    expect(pageUrl(locateContentFile('grpc/gRPC.md'), {}, keep)).toBe('/grpc/gRPC/')
    expect(pageUrl(locateContentFile('Docs/Sub/My Page.md'), { slug: 'My-Slug' }, keep)).toBe('/Docs/Sub/My-Slug/')
    expect(pageUrl(locateContentFile('Foo/_index.md'), {}, keep)).toBe('/Foo/')
    expect(pageUrl(locateContentFile('Docs/Urled.md'), { url: '/Some/Path/' }, keep)).toBe('/Some/Path/')
  })

  it('lower-cases them without it', () => {
    expect(pageUrl(locateContentFile('grpc/gRPC.md'))).toBe('/grpc/grpc/')
  })
})

describe('Hugo’s [permalinks]', () => {
  const rules = { permalinks: { posts: '/:section/:year/:month/:day/:slug/' } }
  const post = (file: string, overrides = {}, extra = {}) => pageUrl(locateContentFile(file), overrides, { ...rules, ...extra })

  it('moves the regular pages and leaf bundles of the section, at any depth', () => {
    expect(post('posts/Hello-World.md', { title: 'Hello World Title', date: '2023-03-05T10:00:00+00:00' })).toBe('/posts/2023/03/05/hello-world-title/')
    expect(post('posts/with-slug.md', { slug: 'The-Slug', title: 'Slugged', date: '2023-11-25T00:00:00+00:00' }, { keepCase: true })).toBe('/posts/2023/11/25/The-Slug/')
    expect(post('posts/Bundle-B/index.md', { title: 'Bundle B', date: '2021-07-04T00:00:00+00:00' })).toBe('/posts/2021/07/04/bundle-b/')
    expect(post('posts/sub/deep.md', { title: 'Deep Page', date: '2022-01-09T00:00:00+00:00', sectionDir: 'posts/sub' })).toBe('/posts/2022/01/09/deep-page/')
    expect(post('posts/nodate.md', { title: 'No date' })).toBe('/posts/1/01/01/no-date/')
  })

  it('leaves the section pages, other sections and a page’s url alone', () => {
    expect(post('posts/_index.md', { title: 'Posts' })).toBe('/posts/')
    expect(post('posts/sub/_index.md', { title: 'Sub' })).toBe('/posts/sub/')
    expect(post('docs/a.md', { title: 'A', date: '2023-01-01T00:00:00+00:00' })).toBe('/docs/a/')
    expect(post('posts/with-url.md', { url: '/direct/url/', date: '2023-11-25T00:00:00+00:00' })).toBe('/direct/url/')
  })

  it('matches a key only to the section folder spelled in lower case, as Hugo does', () => {
    expect(pageUrl(locateContentFile('Docs/a.md'), { slug: 's' }, { permalinks: { docs: '/d/:slug/' } })).toBe('/docs/s/')
    expect(pageUrl(locateContentFile('docs/a.md'), { slug: 's' }, { permalinks: { docs: '/d/:slug/' } })).toBe('/d/s/')
  })

  it('makes a whole path even from a pattern without the trailing slash, or with an emptied segment', () => {
    expect(pageUrl(locateContentFile('posts/a.md'), { title: 'T' }, { permalinks: { posts: '/p/:sections[1:]/:title' } })).toBe('/p/t/')
  })
})
