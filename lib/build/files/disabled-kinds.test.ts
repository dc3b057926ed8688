import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../../test/support/files'
import { removeDisabledOutputs } from './disabled-kinds'

const exported = () =>
  writeFixture({
    'index.html': '',
    'sitemap.xml': '',
    'robots.txt': '',
    '404.html': '',
    '404/index.html': '',
    'tags/index.html': '',
    'tags/index.txt': '',
    'tags/go/index.html': '',
    'categories/index.html': '',
  })

describe('disableKinds after the export', () => {
  it('deletes the list of terms but keeps the term pages (taxonomy), and a placeholder folder whole', () => {
    const out = exported()
    expect(removeDisabledOutputs(out, ['taxonomy'])).toEqual(['/categories/ and /tags/ (taxonomy)'])
    expect(existsSync(path.join(out, 'tags/index.html'))).toBe(false)
    expect(existsSync(path.join(out, 'tags/index.txt'))).toBe(false)
    expect(existsSync(path.join(out, 'tags/go/index.html'))).toBe(true)
    expect(existsSync(path.join(out, 'categories'))).toBe(false)
  })

  it('deletes sitemap.xml, robots.txt and the 404 page when asked, and nothing else', () => {
    const out = exported()
    expect(removeDisabledOutputs(out, ['sitemap', 'robotstxt', '404'])).toEqual([
      'sitemap.xml (sitemap)',
      'robots.txt (robotsTXT)',
      '404.html (404)',
    ])
    expect(['sitemap.xml', 'robots.txt', '404.html', '404'].filter((file) => existsSync(path.join(out, file)))).toEqual(
      [],
    )
    expect(existsSync(path.join(out, 'index.html'))).toBe(true)
    expect(existsSync(path.join(out, 'tags/index.html'))).toBe(true)
  })

  it('changes nothing without disableKinds', () => {
    const out = exported()
    expect(removeDisabledOutputs(out, [])).toEqual([])
    expect(existsSync(path.join(out, 'sitemap.xml'))).toBe(true)
  })
})
