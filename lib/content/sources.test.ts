import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkContent, listContentFiles } from './check-content'
import { writeFixture } from '../../test/support/content'

const messages = (files: Record<string, string>) => {
  const dir = writeFixture(files)
  return checkContent(dir).map((error) => error.format().replace(dir, '<content>'))
}

describe('checkContent', () => {
  it('passes good content in every front-matter format', () => {
    expect(
      messages({
        '_index.md': '---\ntitle: 首页\n---\n',
        'docs/a.md': '+++\ntitle = "A"\n+++\n',
        'docs/b.md': '{ "title": "B" }\n',
        'docs/c.md': '',
        'docs/d.md': '\uFEFF---\r\ntitle: D\r\n---\r\n',
      }),
    ).toEqual([])
  })

  it('reports every problem at once, each with its file and line', () => {
    const found = messages({
      'docs/yaml.md': '---\ntitle: ok\ntags: [a\n---\n',
      'docs/weight.md': '---\ntitle: x\nweight: abc\n---\n',
      'docs/date.md': '---\ndate: 31/12/2025\n---\n',
    })
    expect(found).toHaveLength(3)
    expect(found.find((line) => line.includes('weight.md'))).toMatch(/weight\.md:3: weight: expected a whole number, found "abc"/)
    expect(found.find((line) => line.includes('date.md'))).toMatch(/date\.md:2: date: cannot read "31\/12\/2025" as a date/)
    expect(found.find((line) => line.includes('yaml.md'))).toMatch(/yaml\.md:\d: invalid YAML front matter/)
  })

  it('reports two files with the same URL, naming both', () => {
    const found = messages({ 'docs/a.md': 'x', 'docs/a/_index.md': 'y' })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/docs\/a\.md:1: has the same URL \/docs\/a\/ as .*docs\/a\/_index\.md:1\n {2}fix: rename or move one of them/)
  })

  it('points at the url or slug field that made the clash', () => {
    const found = messages({ 'docs/a.md': 'x', 'docs/b.md': '---\ntitle: B\nurl: /docs/a/\n---\n' })
    expect(found).toEqual([expect.stringMatching(/docs\/a\.md:1: has the same URL \/docs\/a\/ as .*docs\/b\.md:3\n/)])
  })

  it('counts a top-level folder as a section even without _index.md', () => {
    expect(messages({ 'guide.md': 'x', 'guide/page.md': 'y' })[0]).toMatch(/guide\.md:1: has the same URL \/guide\/ as .*guide\/ \(a folder\)$/m)
    expect(messages({ 'guide/_index.md': 'x', 'guide/page.md': 'y' })).toEqual([])
  })

  it('ignores drafts when looking for clashes', () => {
    expect(messages({ 'docs/a.md': 'x', 'docs/b.md': '---\nurl: /docs/a/\ndraft: true\n---\n' })).toEqual([])
  })

  it('names the line of bytes that are not UTF-8', () => {
    const dir = writeFixture({ 'docs/latin1.md': 'ok\nstill ok\n' })
    writeFileSync(`${dir}/docs/latin1.md`, Buffer.from([0x6f, 0x6b, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]))
    const [error] = checkContent(dir)
    expect(error?.format()).toMatch(/latin1\.md:2: is not valid UTF-8 text\n {2}fix: save the file as UTF-8/)
  })

  it('lists Markdown files only, skipping node_modules and .git', () => {
    const dir = writeFixture({ 'a.md': '', 'b.markdown': '', 'c.txt': '', 'node_modules/x.md': '', '.git/y.md': '', 'd/e.md': '' })
    expect(listContentFiles(dir)).toEqual(['a.md', 'b.markdown', 'd/e.md'])
  })
})
