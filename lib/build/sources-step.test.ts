import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defineSiteConfig, type MenuEntry } from '../config/site-config'
import { writeFixture } from '../../test/support/content'
import { sourcesStep } from './sources-step'

const DISK = { timeout: 30_000 }

const context = (contentDir: string, before: MenuEntry[] = []) => ({
  siteBasePath: '',
  languages: [
    {
      key: 'en',
      name: 'en',
      folder: '',
      isDefault: true,
      config: defineSiteConfig({ menu: { before, after: [] } }),
      contentDir,
    },
  ],
  multilingual: false,
})

describe('sourcesStep', () => {
  it('reads the content folder and accounts for every Markdown file', DISK, () => {
    const content = writeFixture({
      '_index.md': '# 首页',
      'docs/a.md': '正文',
      'docs/draft.md': '---\ndraft: true\n---\n',
      'docs/a.png': 'png',
    })

    const step = sourcesStep(context(content), path.dirname(content))

    expect(step).toMatchObject({
      ok: true,
      title: `Reading the content in ${path.basename(content)}`,
      summary: ['2 pages from 3 Markdown files (1 draft)'],
      errors: [],
      warnings: [],
    })
    if (!step.ok) return
    expect(step.stop).toBeUndefined()
    expect(step.languages[0]!.sources.assets).toEqual(['docs/a.png'])
  })

  it('names a content folder outside the working folder by its absolute path', DISK, () => {
    const content = writeFixture({ 'docs/a.md': '正文' })
    expect(sourcesStep(context(content), mkdtempSync(path.join(tmpdir(), 'cwd-')))).toMatchObject({
      title: `Reading the content in ${content}`,
    })
  })

  it('returns every problem at once, counted in the summary, and the sentence that stops the build', DISK, () => {
    const content = writeFixture({
      'docs/weight.md': '---\nweight: "abc"\n---\n',
      'docs/date.md': '---\ndate: 31/12/2025\n---\n',
      'docs/ok.md': '正文',
    })

    const step = sourcesStep(context(content), path.dirname(content))

    if (!step.ok) throw new Error('expected the content to be read')
    expect(step.summary).toEqual(['1 page from 3 Markdown files (2 with errors)'])
    expect(step.errors.map((error) => error.format().split('\n')[0])).toEqual([
      `${path.basename(content)}/docs/date.md:2: date: cannot read "31/12/2025" as a date`,
      `${path.basename(content)}/docs/weight.md:2: weight: expected a whole number, found "abc"`,
    ])
    expect(step.stop).toBe('The build stopped: 2 problems in the content (listed above). Nothing was written.')
  })

  it('warns about a menu entry whose pageRef names no page, naming the settings file', DISK, () => {
    const content = writeFixture({ 'docs/intro.md': '正文' })
    const menu = [
      { name: '', url: '', pageRef: '/docs/intro' },
      { name: '不存在', url: '', pageRef: '/docs/gone' },
    ]

    const plain = sourcesStep(context(content, menu))
    const hugo = sourcesStep({
      ...context(content, menu),
      siteDir: '/sites/book',
      hugo: { files: ['hugo.toml', 'config/_default/menus.toml'], ignored: [], warnings: [], staticDirs: [] },
    })

    expect(plain).toMatchObject({
      ok: true,
      errors: [],
      warnings: [{ file: 'site.config.ts', message: expect.stringContaining('pageRef "/docs/gone" matches no page') }],
    })
    expect(hugo).toMatchObject({
      warnings: [{ file: '/sites/book/hugo.toml + /sites/book/config/_default/menus.toml' }],
    })
  })

  it('stops at once when the content folder does not exist, naming where it is set', DISK, () => {
    const missing = path.join(tmpdir(), 'no-such-content-folder')
    expect(sourcesStep(context(missing))).toEqual({
      ok: false,
      stop: `Content folder ${missing} does not exist. Set CONTENT_DIR to a Hugo content folder, or create ./content.`,
    })
    expect(
      sourcesStep({ ...context(missing), hugo: { files: ['hugo.toml'], ignored: [], warnings: [], staticDirs: [] } }),
    ).toMatchObject({
      stop: expect.stringContaining(
        'Set CONTENT_DIR to a Hugo content folder or contentDir in the Hugo configuration, or create ./content.',
      ),
    })
  })
})
