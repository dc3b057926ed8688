import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readContentSources } from '../content/sources'
import { writeFixture } from '../../test/support/files'
import { stagedSourcesReader, writeStage } from './stage'

const DISK = { timeout: 30_000 }

describe('the stage contentlayer reads', () => {
  it('holds each page’s body without its front matter, at a .md path, and the records apart', DISK, () => {
    const content = writeFixture({
      'docs/a.md': '---\r\ntitle: "A"\r\ntype: docs\r\n---\r\nBody A\r\n',
      'docs/b.markdown': 'Body B',
    })
    const cwd = writeFixture({})
    expect(writeStage(readContentSources(content), { cwd, fingerprint: 'engine-1' })).toEqual({
      written: 2,
      removed: 0,
    })
    expect(readFileSync(path.join(cwd, '.book/content/docs/a.md'), 'utf8')).toBe(
      '   \n          \n          \n   \nBody A\n',
    )
    expect(existsSync(path.join(cwd, '.book/content/docs/b.md'))).toBe(true)
    const staged = stagedSourcesReader(cwd)()
    expect(staged.byStagedPath.get('docs/a.md')).toMatchObject({
      filePath: 'docs/a.md',
      url: '/docs/a/',
      meta: { title: 'A' },
    })
    expect(staged.lookup.page('docs/a.md', 'b.markdown')?.url).toBe('/docs/b/')
  })

  it('touches only pages whose body or record changed, and removes deleted ones', DISK, () => {
    const content = writeFixture({ 'a.md': '---\ntitle: A\n---\nA', 'b.md': 'B', 'c.md': 'C' })
    const cwd = writeFixture({})
    writeStage(readContentSources(content), { cwd, fingerprint: 'engine-1' })
    const staged = (name: string) => path.join(cwd, '.book/content', name)
    const old = new Date('2020-01-01T00:00:00Z')
    for (const name of ['a.md', 'b.md', 'c.md']) utimesSync(staged(name), old, old)

    writeFileSync(path.join(content, 'a.md'), '---\ntitle: A, retitled\n---\nA') // the record changes, not the body
    writeFileSync(path.join(content, 'c.md'), 'C, edited')
    writeFileSync(path.join(content, 'b.md'), 'B') // the same text again
    const read = stagedSourcesReader(cwd)
    expect(read().byStagedPath.get('a.md')?.meta.title).toBe('A')
    expect(writeStage(readContentSources(content), { cwd, fingerprint: 'engine-1' })).toEqual({
      written: 2,
      removed: 0,
    })
    expect(statSync(staged('a.md')).mtimeMs).toBeGreaterThan(old.getTime())
    expect(statSync(staged('b.md')).mtimeMs).toBe(old.getTime())
    expect(readFileSync(staged('c.md'), 'utf8')).toBe('C, edited')
    expect(read().byStagedPath.get('a.md')?.meta.title).toBe('A, retitled')

    writeFileSync(path.join(content, 'b.md'), '---\ndraft: true\n---\nB')
    expect(writeStage(readContentSources(content), { cwd, fingerprint: 'engine-1' })).toEqual({
      written: 0,
      removed: 1,
    })
    expect(existsSync(staged('b.md'))).toBe(false)
  })

  it('touches every page when the render fingerprint changed (engine, settings, the set of pages)', DISK, () => {
    const content = writeFixture({ 'a.md': 'A', 'b.md': 'B' })
    const cwd = writeFixture({})
    writeStage(readContentSources(content), { cwd, fingerprint: 'engine-1' })
    const staged = (name: string) => path.join(cwd, '.book/content', name)
    const old = new Date('2020-01-01T00:00:00Z')
    for (const name of ['a.md', 'b.md']) utimesSync(staged(name), old, old)
    expect(writeStage(readContentSources(content), { cwd, fingerprint: 'engine-1' })).toEqual({
      written: 0,
      removed: 0,
    })
    expect(writeStage(readContentSources(content), { cwd, fingerprint: 'engine-2' })).toEqual({
      written: 2,
      removed: 0,
    })
    for (const name of ['a.md', 'b.md']) expect(statSync(staged(name)).mtimeMs).toBeGreaterThan(old.getTime())
    expect(stagedSourcesReader(cwd)().renderFingerprint).toBe('engine-2')
  })
})
