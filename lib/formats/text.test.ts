import { describe, expect, it } from 'vitest'
import { decodeUriComponentSafe, isExternalUrl, lineAt } from './text'

describe('small text helpers', () => {
  it('count lines from 1 up to an offset', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1)
    expect(lineAt('a\nb\nc', 2)).toBe(2)
    expect(lineAt('a\nb\nc', 99)).toBe(3)
  })

  it('decode percent-escapes, leaving malformed ones as written', () => {
    expect(decodeUriComponentSafe('%E4%B8%AD')).toBe('中')
    expect(decodeUriComponentSafe('%E4%B8')).toBe('%E4%B8')
  })

  it('tell URLs that leave the site from site paths and relative ones', () => {
    for (const url of ['https://a.example/', 'mailto:x@y', '//cdn.example/a.js']) expect(isExternalUrl(url)).toBe(true)
    for (const url of ['/docs/a/', 'a.md', '../b.png', '#top']) expect(isExternalUrl(url)).toBe(false)
  })
})
