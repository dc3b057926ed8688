import { describe, expect, it } from 'vitest'
import { blankFrontMatter, lineOfField, parseDataText, parseSource, splitFrontMatter } from './front-matter'
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

  it('reads 50,000 keys, one of them written twice, in linear time (this took minutes)', { timeout: 30_000 }, () => {
    const keys = Array.from({ length: 50_000 }, (_, index) => `key${index}: value ${index}\n`).join('')
    const parsed = parseSource(`---\ntitle: T\n${keys}title: again\n---\n正文\n`, 'a.md')
    expect(Object.keys(parsed.data)).toHaveLength(50_001)
    expect(parsed.warnings).toEqual([
      expect.objectContaining({
        line: 50_003,
        message: expect.stringContaining('title is written again (first on line 2)') as string,
      }),
    ])
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

// Each case was built with Hugo 0.111.3 + hugo-book: the page's <title> and body as Hugo shows them.
describe('front matter after blank lines and spaces, as Hugo reads it', () => {
  it('reads YAML, TOML and JSON front matter that blank lines or spaces come before', () => {
    const yaml = parseSource('\n\n  ---\ntitle: Lead\nweight: 2\n---\n# heading\nbody\n', 'a.md')
    expect(yaml).toMatchObject({ format: 'yaml', data: { title: 'Lead', weight: 2 }, body: '# heading\nbody\n' })
    expect(parseSource('\n\n+++\ntitle = "Tm"\n+++\nbody\n', 'a.md')).toMatchObject({
      data: { title: 'Tm' },
      body: 'body\n',
    })
    expect(parseSource('\n{\n"title": "Js"\n}\nbody\n', 'a.md')).toMatchObject({
      data: { title: 'Js' },
      body: 'body\n',
    })
    expect(parseSource('\t\r\n \n---\r\ntitle: Four\r\n---\r\nbody', 'a.md')).toMatchObject({
      data: { title: 'Four' },
      body: 'body',
    })
  })

  it('keeps the file’s line numbers: the body’s, a field’s and a syntax error’s', () => {
    const text = '\n\n---\ntitle: x\nweight: abc\n---\n\nbody\n'
    const split = splitFrontMatter(text, 'a.md')
    expect(split).toMatchObject({ frontMatterLine: 4, bodyLine: 7 })
    expect(lineOfField(split, 'weight')).toBe(5)
    expect(blankFrontMatter(text, split).split('\n')[7]).toBe('body')
    expect(errorOf(() => parseSource('\n\n---\ntitle: ok\ntags: [a\n---\n', 'a.md')).line).toBeGreaterThanOrEqual(5)
    expect(errorOf(() => parseSource('\n\n+++\ntitle = "x"\nweight = \n+++\n', 'a.md')).line).toBe(5)
    expect(errorOf(() => parseSource('\n\n{\n"title": "x",\n}\n', 'a.md')).line).toBe(5)
    expect(errorOf(() => splitFrontMatter('\n\n---\ntitle: x\n', 'a.md')).line).toBe(3)
  })

  it('closes the front matter at the first line that starts with the fence, as Hugo does', () => {
    // Hugo 0.111 shows "-\nbody" as the page's text: the fourth dash is the body's.
    expect(parseSource('---\ntitle: Four\n----\nbody\n', 'a.md')).toMatchObject({
      data: { title: 'Four' },
      body: '-\nbody\n',
    })
  })
})

describe('a front-matter key written twice', () => {
  it('keeps the last value in YAML and JSON, as Hugo does, with a warning naming the file and line', () => {
    const yaml = parseSource(
      '---\ntitle: Dup\nurl: /first/\nweight: 1\nurl: /second/\n---\nbody\n',
      'content/docs/a.md',
    )
    expect(yaml.data).toEqual({ title: 'Dup', url: '/second/', weight: 1 })
    expect(yaml.warnings).toEqual([
      {
        file: 'content/docs/a.md',
        line: 5,
        message: 'front matter: url is written again (first on line 3); the last value is used, as in Hugo',
        hint: 'remove the one that should not count',
      },
    ])
    const json = parseSource('\n{\n"title": "JsonDup",\n"url": "/jfirst/",\n"url": "/jsecond/"\n}\nbody\n', 'b.md')
    expect(json.data).toEqual({ title: 'JsonDup', url: '/jsecond/' })
    expect(json.warnings).toMatchObject([
      {
        file: 'b.md',
        line: 5,
        message: expect.stringMatching(/^front matter: url is written again \(first on line 4\)/),
      },
    ])
  })

  it('names a repeated key inside a table by its path', () => {
    const parsed = parseSource('---\nmenu:\n  docs:\n    weight: 1\n    weight: 2\n---\n', 'a.md')
    expect(parsed.data).toEqual({ menu: { docs: { weight: 2 } } })
    expect(parsed.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [5, 'front matter: menu.docs.weight is written again (first on line 4); the last value is used, as in Hugo'],
    ])
  })

  it('stops on it in TOML, which forbids it (Hugo: "key url is already defined"), naming the line', () => {
    const error = errorOf(() => parseSource('+++\ntitle = "TomlDup"\nurl = "/a/"\nurl = "/b/"\n+++\nbody\n', 'a.md'))
    expect(error.line).toBe(4)
    expect(error.message).toBe('invalid TOML front matter: a key (or table) written twice')
    expect(error.hint).toMatch(/remove one of the two/)
  })

  it('warns of what the YAML parser warns of, such as an unknown tag, with its line', () => {
    expect(parseSource('---\ntitle: x\nkind: !foo bar\n---\n', 'a.md').warnings).toMatchObject([
      { file: 'a.md', line: 3, message: 'front matter: Unresolved tag: !foo' },
    ])
  })

  it('is told by parseDataText for configuration files too', () => {
    expect(parseDataText('yaml', 'a: 1\nb: 2\na: 3\n')).toEqual({
      ok: true,
      data: { a: 3, b: 2 },
      repeatedKeys: [{ key: 'a', line: 3, firstLine: 1 }],
      notes: [],
    })
  })
})
