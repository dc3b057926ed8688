import { describe, expect, it } from 'vitest'
import { createContentLookup } from './lookup'

describe('createContentLookup: the page a content path names', () => {
  const lookup = createContentLookup({
    pages: [
      { filePath: '_index.md', url: '/' },
      { filePath: 'docs/_index.md', url: '/docs/' },
      { filePath: 'docs/guide/a.md', url: '/docs/guide/a/' },
      { filePath: 'docs/notes.markdown', url: '/docs/notes/' },
      { filePath: 'docs/bundle/index.md', url: '/docs/bundle/' },
    ],
    assets: ['docs/bundle/picture.png'],
  })

  it('resolves from the page’s folder, then from the content root, with or without the extension', () => {
    expect(lookup.page('docs/guide/b.md', 'a.md')?.url).toBe('/docs/guide/a/')
    expect(lookup.page('docs/guide/b.md', 'docs/guide/a')?.url).toBe('/docs/guide/a/')
    expect(lookup.page('docs/guide/b.md', '../_index.md')?.url).toBe('/docs/')
    expect(lookup.page('docs/guide/b.md', '/')?.url).toBe('/')
  })

  it('finds .markdown files, sections by their folder and bundles by theirs', () => {
    expect(lookup.page('docs/guide/b.md', '/docs/notes')?.url).toBe('/docs/notes/')
    expect(lookup.page('docs/guide/b.md', '/docs')?.url).toBe('/docs/')
    expect(lookup.page('docs/guide/b.md', 'docs/Bundle')?.url).toBe('/docs/bundle/')
    expect(lookup.page('docs/guide/b.md', 'nope.md')).toBeUndefined()
    expect(lookup.fileUrl('docs/bundle/picture.png')).toBe('/docs/bundle/picture.png')
    expect(lookup.hasUrl('/docs/guide/a/')).toBe(true)
  })

  it('finds a page by its base name for a ref, not for a link (Hugo: ref, not .GetPage from a page)', () => {
    expect(lookup.ref('docs/_index.md', 'A')).toEqual({ url: '/docs/guide/a/' })
    expect(lookup.page('docs/_index.md', 'A')).toBeUndefined()
  })
})

describe('createContentLookup: relative URLs resolved from the page URL, as the browser does on a Hugo site', () => {
  const lookup = createContentLookup({
    pages: [
      { filePath: 'channel/_index.md', url: '/channel/' },
      { filePath: 'channel/struct.md', url: '/channel/struct/' },
      { filePath: 'docs/bundle/index.md', url: '/docs/bundle/' },
      { filePath: 'docs/中文.md', url: '/docs/中文/' },
    ],
    assets: ['docs/bundle/picture.png', 'channel/diagram.png'],
    staticFiles: ['channel/assets/1.png', 'images/图 1.png'],
  })

  it('finds a static file, a bundle file and a section file from the page URL', () => {
    expect(lookup.resolveFromPage('channel/struct.md', '../assets/1.png')).toBe('file')
    expect(lookup.resolveFromPage('docs/bundle/index.md', 'picture.png')).toBe('file')
    expect(lookup.resolveFromPage('docs/bundle/index.md', './picture.png?v=2#x')).toBe('file')
    expect(lookup.resolveFromPage('channel/struct.md', '../diagram.png')).toBe('file')
    expect(lookup.resolveFromPage('docs/中文.md', '../../images/%E5%9B%BE%201.png')).toBe('file')
  })

  it('finds pages, and nothing where nothing is', () => {
    expect(lookup.resolveFromPage('channel/struct.md', '..')).toBe('page')
    expect(lookup.resolveFromPage('channel/struct.md', 'assets/1.png')).toBeUndefined()
    expect(lookup.resolveFromPage('channel/struct.md', 'https://elsewhere.org/channel/assets/1.png')).toBeUndefined()
    expect(lookup.resolveFromPage('unknown.md', '../assets/1.png')).toBeUndefined()
  })
})
