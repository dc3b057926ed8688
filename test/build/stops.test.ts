/**
 * The build script itself, run as authors run it, on content that must stop it: one
 * message per problem naming file, line and fix, a non-zero exit, no stack trace, and the
 * previous output folder untouched. These builds stop in the content check, before the
 * build lock and next build, so each takes a second or two. (Accepted content is built by
 * the fixture book e2e/fixtures/bad-content; see lib/content/bad-content.test.ts.)
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFixture } from '../support/content'

const ROOT = path.join(import.meta.dirname, '..', '..')

/** A previous build's output: an index.html and a marker file that no build writes. */
function previousOutput(): { dir: string; unchanged: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'book-out-'))
  writeFileSync(path.join(dir, 'index.html'), '<title>the previous build</title>')
  writeFileSync(path.join(dir, 'marker.txt'), 'left by the test')
  return {
    dir,
    unchanged: () => {
      expect(readdirSync(dir).sort()).toEqual(['index.html', 'marker.txt'])
      expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe('<title>the previous build</title>')
    },
  }
}

function build(contentDir: string, outDir: string, args: string[] = []) {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir }
  delete env['HUGO_SITE']
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return {
    status: result.status,
    stderr: result.stderr.replaceAll(`${contentDir}/`, '<content>/'),
    stdout: result.stdout,
  }
}

