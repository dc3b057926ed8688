import type { Page } from 'contentlayer/generated'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { siteFromFolder, writeFixture } from '../../../test/support/content'
import type { ExportState } from '../../site/build-plan'
import { linkKeptRoutes, planExport, routeKeys } from './incremental-export'

let pages: Page[]
beforeAll(async () => {
  const site = await siteFromFolder(
    writeFixture({
      '_index.md': '---\ntitle: 首页\n---\n欢迎。',
      'docs/_index.md': '---\ntitle: 文档\n---\n',
      'docs/a.md': '---\ntitle: 甲\nweight: 1\n---\n## 一\n\n甲的正文。',
      'docs/b.md': '---\ntitle: 乙\nweight: 2\n---\n乙的正文。',
    }),
  )
  pages = site.pages
})

const ROUTES = ['/', '/docs/', '/docs/a/', '/docs/b/']
const keysOf = (
  changed: (page: Page) => Page = (page) => page,
  extra: { menuBundle?: string; settings?: unknown; buildId?: string } = {},
) => {
  const all = pages.map(changed)
  return routeKeys({
    buildId: extra.buildId ?? 'build-1',
    settings: extra.settings ?? { title: 'Book' },
    pages: all,
    routes: ROUTES.map((url) => [url, all.find((page) => page.url === url)] as const),
    ...(extra.menuBundle ? { isShownEverywhere: (page: Page) => page.url === extra.menuBundle } : {}),
  })
}
const edit = (url: string, change: Partial<Page>) => (page: Page) => (page.url === url ? { ...page, ...change } : page)

describe('routeKeys: what an edit makes export again', () => {
  it('a body edit changes that page’s key only, and so does a new last-modified date', () => {
    const before = keysOf()
    const after = keysOf(edit('/docs/a/', { html: '<p>甲的新正文。</p>', readingMinutes: 2, headings: [] }))
    const touched = keysOf(edit('/docs/a/', { lastmod: '2025-01-02T00:00:00Z', documentKey: 'other' }))
    expect(touched.sharedKey).toBe(before.sharedKey)
    expect(ROUTES.filter((url) => touched.keys.get(url) !== before.keys.get(url))).toEqual(['/docs/a/'])
    expect(after.sharedKey).toBe(before.sharedKey)
    expect(ROUTES.filter((url) => after.keys.get(url) !== before.keys.get(url))).toEqual(['/docs/a/'])
  })

  it('what other pages show of a page (title, summary, weight) changes the shared key, so every route', () => {
    const before = keysOf()
    for (const change of [
      { title: '甲（新）' },
      { summary: '新摘要' },
      { description: '新描述' },
      { hasContent: false },
    ]) {
      const after = keysOf(edit('/docs/a/', change))
      expect(after.sharedKey, JSON.stringify(change)).not.toBe(before.sharedKey)
      expect(ROUTES.every((url) => after.keys.get(url) !== before.keys.get(url))).toBe(true)
    }
  })

  it('settings and the build id are shared too', () => {
    const before = keysOf().sharedKey
    expect(keysOf(undefined, { settings: { title: 'Other' } }).sharedKey).not.toBe(before)
    expect(keysOf(undefined, { buildId: 'build-2' }).sharedKey).not.toBe(before)
  })

  it('with BookMenuBundle, the bundle’s body is every page’s menu: shared', () => {
    const bundled = { menuBundle: '/docs/b/' }
    const before = keysOf(undefined, bundled)
    expect(keysOf(edit('/docs/b/', { html: '<p>新菜单</p>' }), bundled).sharedKey).not.toBe(before.sharedKey)
    expect(keysOf(edit('/docs/a/', { html: '<p>新</p>' }), bundled).sharedKey).toBe(before.sharedKey)
  })
})

describe('planExport', () => {
  const current = (keys: Record<string, string>) => ({
    target: '/site/out',
    buildId: 'b1',
    sharedKey: 's1',
    keys: new Map(Object.entries(keys)),
  })
  const last: ExportState = {
    target: '/site/out',
    buildId: 'b1',
    sharedKey: 's1',
    routes: {
      '/': { key: 'k0', script: '/_next/static/inline/0.js' },
      '/a/': { key: 'k1', script: '/_next/static/inline/1.js' },
      '/b/': { key: 'k2' },
    },
  }

  it('exports everything without a last build, or when it went elsewhere, or the code or shared key changed', () => {
    const keys = { '/': 'k0' }
    expect(planExport(undefined, current(keys), () => true)).toEqual({ kind: 'full', reason: 'no earlier build' })
    expect(planExport({ ...last, target: '/elsewhere' }, current(keys), () => true)).toMatchObject({
      kind: 'full',
      reason: 'the last build went elsewhere',
    })
    expect(planExport({ ...last, buildId: 'b0' }, current(keys), () => true)).toMatchObject({
      kind: 'full',
      reason: 'the code changed',
    })
    expect(planExport({ ...last, sharedKey: 's0' }, current(keys), () => true)).toMatchObject({ kind: 'full' })
  })

  it('exports the changed and new routes and those the last output lost; keeps the others with their scripts; forgets removed ones', () => {
    const plan = planExport(
      last,
      current({ '/': 'k0', '/a/': 'k1-edited', '/b/': 'k2', '/c/': 'k3' }),
      (url) => url !== '/b/',
    )
    expect(plan).toEqual({
      kind: 'partial',
      render: ['/a/', '/b/', '/c/'],
      keep: [{ url: '/', script: '/_next/static/inline/0.js' }],
    })
  })
})

describe('linkKeptRoutes', () => {
  it('links a kept route’s own files and its script, not its child routes nor the root’s site-wide files', () => {
    const from = mkdtempSync(path.join(tmpdir(), 'last-out-'))
    const into = mkdtempSync(path.join(tmpdir(), 'new-out-'))
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(from, file)), { recursive: true })
      writeFileSync(path.join(from, file), text)
    }
    for (const file of [
      'index.html',
      'index.txt',
      '__next._tree.txt',
      'sitemap.xml',
      'docs/中文/index.html',
      'docs/中文/__next._full.txt',
      'docs/中文/child/index.html',
      '_next/static/inline/abc.js',
    ])
      write(file, file)
    expect(
      linkKeptRoutes(from, into, [{ url: '/' }, { url: '/docs/中文/', script: '/_next/static/inline/abc.js' }]),
    ).toBe(2)
    for (const file of [
      'index.html',
      'index.txt',
      '__next._tree.txt',
      'docs/中文/index.html',
      'docs/中文/__next._full.txt',
      '_next/static/inline/abc.js',
    ]) {
      expect(readFileSync(path.join(into, file), 'utf8')).toBe(file)
      expect(statSync(path.join(into, file)).ino).toBe(statSync(path.join(from, file)).ino) // a link, not a copy
    }
    expect(existsSync(path.join(into, 'sitemap.xml'))).toBe(false)
    expect(existsSync(path.join(into, 'docs/中文/child'))).toBe(false)
  })
})
