import { realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { implicitSectionDirs, implicitSectionUrl, readContentSources, sourcesSummary } from './sources'
import { formatWarning } from '../diagnostics/build-warnings'
import { writeFixture } from '../../test/support/content'

const messages = (files: Record<string, string>) => {
  const dir = writeFixture(files)
  return readContentSources(dir).errors.map((error) => error.format().replace(dir, '<content>'))
}

describe('readContentSources: what stops the build', () => {
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

  it('stops a page or file where the build writes a page’s Markdown or llms.txt, naming both', () => {
    expect(messages({ 'docs/a.md': 'x', 'docs/b.md': '---\nurl: /docs/a/index.html.md\n---\n' })).toEqual([
      expect.stringMatching(/docs\/b\.md: would be published at \/docs\/a\/index\.html\.md\/, where the build writes the Markdown of .*docs\/a\.md\n {2}fix: /),
    ])
    expect(messages({ 'about.md': '---\nurl: /llms.txt\n---\n', 'llms-full.txt': 'mine' })).toEqual([
      expect.stringMatching(/about\.md: would be published at \/llms\.txt\/, where the build writes the book’s llms\.txt\n/),
      expect.stringMatching(/llms-full\.txt: would be published at \/llms-full\.txt, where the build writes the book’s llms-full\.txt\n/),
    ])
    expect(messages({ 'docs/a.md': 'x', 'docs/llms.txt': 'a section’s own file' })).toEqual([])
  })

  it('stops a page at the address of the book’s own 404 route, which would hide it', () => {
    expect(messages({ 'not-found-page.md': 'x' })).toEqual([expect.stringMatching(/not-found-page\.md:1: takes the URL \/not-found-page\/ \(from its path\), where the site publishes the book’s own 404 page/)])
    expect(messages({ 'docs/not-found-page.md': 'x' })).toEqual([])
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
    const [error] = readContentSources(dir).errors
    expect(error?.format()).toMatch(/latin1\.md:2: is not valid UTF-8 text\n {2}fix: save the file as UTF-8/)
  })

  it('reads Markdown files only, skipping node_modules and .git; other files are assets', () => {
    const dir = writeFixture({ 'a.md': '', 'b.markdown': '', 'c.txt': '', 'node_modules/x.md': '', '.git/y.md': '', 'd/e.md': '', 'd/.hidden.png': '' })
    const sources = readContentSources(dir)
    expect(sources.pages.map((page) => page.filePath)).toEqual(['a.md', 'b.markdown', 'd/e.md'])
    expect(sources.assets).toEqual(['c.txt'])
  })

  it('follows symbolic links to files and folders inside the content folder, as Hugo 0.111 does, and counts them', () => {
    const dir = writeFixture({ 'docs/a.md': '---\ntitle: A\n---\n', 'shared/s.md': '---\ntitle: S\n---\n', 'shared/pic.png': '' })
    symlinkSync('a.md', path.join(dir, 'docs/b.md'))
    symlinkSync('../shared', path.join(dir, 'docs/linked'))
    symlinkSync('../shared/pic.png', path.join(dir, 'docs/pic.png'))
    // Hugo 0.111 builds a folder reached by a link and by its own path in both places.
    const sources = readContentSources(dir)
    expect(sources.pages.map((page) => page.url)).toEqual(['/docs/a/', '/docs/b/', '/docs/linked/s/', '/shared/s/'])
    expect(sources.assets).toEqual(['docs/linked/pic.png', 'docs/pic.png', 'shared/pic.png'])
    expect(sources.errors).toEqual([])
    expect(sourcesSummary(sources)).toBe('4 pages from 4 Markdown files; 3 symbolic links followed')
  })

  it('does not follow a link to a folder above it, which would loop, and says so in the summary', () => {
    const dir = writeFixture({ 'docs/sub/a.md': '---\ntitle: A\n---\n' })
    symlinkSync('..', path.join(dir, 'docs/sub/up'))
    symlinkSync(dir, path.join(dir, 'docs/top'))
    const sources = readContentSources(dir)
    expect(sources.pages.map((page) => page.url)).toEqual(['/docs/sub/a/'])
    expect(sources.errors).toEqual([])
    expect(sourcesSummary(sources)).toBe('1 page from 1 Markdown file; 2 not followed, to a folder above them: docs/sub/up, docs/top')
  })

  it('stops on a link that leads out of the content folder (Hugo 0.111 would publish what it reaches) or nowhere, naming it', () => {
    const outside = writeFixture({ 'o.md': '---\ntitle: O\n---\n', 'secret.txt': 'not for the site' })
    const dir = writeFixture({ 'docs/a.md': '---\ntitle: A\n---\n' })
    symlinkSync(outside, path.join(dir, 'docs/linked'))
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'docs/secret.txt'))
    symlinkSync('gone.md', path.join(dir, 'docs/broken.md'))
    const sources = readContentSources(dir)
    expect(sources.pages.map((page) => page.url)).toEqual(['/docs/a/'])
    expect(sources.assets).toEqual([])
    expect(sources.errors.map((error) => error.format().replace(`${dir}/`, '<content>/'))).toEqual([
      expect.stringMatching(/^<content>\/docs\/broken\.md: is a symbolic link to gone\.md, which does not exist[\s\S]*remove the link/),
      `<content>/docs/linked: is a symbolic link to ${realpathSync(outside)}, outside the content folder: the build follows links only inside it\n  fix: move or copy what it points to into the content folder, or remove the link`,
      `<content>/docs/secret.txt: is a symbolic link to ${realpathSync(path.join(outside, 'secret.txt'))}, outside the content folder: the build follows links only inside it\n  fix: move or copy what it points to into the content folder, or remove the link`,
    ])
  })
})

