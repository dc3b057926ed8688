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
    expect(lookup.page('docs/guide/b.md', 'docs/bundle/')?.url).toBe('/docs/bundle/')
    expect(lookup.page('docs/guide/b.md', 'nope.md')).toBeUndefined()
    expect(lookup.hasFile('docs/bundle/picture.png')).toBe(true)
    expect(lookup.hasUrl('/docs/guide/a/')).toBe(true)
  })
})
