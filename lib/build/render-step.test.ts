import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defineSiteConfig } from '../config/site-config'
import { readContentSources } from '../content/sources'
import { writeFixture } from '../../test/support/files'
import { renderStep, shares } from './render-step'
import { renderStagedPages } from './render-workers'
import { writeStage } from './stage'

const SLOW = { timeout: 120_000 }

describe('the render step', () => {
  it(
    'renders the pages the cache lacks, with their warnings; the next build takes them all from the cache and reports the warnings again',
    SLOW,
    async () => {
      const content = writeFixture({
        '_index.md': '---\ntitle: 首页\n---\n正文',
        'docs/a.md': '---\ntitle: A\n---\n[坏链接](missing.md)',
        'docs/b.md': '---\ntitle: B\n---\n## 标题\n\n正文',
      })
      const cwd = writeFixture({})
      const context = { config: defineSiteConfig({ title: 'T', language: 'zh-CN' }), siteDir: undefined }
      const renderedShares: string[][] = []
      const run = async (fingerprint: string) => {
        const sources = readContentSources(content)
        writeStage(sources, { cwd, fingerprint })
        return renderStep(sources, fingerprint, {
          cwd,
          cores: 2,
          render: async (lists) => {
            renderedShares.push(...lists)
            for (const list of lists) expect(await renderStagedPages(context, list, cwd)).toEqual([])
          },
        })
      }

      const first = await run('f1')
      expect(first).toMatchObject({ pages: 3, rendered: 3, workers: 0 })
      expect(renderedShares.flat().sort()).toEqual(['_index.md', 'docs/a.md', 'docs/b.md'])
      // Line 4 of the author's file: the front matter's three lines come first.
      expect(first.warnings).toEqual([
        expect.objectContaining({
          file: path.join(content, 'docs/a.md'),
          line: 4,
          message: 'link to "missing.md": no such page',
        }),
      ])

      renderedShares.length = 0
      const second = await run('f1')
      expect(second).toMatchObject({ rendered: 0, pruned: 0 })
      expect(renderedShares).toEqual([])
      expect(second.warnings).toEqual(first.warnings)

      const third = await run('f2') // a setting or the engine changed
      expect(third).toMatchObject({ rendered: 3, pruned: 3 })
    },
  )

  it('splits pages between workers by the size of their text, largest first to the lightest', () => {
    const page = (name: string, size: number) => ({ filePath: `${name}.md`, body: 'x'.repeat(size) })
    expect(shares([page('a', 10), page('b', 60), page('c', 30), page('d', 25)], 2)).toEqual([
      ['b.md'],
      ['c.md', 'd.md', 'a.md'],
    ])
    expect(shares([page('a', 1)], 2)).toEqual([['a.md']])
  })
})
