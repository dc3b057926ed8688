import { describe, expect, it } from 'vitest'
import { lineOfField, parseSource, splitFrontMatter } from './front-matter'
import { contentErrorOf as errorOf } from '../../test/support/content'

describe('splitFrontMatter / parseSource', () => {
  it('reads YAML between --- lines and keeps dates as text', () => {
    const parsed = parseSource('---\ntitle: 标题\npubDate: 2025-12-31\nweight: 3\n---\n\n正文\n', 'a.md')
    expect(parsed.format).toBe('yaml')
    expect(parsed.data).toEqual({ title: '标题', pubDate: '2025-12-31', weight: 3 })
    expect(parsed.body).toBe('\n正文\n')
    expect(parsed.bodyLine).toBe(6)
  })

  it('reads TOML between +++ lines', () => {
    const parsed = parseSource('+++\ntitle = "标题"\nweight = 2\ntags = ["a", "b"]\n+++\nbody', 'a.md')
    expect(parsed.format).toBe('toml')
    expect(parsed.data).toMatchObject({ title: '标题', weight: 2, tags: ['a', 'b'] })
    expect(parsed.body).toBe('body')
  })

  it('reads a JSON object that opens the file, braces inside strings included', () => {
    const parsed = parseSource('{\n  "title": "a } b",\n  "weight": 1\n}\n\n# Body\n', 'a.md')
    expect(parsed.format).toBe('json')
    expect(parsed.data).toEqual({ title: 'a } b', weight: 1 })
    expect(parsed.body).toBe('\n# Body\n')
    expect(parsed.bodyLine).toBe(5)
  })

  it('accepts a byte-order mark and CRLF line endings', () => {
    const parsed = parseSource('\uFEFF---\r\ntitle: 标题\r\n---\r\n正文\r\n', 'a.md')
    expect(parsed.data).toEqual({ title: '标题' })
    expect(parsed.body).toBe('正文\n')
  })

  it('treats a file without front matter, or an empty one, as all body', () => {
    expect(parseSource('# 标题\n\n正文', 'a.md')).toMatchObject({ format: 'none', data: {}, body: '# 标题\n\n正文' })
    expect(parseSource('', 'a.md')).toMatchObject({ format: 'none', data: {}, body: '' })
    expect(parseSource('---\n---\n', 'a.md')).toMatchObject({ format: 'yaml', data: {}, body: '' })
  })

  it('names the file and the line of a YAML syntax error', () => {
    const error = errorOf(() => parseSource('---\ntitle: ok\ntags: [a, b\nweight: 1\n---\nbody', 'content/docs/a.md'))
    expect(error.file).toBe('content/docs/a.md')
    expect(error.line).toBeGreaterThanOrEqual(3)
    expect(error.line).toBeLessThanOrEqual(5)
    expect(error.message).toMatch(/invalid YAML front matter/)
    expect(error.format()).toMatch(/^content\/docs\/a\.md:\d: invalid YAML front matter: .+\n {2}fix: /)
  })

  it('names the line of a TOML syntax error', () => {
    const error = errorOf(() => parseSource('+++\ntitle = "x"\nweight = \n+++\n', 'a.md'))
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/invalid TOML front matter/)
  })

  it('names the line of a JSON syntax error', () => {
    const error = errorOf(() => parseSource('{\n  "title": "x",\n  "weight": 1,\n}\nbody', 'a.md'))
    expect(error.message).toMatch(/invalid JSON front matter/)
    expect(error.line).toBe(4)
  })

  it('reports front matter that is never closed', () => {
    const error = errorOf(() => splitFrontMatter('---\ntitle: x\n\nbody', 'a.md'))
    expect(error.line).toBe(1)
    expect(error.message).toMatch(/never closed/)
    expect(error.hint).toMatch(/---/)
  })

  it('rejects front matter that is not a set of fields', () => {
    expect(errorOf(() => parseSource('---\n- a\n- b\n---\n', 'a.md')).message).toMatch(/not a list/)
  })

  it('finds the line a field is written on, case-insensitively', () => {
    const split = splitFrontMatter('---\ntitle: x\nWeight: abc\n---\n', 'a.md')
    expect(lineOfField(split, 'weight')).toBe(3)
    expect(lineOfField(split, 'date')).toBeUndefined()
  })
})
