/**
 * Rebuilding after an edit, through the build's own function (lib/build/build.ts), with a real
 * `next build`: a body edit renders and exports that page alone, and the result is the same
 * bytes as a build from nothing; an edit other pages show (a title) exports every page again.
 * Several whole builds of a small book: minutes on a busy 2-core machine, hence the timeouts.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { build } from '../../lib/build/build'
import { withBuildLock } from '../../lib/build/common/build-lock'
import { BUILD_PLAN_FILE, DOCUMENTS_FILE } from '../../lib/site/build-plan'
import { writeFixture } from '../support/content'

const ROOT = path.join(import.meta.dirname, '..', '..')
/** Longer than a summary, which other pages show (section lists, meta descriptions). */
const LONG_PARAGRAPH = '乙的正文，'.repeat(80)

/** Builds the content folder into `outDir`; returns what the build printed. */
async function buildInto(contentDir: string, outDir: string): Promise<string> {
  const lines: string[] = []
  await build({
    cwd: ROOT,
    env: { CONTENT_DIR: contentDir },
    outDir,
    log: (line) => lines.push(line),
    warn: () => undefined,
  })
  return lines.join('\n')
}

/** Every file of an export folder, relative path → bytes. */
function files(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name)
        return [path.relative(dir, file), readFileSync(file)] as const
      }),
  )
}

describe('an incremental rebuild', () => {
  it(
    'after a body edit renders and exports that page only, and writes what a build from nothing writes',
    { timeout: 1_800_000 },
    async () => {
      const content = writeFixture({
        '_index.md': '---\ntitle: 首页\n---\n欢迎阅读。',
        'docs/_index.md': '---\ntitle: 文档\n---\n',
        'docs/a.md':
          '---\ntitle: 甲\nweight: 1\n---\n## 第一节\n\n甲的正文，链接到[乙](b.md)。\n\n```ts\nconst a = 1\n```\n',
        'docs/b.md': `---\ntitle: 乙\nweight: 2\n---\n${LONG_PARAGRAPH}\n`,
        'docs/c.md': '---\ntitle: 丙\nweight: 3\n---\n丙的正文。\n',
      })
      const out = path.join(writeFixture({}), 'out')
      await buildInto(content, out)

      // Below its first paragraph: the summary other pages show stays the same.
      writeFileSync(
        path.join(content, 'docs/b.md'),
        `---\ntitle: 乙\nweight: 2\n---\n${LONG_PARAGRAPH}\n\n## 新的一节\n\n编辑后加上的一段。\n`,
      )
      const edited = await buildInto(content, out)
      expect(edited).toContain('1 page rendered, 4 kept from the last build')
      expect(edited).toContain('exporting 1 of 5 page routes changed; the other 4 are kept from the last build')
      expect(readFileSync(path.join(out, 'docs/b/index.html'), 'utf8')).toContain('编辑后加上的一段。')
      // The pages kept from the last output carry the policy for hosts without headers, as the new one does.
      const pages = [...files(out)].filter(([file]) => file.endsWith('.html'))
      expect(pages.length).toBeGreaterThan(5)
      expect(
        pages
          .filter(([, bytes]) => !bytes.includes('<meta http-equiv="Content-Security-Policy"'))
          .map(([file]) => file),
      ).toEqual([])

      // The same content from nothing: no documents of an earlier build, no last export.
      await withBuildLock(
        ROOT,
        () => undefined,
        () => {
          for (const file of [DOCUMENTS_FILE, BUILD_PLAN_FILE]) rmSync(path.join(ROOT, file), { force: true })
        },
      )
      const fresh = path.join(tmpdir(), `book-fresh-${process.pid}`)
      const clean = await buildInto(content, fresh)
      expect(clean).toContain('5 pages rendered, 0 kept from the last build')
      expect(clean).toContain('exporting all 5 page routes (no earlier build)')
      const [incremental, scratch] = [files(out), files(fresh)]
      expect([...incremental.keys()].sort()).toEqual([...scratch.keys()].sort())
      expect(
        [...incremental].filter(([file, bytes]) => !bytes.equals(scratch.get(file)!)).map(([file]) => file),
      ).toEqual([])

      // A new title shows in the menu of every page: every page route is exported again.
      writeFileSync(path.join(content, 'docs/c.md'), '---\ntitle: 丙（改名）\nweight: 3\n---\n丙的正文。\n')
      const retitled = await buildInto(content, fresh)
      expect(retitled).toContain('1 page rendered, 4 kept from the last build')
      expect(retitled).toContain('exporting all 5 page routes (the settings or what pages show of each other changed)')
      expect(readFileSync(path.join(fresh, 'docs/a/index.html'), 'utf8')).toContain('丙（改名）')
      rmSync(fresh, { recursive: true, force: true })
    },
  )
})
