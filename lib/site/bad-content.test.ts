/**
 * Every case of "bad content" authors produce, in one place (issue 6). What Hugo accepts
 * renders; what it cannot make sense of stops the build with one message naming the file,
 * the line and the fix. The accepted cases are the fixture book e2e/fixtures/bad-content
 * (built and read in a browser by e2e/bad-content.spec.ts); the 5 MB page, the rejected
 * cases and the build's own behaviour (scripts/build.test.ts) are made at test time.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderMarkdownFile as renderMarkdown } from '../../test/support/markdown'
import { readContentSources } from '../content/sources'
import type { Site } from './site'
import { builtFromFolder, writeFixture } from '../../test/support/content'

const ACCEPTED = path.join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'bad-content', 'content')
const DEEPEST = `/docs/${Array.from({ length: 12 }, (_, index) => `level-${index + 1}`).join('/')}/deepest/`

/** The errors the source step finds, formatted as the build prints them, the temp folder shown as <content>. */
function errorsFor(files: Record<string, string | Buffer>): string[] {
  const dir = writeFixture({})
  for (const [file, content] of Object.entries(files)) {
    writeFileSync(path.join(dir, file), content)
  }
  return readContentSources(dir).errors.map((error) => error.format().replaceAll(`${dir}/`, ''))
}

describe('accepted content (the fixture book)', () => {
  let site: Site
  let warnings: string[] = []
  beforeAll(async () => {
    ;({ site, warnings } = await builtFromFolder(ACCEPTED))
  })

  it('passes the content check', () => {
    expect(readContentSources(ACCEPTED).errors.map((error) => error.format())).toEqual([])
  })

  it('reads YAML, TOML and JSON front matter alike', () => {
    for (const [url, title] of [
      ['/docs/yaml/', 'YAML 前言'],
      ['/docs/toml/', 'TOML 前言'],
      ['/docs/json/', 'JSON 前言'],
    ]) {
      expect(site.page(url!)).toMatchObject({ title, hasContent: true })
    }
    expect(site.page('/docs/json/')!.html).toBe('<p>用 JSON 写的前言。</p>')
  })

  it('reads a byte-order mark and CRLF line endings as if they were not there', () => {
    const page = site.page('/docs/bom-crlf/')!
    expect(page.title).toBe('BOM 与 CRLF')
    expect(page.headings).toMatchObject([{ level: 2, text: '第二节', id: '第二节' }])
    expect(page.html).not.toMatch(/\uFEFF|\r|---/)
  })

  it('builds an empty file and a file of front matter only, and keeps them out of the menu', () => {
    expect(site.page('/docs/empty/')).toMatchObject({ title: 'Empty', hasContent: false })
    expect(site.page('/docs/front-matter-only/')).toMatchObject({ title: '只有前言', hasContent: false })
    const menuTitles = JSON.stringify(site.menu)
    expect(menuTitles).not.toContain('只有前言')
    expect(menuTitles).not.toContain('"Empty"')
  })

  it('gives a file named with % a URL without it, which its menu link reaches (the browser reads % in a link as an escape)', () => {
    expect(site.page('/docs/增长-100/')).toMatchObject({ title: '增长 100%', hasContent: true })
    const entry = site.menu!.children.find((child) => child.title === '增长 100%')
    expect(entry?.url).toBe('/docs/增长-100/')
  })

  it('nests 12 levels of folders, each a section, the page at the bottom reachable', () => {
    expect(site.page(DEEPEST)).toMatchObject({ title: '最深的页面', hasContent: true })
    let node = site.menu!.children.find((child) => child.title === '第 1 层')
    for (let level = 2; level <= 12; level++) {
      node = node?.type === 'section' ? node.children.find((child) => child.title === `第 ${level} 层`) : undefined
    }
    expect(node?.type === 'section' && node.children.map((child) => child.title)).toEqual(['最深的页面'])
  })

  it('makes duplicate heading ids unique, with a warning naming the line; the automatic id is Hugo’s', () => {
    // Hugo keeps both written {#same} and gives the third heading (auto id) `same-1`: that one stays as Hugo has it.
    expect(site.page('/docs/duplicate-ids/')!.headings.map((heading) => heading.id)).toEqual([
      'same',
      'same-2',
      'same-1',
    ])
    expect(warnings.filter((line) => line.includes('duplicate-ids.md')).map((line) => line.split('\n')[0])).toEqual([
      expect.stringMatching(
        /duplicate-ids\.md:10: heading id "same" is used twice on this page; this one became "same-2"$/,
      ),
    ])
  })

  it('keeps a link to a missing page as written, and warns with its line', () => {
    const html = site.page('/docs/broken-links/')!.html
    expect(html).toContain('<a href="../no-such-page.md">不存在的页面</a>')
    expect(
      warnings
        .filter((line) => line.includes('broken-links.md') && line.includes('link to'))
        .map((line) => line.split('\n')[0]),
    ).toEqual([
      expect.stringMatching(/broken-links\.md:6: link to "\.\.\/no-such-page\.md": no such page$/),
      expect.stringMatching(/broken-links\.md:6: link to "\/docs\/nowhere\/": no page has this address$/),
    ])
  })

  it('shows a missing image’s description in its place, and warns with its line and fix', () => {
    const html = site.page('/docs/broken-links/')!.html
    expect(html).toContain(
      '<span class="image-missing"><span class="image-missing-label">图片缺失</span>一张不存在的图</span>',
    )
    expect(html).not.toContain('missing.png')
    expect(warnings.find((line) => line.includes('missing.png'))).toMatch(
      /broken-links\.md:8: image "\.\/missing\.png" not found\n {2}fix: put the file at docs\/missing\.png or correct the path/,
    )
  })
})

