/**
 * The page payload Next writes is Next's private format; the build cuts each page's article out
 * of it (lib/build/secure/flight-payload.ts), as it is known to read the rows of KNOWN_NEXT. On a real
 * `next build`: every page's article is cut, none is left whole. When a Next upgrade changes
 * the rows, this fails (the build itself still works: it leaves such payloads whole and says so).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { build } from '../../lib/build/build'
import { KNOWN_NEXT } from '../../lib/build/secure/flight-payload'
import { PRERENDERED_MARK } from '../../lib/formats/prerendered-html'
import { writeFixture } from '../support/content'

const ROOT = path.join(import.meta.dirname, '..', '..')
// Long enough to be a text row of its own (React writes a string of 1,024 characters or more so).
// Its last sentence is past the opening the description repeats (<meta name="description">).
const LAST_SENTENCE = '最后这一句只在正文里出现。'
const ARTICLE = `${'这一段只该在页面的 HTML 里出现一次，'.repeat(80)}${LAST_SENTENCE}`

describe('the page payload of the installed Next', () => {
  it('is a Next this build knows, and every page’s article is cut out of it', { timeout: 600_000 }, async () => {
    const version = (
      JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }
    ).version
    expect(version, 'the Next version flight-payload.ts knows (KNOWN_NEXT): read the new rows first').toMatch(
      KNOWN_NEXT,
    )

    const content = writeFixture({
      '_index.md': '---\ntitle: 首页\n---\n欢迎。',
      'docs/a.md': `---\ntitle: 甲\n---\n## 一节\n\n${ARTICLE}\n`,
    })
    const out = path.join(writeFixture({}), 'out')
    const report = await build({
      cwd: ROOT,
      env: { CONTENT_DIR: content },
      outDir: out,
      log: () => undefined,
      warn: () => undefined,
    })
    expect(report.payloadsLeftWhole).toEqual([])

    const html = readFileSync(path.join(out, 'docs', 'a', 'index.html'), 'utf8')
    expect(html).toContain(ARTICLE)
    const script = /<script src="(\/_next\/static\/inline\/[0-9a-f]+\.js)"><\/script>/.exec(html)?.[1]
    expect(script).toBeDefined()
    const payload = readFileSync(path.join(out, ...script!.split('/')), 'utf8')
    expect(payload).toContain(JSON.stringify(PRERENDERED_MARK).slice(1, -1))
    expect(payload).not.toContain(LAST_SENTENCE)
  })
})