describe('a build that fails', () => {
  it('names each bad file with its line and fix, exits non-zero and leaves the previous output as it was', () => {
    const content = writeFixture({
      '_index.md': '---\ntitle: 首页\n---\n',
      'docs/weight.md': '---\ntitle: W\nweight: "abc"\n---\n正文',
      'docs/date.md': '---\ntitle: D\ndate: 31/12/2025\n---\n正文',
      'docs/a.md': '正文',
      'docs/b.md': '---\nurl: /docs/a/\n---\n正文',
    })
    writeFileSync(path.join(content, 'docs', 'latin1.md'), Buffer.from('---\ntitle: L\n---\ncaf\xe9\n', 'latin1'))
    const out = previousOutput()

    const { status, stderr } = build(content, out.dir)

    expect(status).toBe(1)
    const problems = stderr.split('\n').filter((line) => line.startsWith('<content>/'))
    expect(problems).toEqual([
      '<content>/docs/date.md:3: date: cannot read "31/12/2025" as a date',
      '<content>/docs/latin1.md:4: is not valid UTF-8 text',
      '<content>/docs/weight.md:3: weight: expected a whole number, found "abc"',
      '<content>/docs/a.md:1: has the same URL /docs/a/ as <content>/docs/b.md:2',
    ])
    expect(stderr.match(/^ {2}fix: /gm)).toHaveLength(4)
    expect(stderr).toContain('The build stopped: 4 problems in the content (listed above). Nothing was written.')
    expect(stderr).not.toMatch(/^\s+at /m) // no stack trace
    out.unchanged()
  })

  it('stops on pages past the limits (nesting, size, front matter) at the line that passes them, with the fix, before any parser runs', () => {
    const page = (body: string) => `---\ntitle: T\n---\n\n${body}`
    const content = writeFixture({
      '_index.md': '---\ntitle: 首页\n---\n',
      'docs/list.md': page(Array.from({ length: 2000 }, (_, depth) => `${'  '.repeat(depth)}- 项目\n`).join('')),
      'docs/quotes.md': page(`${'>'.repeat(2000)} 引用\n`),
      'docs/divs.md': page(`${'<div>'.repeat(5000)}正文${'</div>'.repeat(5000)}\n`),
      'docs/shortcodes.md': page(`${'{{< hint >}}\n'.repeat(300)}正文\n${'{{< /hint >}}\n'.repeat(300)}`),
      'docs/keys.md': `---\n${Array.from({ length: 50_000 }, (_, index) => `key${index}: value ${index}\n`).join('')}---\n正文\n`,
      // 10 MB: 18 bytes of front matter, then lines of 10 bytes; byte 8,388,608 (8,192 KB) is on line 5 + 838,859.
      'docs/big.md': page('abcdefghi\n'.repeat(1_000_000)),
    })
    const out = previousOutput()

    const { status, stderr } = build(content, out.dir)

    expect(status).toBe(1)
    const problems = stderr
      .split('\n')
      .filter((line) => line.startsWith('<content>/'))
      .sort()
    expect(problems).toEqual([
      '<content>/docs/big.md:838864: the page is 9766 KB, more than the 8192 KB a page may be (it passes that on this line)',
      '<content>/docs/divs.md:5: HTML elements nest 5000 levels deep, more than the 50 a page may nest (it passes 50 on this line)',
      '<content>/docs/keys.md:2: the front matter is 1053 KB, more than the 256 KB front matter may be',
      '<content>/docs/list.md:55: lists nest 2000 levels deep, more than the 50 a page may nest (it passes 50 on this line)',
      '<content>/docs/quotes.md:5: blockquotes (">") nest 2000 levels deep, more than the 50 a page may nest (it passes 50 on this line)',
      '<content>/docs/shortcodes.md:55: shortcodes nest 300 levels deep, more than the 50 a page may nest (it passes 50 on this line)',
    ])
    expect(stderr).toContain(
      '  fix: nest less deeply (split the list or the page), or raise limits.nesting to 2000 (site.config.ts',
    )
    expect(stderr).toContain(
      "  fix: move the data into a data file or the page's text, or raise limits.frontMatterKB to 1053",
    )
    expect(stderr).toContain('  fix: split the page into smaller pages, or raise limits.pageKB to 9766')
    expect(stderr.match(/^ {2}fix: /gm)).toHaveLength(6)
    expect(stderr).toContain('The build stopped: 6 problems in the content (listed above). Nothing was written.')
    expect(stderr).not.toMatch(/^\s+at /m)
    out.unchanged()
  })

  it('stops a page at a URL the site’s own files take, or whose url climbs with "..", a name too long to publish and a link out of the content folder, naming each', () => {
    const outside = writeFixture({ 'secret.md': '---\ntitle: S\n---\n' })
    const long = '文'.repeat(84)
    const content = writeFixture({
      '_index.md': '---\ntitle: 首页\n---\n',
      'docs/not-found.md': '---\ntitle: N\nurl: /404/\n---\n正文',
      'docs/tags.md': '---\ntitle: T\ntags: [a]\nurl: /tags/\n---\n正文',
      'docs/map.md': '---\ntitle: M\nurl: /sitemap.xml\n---\n正文',
      'docs/up.md': '---\ntitle: U\nslug: ../../up\n---\n正文',
      'docs/index.html.md': '---\ntitle: I\n---\n正文',
      [`docs/${long}.md`]: '---\ntitle: L\n---\n正文',
    })
    symlinkSync(outside, path.join(content, 'docs', 'elsewhere'))
    const out = previousOutput()

    const { status, stderr } = build(content, out.dir)

    expect(status).toBe(1)
    const problems = stderr.split('\n').filter((line) => line.startsWith('<content>/'))
    expect(problems).toEqual([
      `<content>/docs/elsewhere: is a symbolic link to ${realpathSync(outside)}, outside the content folder: the build follows links only inside it`,
      '<content>/docs/index.html.md:1: takes the URL /docs/index.html/ (from its path), where the site publishes the HTML of the page at /docs/ (index.html)',
      '<content>/docs/map.md:3: takes the URL /sitemap.xml/ (from its url), where the site publishes the sitemap (sitemap.xml)',
      '<content>/docs/not-found.md:3: takes the URL /404/ (from its url), where the site publishes the site’s 404 page (404/index.html)',
      '<content>/docs/tags.md:4: takes the URL /tags/ (from its url), where the site publishes the list of all tags (/tags/)',
      '<content>/docs/up.md:3: the URL /docs/../../up/ (from its slug) has a ".." or "." segment, which would move the page out of its place (Hugo would publish it at /up/, over whatever is there)',
      `<content>/docs/${long}.md:1: its URL /docs/${long}/ (from its path) has a segment of 252 bytes, "${long}": the build names files after it, and file systems allow 240 bytes with the endings it adds`,
    ])
    expect(stderr.match(/^ {2}fix: /gm)).toHaveLength(7)
    expect(stderr).toContain('The build stopped: 7 problems in the content (listed above). Nothing was written.')
    expect(stderr).not.toMatch(/^\s+at /m)
    out.unchanged()
  })

  it('says which content folder is missing', () => {
    const out = previousOutput()
    const missing = path.join(tmpdir(), 'no-such-content-folder')
    const { status, stderr } = build(missing, out.dir)
    expect(status).toBe(1)
    expect(stderr).toContain(`Content folder ${missing} does not exist. Set CONTENT_DIR to a Hugo content folder`)
    out.unchanged()
  })

  it('stops on a broken MDX page with file:line:column and a fix, before next build, and writes nothing', () => {
    const content = writeFixture({
      '_index.md': '---\ntitle: 首页\n---\n',
      'docs/live.mdx': '---\ntitle: Live\n---\n\nText.\n\n<Note>unclosed\n',
      'docs/import.mdx': "---\ntitle: Import\n---\n\nimport Chart from './Chart'\n\n<Chart />\n",
    })
    const out = previousOutput()
    const { status, stderr, stdout } = build(content, out.dir)
    expect(status).toBe(1)
    expect(stderr).toMatch(/^(?:✗ )?<content>\/docs\/import\.mdx:5:19: import "\.\/Chart": no such file/m)
    expect(stderr).toMatch(/^(?:✗ )?<content>\/docs\/live\.mdx:7:1: MDX: Expected a closing tag for `<Note>`/m)
    expect(stderr.match(/^ {2}fix: /gm)?.length).toBeGreaterThanOrEqual(2)
    expect(stderr).toContain('Nothing was written.')
    expect(stderr).not.toMatch(/^\s+at /m)
    expect(stdout).not.toContain('next build')
    out.unchanged()
  })

  it('with --strict, stops on the warnings it lists, before next build, and writes nothing', () => {
    const content = writeFixture({
      '_index.md': '---\ntitle: 首页\n---\n',
      'docs/a.md': '---\ntitle: A\n---\n正文\n\n[断开的链接](missing.md)',
    })
    const out = previousOutput()
    const { status, stderr, stdout } = build(content, out.dir, ['--strict'])
    expect(status).toBe(1)
    expect(stderr).toContain('warning: <content>/docs/a.md:6: link to "missing.md": no such page')
    expect(stderr).toContain('The build stopped: --strict turns the 1 warning above into errors. Nothing was written.')
    expect(stdout).not.toContain('next build')
    out.unchanged()
  })
})
