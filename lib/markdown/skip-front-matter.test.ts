import { describe, expect, it } from 'vitest'
import { blankFrontMatter } from './skip-front-matter'

describe('blankFrontMatter', () => {
  it('replaces front matter with spaces, keeping length and line breaks', () => {
    const text = '---\ntitle: 标题\n---\nbody'
    const blanked = blankFrontMatter(text, 'a.md')
    expect(blanked).toHaveLength(text.length)
    expect(blanked.split('\n')).toHaveLength(4)
    expect(blanked.endsWith('\nbody')).toBe(true)
    expect(blanked.slice(0, -4).trim()).toBe('')
  })

  it('keeps CRLF and maps offsets past a byte-order mark', () => {
    const text = '\uFEFF+++\r\ntitle = "x"\r\n+++\r\nbody\r\n'
    const blanked = blankFrontMatter(text, 'a.md')
    expect(blanked).toHaveLength(text.length)
    expect(blanked.indexOf('body')).toBe(text.indexOf('body'))
    expect(blanked.match(/\r\n/g)).toHaveLength(4)
  })

  it('leaves a file without front matter untouched', () => {
    expect(blankFrontMatter('# x\n', 'a.md')).toBe('# x\n')
  })
})
