import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../test/support/files'
import { readContentSources } from './sources'

describe('readContentSources with the site’s URL rules', () => {
  const dir = writeFixture({
    'posts/_index.md': '---\ntitle: Posts\n---\n',
    'posts/First-Post.md': '---\ntitle: First Post\ndate: 2024-02-29\n---\n',
    'posts/sub/_index.md': '---\ntitle: Sub\n---\n',
    'posts/sub/Deep.md': '---\ntitle: Deep\ndate: 2022-01-09\nslug: Deeper\n---\n',
    'Docs/gRPC.md': '---\ntitle: gRPC\n---\n',
  })
  const urls = (rules = {}) => Object.fromEntries(readContentSources(dir, { urls: rules }).pages.map((page) => [page.filePath, page.url]))

  it('applies disablePathToLower and the permalinks of a section to its pages (date, title, slug from front matter)', () => {
    expect(urls({ keepCase: true, permalinks: { posts: '/:sections/:year/:month/:slug/' } })).toEqual({
      'posts/_index.md': '/posts/',
      'posts/First-Post.md': '/posts/2024/02/First-Post/',
      'posts/sub/_index.md': '/posts/sub/',
      'posts/sub/Deep.md': '/posts/sub/2022/01/Deeper/',
      'Docs/gRPC.md': '/Docs/gRPC/',
    })
  })

  it('keeps Hugo’s defaults without rules', () => {
    expect(urls()['posts/First-Post.md']).toBe('/posts/first-post/')
    expect(urls()['Docs/gRPC.md']).toBe('/docs/grpc/')
  })

  it('reports two pages a permalink pattern gives the same URL, as any other duplicate', () => {
    const clash = writeFixture({ 'posts/a.md': '---\ntitle: Same\n---\n', 'posts/b.md': '---\ntitle: Same\n---\n' })
    const sources = readContentSources(clash, { urls: { permalinks: { posts: '/:section/:title/' } } })
    expect(sources.errors.map((error) => error.message)).toEqual([expect.stringMatching(/same URL \/posts\/same\//)])
  })
})

describe('readContentSources: URLs the site’s own files take', () => {
  const messages = (files: Record<string, string>, place?: { atSiteRoot: boolean; languageFolders?: string[] }) => {
    const dir = writeFixture(files)
    return readContentSources(dir, place ? { place } : {}).errors.map((error) => error.format().replace(`${dir}/`, '<content>/'))
  }

  it('stops a page at the 404 page’s, a taxonomy’s or the sitemap’s URL, naming the url field’s line and what takes it', () => {
    expect(
      messages({
        'a.md': '---\ntitle: A\nurl: /404/\n---\n',
        'b.md': '---\ntitle: B\ntags: [x]\nurl: /tags/\n---\n',
        'c.md': '---\ntitle: C\nurl: /tags/x/\n---\n',
        'd.md': '---\ntitle: D\nurl: /sitemap.xml\n---\n',
        'e.md': '---\ntitle: E\nurl: /serve.json\n---\n',
        'f.md': '---\ntitle: F\nurl: /docs/index.xml\n---\n',
        'g.md': '---\ntitle: G\nurl: /_next/static/\n---\n',
      }),
    ).toEqual([
      '<content>/a.md:3: takes the URL /404/ (from its url), where the site publishes the site’s 404 page (404/index.html)\n  fix: give the page another url in its front matter',
      '<content>/b.md:4: takes the URL /tags/ (from its url), where the site publishes the list of all tags (/tags/)\n  fix: give the page another url in its front matter',
      '<content>/c.md:3: takes the URL /tags/x/ (from its url), where the site publishes the tags’ pages (/tags/<tag>/, each listing its pages)\n  fix: give the page another url in its front matter',
      '<content>/d.md:3: takes the URL /sitemap.xml/ (from its url), where the site publishes the sitemap (sitemap.xml)\n  fix: give the page another url in its front matter',
      '<content>/e.md:3: takes the URL /serve.json/ (from its url), where the site publishes the headers file of npm start (serve.json)\n  fix: give the page another url in its front matter',
      '<content>/f.md:3: takes the URL /docs/index.xml/ (from its url), where the site publishes the RSS feed of the page at /docs/ (index.xml)\n  fix: give the page another url in its front matter',
      '<content>/g.md:3: takes the URL /_next/static/ (from its url), where the site publishes Next.js’s scripts and styles (/_next/)\n  fix: give the page another url in its front matter',
    ])
  })

  it('lets a taxonomy’s and a term’s own _index.md be their pages, as in Hugo; any other page there stops', () => {
    expect(messages({ 'tags/_index.md': '---\ntitle: Tags\n---\n', 'tags/go/_index.md': '---\ntitle: Go\n---\n' })).toEqual([])
    expect(messages({ 'tags/_index.md': '---\ntitle: Tags\n---\n', 'tags/go.md': '---\ntitle: Go\n---\n' })).toEqual([
      expect.stringMatching(/^<content>\/tags\/go\.md:1: takes the URL \/tags\/go\/ \(from its path\), where the site publishes the tags’ pages[^\n]*\n {2}fix: rename or move the file/),
    ])
  })

  it('stops a file named index.html.md, whose page would be its folder’s HTML', () => {
    expect(messages({ 'docs/_index.md': '---\ntitle: Docs\n---\n', 'docs/index.html.md': '---\ntitle: I\n---\n' })).toEqual([
      expect.stringMatching(/^<content>\/docs\/index\.html\.md:1: takes the URL \/docs\/index\.html\/ \(from its path\), where the site publishes the HTML of the page at \/docs\/ \(index\.html\)\n {2}fix: rename or move the file/),
    ])
  })

  it('stops a url or slug with a ".." segment, saying where Hugo would have put the page', () => {
    expect(messages({ 'docs/a.md': '---\ntitle: A\nurl: /a/../b/\n---\n', 'docs/b.md': '---\ntitle: B\nslug: ../../up\n---\n' })).toEqual([
      '<content>/docs/a.md:3: the URL /a/../b/ (from its url) has a ".." or "." segment, which would move the page out of its place (Hugo would publish it at /b/, over whatever is there)\n  fix: write the URL the page should have without "." and ".." segments in its url',
      '<content>/docs/b.md:3: the URL /docs/../../up/ (from its slug) has a ".." or "." segment, which would move the page out of its place (Hugo would publish it at /up/, over whatever is there)\n  fix: write the URL the page should have without "." and ".." segments in its slug',
    ])
  })

  it('reserves the site’s top-level files for the language at the top only, and the other languages’ folders there', () => {
    const files = { 'a.md': '---\ntitle: A\nurl: /serve.json/\n---\n', 'b.md': '---\ntitle: B\nurl: /en/\n---\n' }
    expect(messages(files, { atSiteRoot: false, languageFolders: ['zh', 'en'] })).toEqual([])
    expect(messages(files, { atSiteRoot: true, languageFolders: ['zh', 'en'] })).toEqual([
      expect.stringMatching(/^<content>\/a\.md:3: takes the URL \/serve\.json\//),
      expect.stringMatching(/^<content>\/b\.md:3: takes the URL \/en\/ \(from its url\), where the site publishes the folder of the language en \(\/en\/\)/),
    ])
  })

  it('stops a folder that Hugo makes a section at such a URL (no _index.md), naming the folder', () => {
    expect(messages({ '404/a.md': 'x' })).toEqual([
      '<content>/404/ (a folder): is a section at the URL /404/, where the site publishes the site’s 404 page (404/index.html)\n  fix: rename the folder',
    ])
    expect(messages({ 'tags/go/_index.md': 'x' })).toEqual([])
  })

  it('leaves pages that only look like the site’s files alone', () => {
    expect(messages({ 'menu.md': 'x', 'search-index.md': 'y', 'docs/tags.md': 'z', 'docs/404.md': 'w', 'docs/sitemap.xml.md': 'v' })).toEqual([])
  })
})

describe('readContentSources: file names', () => {
  const read = (files: Record<string, string>) => {
    const dir = writeFixture(files)
    const sources = readContentSources(dir)
    return { urls: sources.pages.map((page) => page.url), errors: sources.errors.map((error) => error.format().replace(`${dir}/`, '<content>/')) }
  }

  it('makes pages of names with \\, a line break, % and .. whose URLs a link reaches', () => {
    expect(read({ 'docs/back\\slash.md': 'a', 'docs/new\nline.md': 'b', 'docs/100%.md': 'c', 'docs/dot..dot.md': 'd' })).toEqual({
      urls: ['/docs/100/', '/docs/backslash/', '/docs/dot..dot/', '/docs/new-line/'],
      errors: [],
    })
  })

  it('stops a page whose URL has a segment longer than the build can name files after, naming the file', () => {
    const folder = '长'.repeat(45)
    expect(read({ [`docs/${folder}/${'文'.repeat(80)}.md`]: 'fits: 240 bytes' }).errors).toEqual([])
    expect(read({ [`docs/${folder}/${'文'.repeat(84)}.md`]: 'x' }).errors).toEqual([
      `<content>/docs/${folder}/${'文'.repeat(84)}.md:1: its URL /docs/${folder}/${'文'.repeat(84)}/ (from its path) has a segment of 252 bytes, "${'文'.repeat(84)}": the build names files after it, and file systems allow 240 bytes with the endings it adds\n  fix: shorten that file or folder name to 240 bytes or less (a Chinese character takes 3), or give the page a shorter slug in its front matter`,
    ])
    // An MDX page's route folders are percent-encoded: 45 Chinese characters are 405 bytes there.
    expect(read({ [`docs/${folder}/a.mdx`]: 'x' }).errors).toEqual([expect.stringMatching(/a\.mdx:1: its URL .* has a segment of 405 bytes, "长+": .*\(an MDX page’s route spells each Chinese character in 9 bytes\)\n {2}fix: .*takes 9\)/)])
  })
})
