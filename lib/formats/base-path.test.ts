import { describe, expect, it } from 'vitest'
import { basePathOf, normalizeBasePath, withBasePath, withoutBasePath } from './base-path'

describe('base path: a site served under a sub-path', () => {
  it('is the path of the site address, without its trailing slash', () => {
    expect(basePathOf('https://owner.github.io/repo/')).toBe('/repo')
    expect(basePathOf('https://owner.github.io/repo')).toBe('/repo')
    expect(basePathOf('https://example.org/')).toBe('')
    expect(basePathOf('https://example.org')).toBe('')
    expect(basePathOf('https://example.org/a/b/')).toBe('/a/b')
  })

  it('accepts a path as a person writes it, and keeps non-ASCII segments percent-encoded once', () => {
    expect(normalizeBasePath('sub/path/')).toBe('/sub/path')
    expect(normalizeBasePath('/')).toBe('')
    expect(normalizeBasePath('/文档/')).toBe('/%E6%96%87%E6%A1%A3')
    expect(normalizeBasePath('/%E6%96%87%E6%A1%A3')).toBe('/%E6%96%87%E6%A1%A3')
    expect(() => normalizeBasePath('/a/../b')).toThrow(/cannot go up/)
  })

  it('puts root-relative URLs under the base path and leaves the others as written', () => {
    expect(withBasePath('/repo', '/docs/intro/')).toBe('/repo/docs/intro/')
    expect(withBasePath('/repo', '/')).toBe('/repo/')
    expect(withBasePath('/repo', '../img/a.png')).toBe('../img/a.png')
    expect(withBasePath('/repo', '#top')).toBe('#top')
    expect(withBasePath('/repo', '//cdn.example.org/x.js')).toBe('//cdn.example.org/x.js')
    expect(withBasePath('/repo', 'https://example.org/')).toBe('https://example.org/')
    expect(withBasePath('', '/docs/')).toBe('/docs/')
  })

  it('finds the site path of a browser pathname, and nothing outside the base path', () => {
    expect(withoutBasePath('/repo', '/repo/docs/')).toBe('/docs/')
    expect(withoutBasePath('/repo', '/repo')).toBe('/')
    expect(withoutBasePath('/repo', '/repository/docs/')).toBeUndefined()
    expect(withoutBasePath('/repo', '/zh/docs/')).toBeUndefined()
    expect(withoutBasePath('', '/docs/')).toBe('/docs/')
  })
})
