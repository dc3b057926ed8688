import { describe, expect, it } from 'vitest'
import { compareExports, firstDifference, report, type ExportView } from './compare-exports'

const view = (files: Record<string, string>): ExportView => ({
  files: Object.keys(files),
  read: (file) => files[file]!,
})

/** One export as two builds of the same code write it: only the build id and the hashes in names differ. */
const exportOf = (id: string, chunk: string, inline: string, menu: string, body = '<p>正文</p>', payload = 'a') =>
  view({
    [`_next/static/${id}/_buildManifest.js`]: 'self.__BUILD_MANIFEST={}',
    [`_next/${id}/__next._tree.txt`]: 'tree',
    [`_next/static/chunks/${chunk}.js`]: 'code',
    [`_next/static/chunks/${chunk}.css`]: 'css',
    [`_next/static/media/KaTeX_Main-Regular.${chunk}.woff2`]: 'font',
    [`_next/static/inline/${inline}.js`]: `self.__next_f.push([1,"0:{\\"b\\":\\"${id}\\"}\\n${payload}"])`,
    [`menu/tree.${menu}.json`]: '[]',
    'index.html':
      `<!--${id}--><!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/${chunk}.css"/><script src="/_next/static/chunks/${chunk}.js" async=""></script></head>` +
      `<body data-menu="/menu/tree.${menu}.json">${body}<script src="/_next/static/inline/${inline}.js"></script></body></html>`,
    'docs/index.html': `<html><body><link rel="preload" href="/_next/static/media/KaTeX_Main-Regular.${chunk}.woff2"/>${body}</body></html>`,
  })

const first = exportOf('4vhRRXQg6a9eVZx3CTczM', '25k6ykloockx8', '47302071ac953ed9820c', 'ec273ee2375e')
const second = exportOf('rDlFjBOSTEmW6byKe2Bbb', '3qfy96eoyh-ek', '0c961f00ec7fa2371848', '0123456789ab')

describe('compareExports', () => {
  it('finds two builds of the same code identical: build id, chunk, inline script and content-hashed names are placeholders', () => {
    expect(compareExports(first, second)).toEqual({ identical: 2, differing: [], onlyInA: [], onlyInB: [] })
  })

  it('names the page and the first difference when a page’s text changed', () => {
    const changed = exportOf(
      'rDlFjBOSTEmW6byKe2Bbb',
      '3qfy96eoyh-ek',
      '0c961f00ec7fa2371848',
      '0123456789ab',
      '<p>正文有变</p>',
    )
    const comparison = compareExports(first, changed)
    expect(comparison.identical).toBe(0)
    expect(comparison.differing.map((difference) => difference.page)).toEqual(['docs/index.html', 'index.html'])
    expect(comparison.differing[0]).toMatchObject({
      line: 1,
      contextA: expect.stringContaining('<p>正文</p>'),
      contextB: expect.stringContaining('<p>正文有变</p>'),
    })
  })

  it('sees a changed payload only when asked to compare the inline scripts', () => {
    const changed = exportOf(
      'rDlFjBOSTEmW6byKe2Bbb',
      '3qfy96eoyh-ek',
      '0c961f00ec7fa2371848',
      '0123456789ab',
      undefined,
      'b',
    )
    expect(compareExports(first, changed).differing).toEqual([])
    expect(compareExports(first, changed, { payload: true }).differing.map((difference) => difference.page)).toEqual([
      'index.html',
    ])
    expect(compareExports(first, second, { payload: true }).differing).toEqual([])
  })

  it('reports files on one side only, with hashed names as placeholders, and a page missing from one side', () => {
    const extra = view({
      ...Object.fromEntries(second.files.map((file) => [file, second.read(file)])),
      'docs/new/index.html': '<p>new</p>',
      '_next/static/chunks/zzz.js': 'more',
    })
    const comparison = compareExports(first, extra)
    expect(comparison.onlyInA).toEqual([])
    expect(comparison.onlyInB).toEqual(['_next/static/chunks/[hash].js', 'docs/new/index.html'])
    expect(report(comparison).ok).toBe(false)
  })
})

describe('firstDifference', () => {
  it('gives the line, the column and context from both sides', () => {
    expect(firstDifference('one\ntwo three', 'one\ntwo four')).toEqual({
      line: 2,
      column: 5,
      offset: 8,
      contextA: 'two three',
      contextB: 'two four',
    })
    expect(firstDifference('same', 'same')).toBeUndefined()
    expect(firstDifference('short', 'short and more')).toMatchObject({
      offset: 5,
      contextA: 'short',
      contextB: 'short and more',
    })
  })
})

describe('report', () => {
  it('prints the counts, then each differing page with both sides', () => {
    const changed = exportOf(
      'rDlFjBOSTEmW6byKe2Bbb',
      '3qfy96eoyh-ek',
      '0c961f00ec7fa2371848',
      '0123456789ab',
      '<p>改</p>',
    )
    const { ok, text } = report(compareExports(first, changed))
    expect(ok).toBe(false)
    expect(text.split('\n')[0]).toBe('0 pages identical, 2 differ')
    expect(text).toContain('docs/index.html: first difference at line 1, column')
    expect(report(compareExports(first, second))).toEqual({ ok: true, text: '2 pages identical, 0 differ' })
  })
})