describe('readContentSources: every file is a page or is counted by a rule', () => {
  const now = new Date('2026-06-01T00:00:00Z')
  const read = (files: Record<string, string>) => readContentSources(writeFixture(files), { now })

  it('builds what Hugo builds: `type: docs`, CRLF YAML, a BOM, TOML and JSON front matter', () => {
    const sources = read({
      'docs/typed.md': '---\ntitle: Typed\ntype: docs\n---\nBody',
      'docs/crlf.md': '---\r\ntitle: "Windows"\r\nweight: 2\r\ntags:\r\n  - "a"\r\n---\r\nBody\r\n',
      'docs/bom.md': '\uFEFF+++\ntitle = "Bom"\n+++\nBody',
      'docs/json.md': '{ "title": "Json" }\nBody',
    })
    expect(sources.errors).toEqual([])
    const crlf = sources.pages.find((page) => page.filePath === 'docs/crlf.md')!
    expect(crlf.meta).toMatchObject({ title: 'Windows', weight: 2, tags: ['a'] })
    // The body keeps the file's line numbers: the front matter is blanked, not removed.
    expect(crlf.body.split('\n')[6]).toBe('Body')
    expect(crlf.body).not.toContain('\r')
    expect(sources.pages.map((page) => page.meta.title).sort()).toEqual(['Bom', 'Json', 'Typed', 'Windows'])
  })

  it('leaves out drafts, future and expired pages, headless bundles and _build.render: never, and counts each', () => {
    const sources = read({
      'docs/a.md': 'A',
      'docs/draft.md': '---\ndraft: true\n---\nx',
      'docs/later.md': '---\ndate: 2027-01-01\n---\nx',
      'docs/later-publish.md': '---\ndate: 2020-01-01\npublishDate: 2030-01-01\n---\nx',
      'docs/gone.md': '---\nexpiryDate: 2026-01-01\n---\nx',
      'docs/bundle/index.md': '---\nheadless: true\n---\nx',
      'docs/hidden.md': '---\n_build:\n  render: never\n---\nx',
    })
    expect(sources.pages.map((page) => page.filePath)).toEqual(['docs/a.md'])
    expect(Object.fromEntries(sources.excluded.map(({ filePath, reason }) => [filePath, reason]))).toEqual({
      'docs/draft.md': 'draft',
      'docs/later.md': 'future',
      'docs/later-publish.md': 'future',
      'docs/gone.md': 'expired',
      'docs/bundle/index.md': 'headless',
      'docs/hidden.md': 'render-never',
    })
    expect(sourcesSummary(sources)).toBe('1 page from 7 Markdown files (1 draft, 2 dated in the future, 1 expired, 1 headless bundle, 1 with _build.render: never)')
  })

  it('reads front matter after blank lines, and a key written twice as Hugo does: the last value, with a warning', () => {
    // Hugo 0.111 builds both: /second/ for the repeated url, "Lead" and weight 2 for the indented front matter.
    const dir = writeFixture({
      'docs/dup.md': '---\ntitle: Dup\nurl: /first/\nurl: /second/\n---\nbody\n',
      'docs/lead.md': '\n\n  ---\ntitle: Lead\nweight: 2\n---\n# heading\nbody\n',
    })
    const sources = readContentSources(dir, { now, cwd: dir })
    expect(sources.errors).toEqual([])
    expect(sources.pages.map((page) => [page.filePath, page.url, page.meta.title, page.meta.weight])).toEqual([
      ['docs/dup.md', '/second/', 'Dup', 0],
      ['docs/lead.md', '/docs/lead/', 'Lead', 2],
    ])
    expect(sources.pages[1]!.body.split('\n')[6]).toBe('# heading')
    expect(sources.warnings.map(formatWarning)).toEqual([
      'warning: docs/dup.md:4: front matter: url is written again (first on line 3); the last value is used, as in Hugo\n  fix: remove the one that should not count',
    ])
  })

  it('counts files with errors in the summary, so that nothing is lost in silence', () => {
    const sources = read({ 'a.md': 'ok', 'b.md': '---\nweight: x\n---\n' })
    expect(sourcesSummary(sources)).toBe('1 page from 2 Markdown files (1 with errors)')
  })

  it('gives a folder without _index.md the URL its pages have (spaces become hyphens)', () => {
    const sources = read({ 'My Docs/Getting Started.md': 'x' })
    expect(sources.pages[0]!.url).toBe('/my-docs/getting-started/')
    expect(implicitSectionDirs(sources.pages, new Set())).toEqual(['', 'My Docs'])
    expect(implicitSectionUrl('My Docs')).toBe('/my-docs/')
    expect(sources.pages[0]!.parentDir).toBe('My Docs')
  })

  it('refuses a page past a limit at its line, and leaves a draft past one alone (it is not rendered)', () => {
    const deep = `${Array.from({ length: 4 }, (_, depth) => `${'  '.repeat(depth)}- a`).join('\n')}\n`
    const dir = writeFixture({
      'docs/deep.md': `---\ntitle: Deep\n---\n${deep}`,
      'docs/draft.md': `---\ntitle: Draft\ndraft: true\n---\n${deep}`,
      'docs/big.md': `---\ntitle: Big\n---\n${'x'.repeat(1100)}\n`,
      'docs/ok.md': '---\ntitle: OK\n---\n- a\n  - b\n',
    })
    const limits = { nesting: 3, pageKB: 1, frontMatterKB: 1, renderSeconds: 60 }
    const sources = readContentSources(dir, { cwd: dir, limits })
    expect(sources.errors.map((error) => `${error.file}:${error.line}`).sort()).toEqual(['docs/big.md:4', 'docs/deep.md:7'])
    expect(sources.pages.map((page) => page.filePath)).toEqual(['docs/ok.md'])
    expect(sources.excluded).toEqual([{ filePath: 'docs/draft.md', reason: 'draft' }])
  })
})
