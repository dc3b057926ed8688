/**
 * How a page travels through a build from nothing, counted on a real build (lib/build/build.ts
 * with `next build`) of a site of two languages: each page's author file is read once, and its
 * content is written to disk twice before the export (staged for contentlayer2, then in the
 * documents Next reads); one `next build` exports both languages. The build's own process is
 * watched (its calls of node:fs); the render workers answer over IPC and write nothing.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { withBuildLock } from '../../lib/build/common/build-lock'
import { writeFixture } from '../support/content'

const MARKERS = { en: 'A-ONE-OF-A-KIND-MARKER', zh: '独一无二的标记文字' }
const written: string[] = []
const read: string[] = []

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>()
  const text = (data: unknown) => (typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('utf8') : '')
  const wrapped = {
    ...real,
    writeFileSync: (file: fs.PathOrFileDescriptor, data: unknown, ...rest: unknown[]) => {
      for (const marker of Object.values(MARKERS))
        if (text(data).includes(marker)) written.push(`${marker} ${String(file)}`)
      return (real.writeFileSync as (...args: unknown[]) => void)(file, data, ...rest)
    },
    readFileSync: (file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      read.push(String(file))
      return (real.readFileSync as (...args: unknown[]) => unknown)(file, ...rest)
    },
  }
  return { ...wrapped, default: wrapped }
})

describe('a page in a build from nothing', () => {
  it(
    'is read from its file once and written twice before the export; one next build for both languages',
    { timeout: 600_000 },
    async () => {
      const { build } = await import('../../lib/build/build')
      const root = path.join(import.meta.dirname, '..', '..')
      const site = writeFixture({
        'hugo.toml':
          'title = "Two languages"\ndefaultContentLanguage = "en"\n[languages.en]\ncontentDir = "content.en"\nweight = 1\n[languages.zh]\ncontentDir = "content.zh"\nlanguageCode = "zh-CN"\nweight = 2\n',
        'content.en/_index.md': '---\ntitle: Home\n---\nWelcome.',
        'content.en/docs/a.md': `---\ntitle: A\n---\n## One\n\n${MARKERS.en}\n`,
        'content.zh/_index.md': '---\ntitle: 首页\n---\n欢迎。',
        'content.zh/docs/a.md': `---\ntitle: 甲\n---\n## 一节\n\n${MARKERS.zh}\n`,
      })
      const out = path.join(writeFixture({}), 'out')
      // From nothing: no documents of an earlier build to keep.
      await withBuildLock(
        root,
        () => undefined,
        () => fs.rmSync(path.join(root, '.contentlayer'), { recursive: true, force: true }),
      )
      written.length = 0
      read.length = 0
      const lines: string[] = []
      await build({
        cwd: root,
        env: { HUGO_SITE: site },
        outDir: out,
        log: (line) => lines.push(line),
        warn: () => undefined,
      })

      const exportDir = path.join(root, '.book', 'export')
      const beforeExport = written
        .map((entry) => entry.split(' '))
        .filter(([, file]) => !file!.startsWith(exportDir) && !file!.startsWith(out))
        // A staged document is named by a hash of its content path (lib/build/documents-step.ts's documentId).
        .map(
          ([marker, file]) =>
            `${marker} ${path.relative(root, file!).replace(/[0-9a-f]{24}\.json$/, '<document>.json')}`,
        )
      expect(beforeExport.sort()).toEqual(
        [
          `${MARKERS.en} ${path.join('.book', 'stages', '0', 'en', '<document>.json')}`,
          `${MARKERS.en} ${path.join('.contentlayer', 'generated', 'Page', '_index.json')}`,
          `${MARKERS.zh} ${path.join('.book', 'stages', '0', 'zh', '<document>.json')}`,
          `${MARKERS.zh} ${path.join('.contentlayer', 'generated', 'Page', '_index.json')}`,
        ].sort(),
      )
      for (const language of ['en', 'zh'])
        expect(read.filter((file) => file === path.join(site, `content.${language}`, 'docs', 'a.md'))).toHaveLength(1)
      expect(lines.filter((line) => line.includes('next build'))).toHaveLength(1)
      expect(fs.readFileSync(path.join(out, 'docs', 'a', 'index.html'), 'utf8')).toContain(MARKERS.en)
      expect(fs.readFileSync(path.join(out, 'zh', 'docs', 'a', 'index.html'), 'utf8')).toContain(MARKERS.zh)
    },
  )
})
