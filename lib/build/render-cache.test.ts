import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defineSiteConfig } from '../config/site-config'
import { readContentSources } from '../content/sources'
import { writeFixture } from '../../test/support/files'
import type { SitePage } from '../site/site'
import {
  engineVersion,
  fingerprintFor,
  hasRendered,
  pruneRendered,
  readRendered,
  renderFingerprint,
  renderKey,
  writeRendered,
  type FingerprintInputs,
} from './render-cache'

const inputs: FingerprintInputs = {
  engine: 'e1',
  settings: { typographer: false },
  shortcodeModules: [],
  pages: [{ filePath: 'a.md', url: '/a/' }],
  assets: ['img.png'],
}

describe('what a render depends on', () => {
  it('the fingerprint changes with the engine, any setting, the shortcode modules, and the pages and files links resolve against', () => {
    const base = renderFingerprint(inputs)
    expect(renderFingerprint({ ...inputs })).toBe(base)
    for (const change of [
      { engine: 'e2' },
      { settings: { typographer: true } },
      { shortcodeModules: [{ file: 'members.tsx', text: 'export default () => null' }] },
      { pages: [{ filePath: 'a.md', url: '/moved/' }] },
      { pages: [...inputs.pages, { filePath: 'b.md', url: '/b/' }] },
      { assets: [] },
      { staticFiles: ['logo.png'] },
    ]) {
      expect(renderFingerprint({ ...inputs, ...change }), JSON.stringify(change)).not.toBe(base)
    }
  })

  it('a page’s key changes with its body, its record and the fingerprint', () => {
    const record = readContentSources(writeFixture({ 'a.md': '---\ntitle: A\n---\nBody' })).pages[0]!
    const { body, ...source } = record
    const key = renderKey('f1', source, body)
    expect(renderKey('f1', source, body)).toBe(key)
    expect(renderKey('f1', source, `${body}!`)).not.toBe(key)
    expect(renderKey('f1', { ...source, meta: { ...source.meta, title: 'B' } }, body)).not.toBe(key)
    expect(renderKey('f2', source, body)).not.toBe(key)
  })

  it('the engine version changes when the project’s code, routes, styles or installed packages do, not with its tests', () => {
    const cwd = writeFixture({
      'lib/markdown/pipeline.ts': 'export const a = 1',
      'lib/markdown/pipeline.test.ts': 'test',
      'app/styles/menu.css': '.menu { color: red }',
      'app/[[...slug]]/page.tsx': 'export default function Page() {}',
      'node_modules/.package-lock.json': '{"packages":{"node_modules/shiki":{"version":"4.0.0"}}}',
    })
    const before = engineVersion(cwd)
    // A route or a style sheet changes every exported page (Next's build id is made from this).
    for (const [file, text] of [
      ['app/styles/menu.css', '.menu { color: blue }'],
      ['app/[[...slug]]/page.tsx', 'export default function Page() { return null }'],
    ] as const) {
      const original = readFileSync(path.join(cwd, file), 'utf8')
      writeFileSync(path.join(cwd, file), text)
      expect(engineVersion(cwd), file).not.toBe(before)
      writeFileSync(path.join(cwd, file), original)
    }
    expect(engineVersion(cwd)).toBe(before)
    writeFileSync(path.join(cwd, 'lib/markdown/pipeline.test.ts'), 'another test')
    expect(engineVersion(cwd)).toBe(before)
    writeFileSync(path.join(cwd, 'lib/markdown/pipeline.ts'), 'export const a = 2')
    const edited = engineVersion(cwd)
    expect(edited).not.toBe(before)
    writeFileSync(
      path.join(cwd, 'node_modules/.package-lock.json'),
      '{"packages":{"node_modules/shiki":{"version":"4.1.0"}}}',
    )
    expect(engineVersion(cwd)).not.toBe(edited)
  })

  it('a build’s fingerprint follows its settings and its site’s shortcode modules', () => {
    const cwd = writeFixture({ 'lib/a.ts': 'code' })
    const sources = readContentSources(writeFixture({ 'a.md': 'A' }))
    const context = (config: Parameters<typeof defineSiteConfig>[0]) => ({
      config: defineSiteConfig({ title: 'T', ...config }),
      contentDir: sources.contentDir,
    })
    const base = fingerprintFor(context({}), sources, { cwd })
    expect(fingerprintFor(context({}), sources, { cwd })).toBe(base)
    expect(fingerprintFor(context({ headingIdType: 'blackfriday' }), sources, { cwd })).not.toBe(base)
    mkdirSync(path.join(cwd, 'shortcodes'))
    writeFileSync(path.join(cwd, 'shortcodes', 'members.tsx'), 'export default function Members() { return null }')
    expect(fingerprintFor(context({}), sources, { cwd })).not.toBe(base)
  })
})

describe('the cache of rendered Markdown', () => {
  const page = { url: '/a/', html: '<p>A</p>' } as SitePage
  it('keeps a render with its warnings, and prunes what a build did not use', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'render-cache-'))
    writeRendered(dir, 'aa11', { page, warnings: [{ file: 'a.md', line: 3, message: 'link to "x": no such page' }] })
    writeRendered(dir, 'bb22', { page, warnings: [] })
    expect(readRendered(dir, 'aa11')).toEqual({
      page,
      warnings: [{ file: 'a.md', line: 3, message: 'link to "x": no such page' }],
    })
    expect(readRendered(dir, 'bb22')).toEqual({ page, warnings: [] })
    expect(readRendered(dir, 'cc33')).toBeUndefined()
    expect(pruneRendered(dir, new Set(['bb22']))).toBe(1)
    expect(hasRendered(dir, 'aa11')).toBe(false)
    expect(hasRendered(dir, 'bb22')).toBe(true)
  })

  it('reads a render cut short (a killed build) as missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'render-cache-'))
    mkdirSync(path.join(dir, 'dd'))
    writeFileSync(path.join(dir, 'dd', 'dd44.json'), '{"url":"/a/","ht')
    expect(readRendered(dir, 'dd44')).toBeUndefined()
  })
})