describe('file names Hugo builds', () => {
  it(
    'makes pages of names with a backslash, a line break and "..", each at its URL',
    { timeout: 120_000 },
    async () => {
      const dir = writeFixture({
        '_index.md': '---\ntitle: 首页\n---\n',
        'docs/back\\slash.md': '---\ntitle: 反斜杠\n---\n正文',
        'docs/new\nline.md': '---\ntitle: 换行\n---\n正文',
        'docs/dot..dot.md': '---\ntitle: 两个点\n---\n正文',
      })
      const { site } = await builtFromFolder(dir)
      expect(site.page('/docs/backslash/')?.title).toBe('反斜杠')
      expect(site.page('/docs/new-line/')?.title).toBe('换行')
      expect(site.page('/docs/dot..dot/')?.title).toBe('两个点')
    },
  )
})

describe('a 5 MB page', () => {
  it('passes the check (under the 8 MB a page may be) and renders every section', async () => {
    const section = (n: number) =>
      `## 第 ${n} 节\n\n${'大模型在这一年里学会了推理，开源权重的模型也追了上来。'.repeat(40)}\n\n`
    const body = Array.from({ length: 1700 }, (_, index) => section(index + 1)).join('')
    const text = `---\ntitle: 很长的页面\n---\n\n${body}`
    expect(Buffer.byteLength(text)).toBeGreaterThan(5_000_000)
    expect(errorsFor({ 'long.md': text })).toEqual([])
    const { page } = await renderMarkdown(text, 'long.md', { contentDir: writeFixture({}) })
    expect(page.headings).toHaveLength(1700)
    expect(page.headings.at(-1)).toEqual({ level: 2, text: '第 1700 节', id: '第-1700-节' })
  }, 120_000)
})

describe('rejected content: one message with file, line and fix', () => {
  it('invalid UTF-8', () => {
    expect(errorsFor({ 'latin1.md': Buffer.from('---\ntitle: ok\n---\ncaf\xe9\n', 'latin1') })).toEqual([
      'latin1.md:4: is not valid UTF-8 text\n  fix: save the file as UTF-8 (most editors offer "Save with encoding")',
    ])
  })

  it('two files with the same URL', () => {
    expect(errorsFor({ 'a.md': 'A', 'b.md': '---\nslug: a\n---\nB' })).toEqual([
      'a.md:1: has the same URL /a/ as b.md:2\n  fix: rename or move one of them, or give one a different slug or url in its front matter',
    ])
  })

  it('weight: "abc"', () => {
    expect(errorsFor({ 'w.md': '---\ntitle: W\nweight: "abc"\n---\n' })).toEqual([
      'w.md:3: weight: expected a whole number, found "abc"\n  fix: write weight: 10 (lower weights come first in the menu)',
    ])
  })

  it('date: 31/12/2025', () => {
    expect(errorsFor({ 'd.md': '+++\ntitle = "D"\ndate = "31/12/2025"\n+++\n' })).toEqual([
      'd.md:3: date: cannot read "31/12/2025" as a date\n  fix: write it as YYYY-MM-DD (e.g. date: 2025-12-31) or with a time, e.g. 2025-12-31T08:00:00+08:00',
    ])
  })

  it('front matter that does not parse, in each format', () => {
    const found = errorsFor({
      'y.md': '---\ntitle: [a\n---\n',
      't.md': '+++\ntitle = 标题\n+++\n',
      'j.md': '{ "title": "J", }\n',
    })
    expect(found).toEqual([
      expect.stringMatching(
        /^j\.md:1: invalid JSON front matter: .+\n {2}fix: the front matter must be one valid JSON object/,
      ),
      expect.stringMatching(/^t\.md:2: invalid TOML front matter: .+\n {2}fix: write one "key = value" per line/),
      expect.stringMatching(/^y\.md:\d: invalid YAML front matter: .+\n {2}fix: write one "key: value" per line/),
    ])
  })
})
