import { describe, expect, it } from 'vitest'
import { FIXTURE_BOOK, openTestIndex, page } from '../../test/support/search-fixture'
import { buildSearchFiles, searchManifest } from './build-search-files'
import { useHanFolding } from './encoder'
import { searchBook } from './query'
import { pagesToRecords, type SearchablePage } from './records'
import { chunkOf, chunkStarts, searchFileList, searchFileNames, shardOf } from './search-format'
import { openSearchFiles, openSearchIndex } from './search-index'

const records = pagesToRecords(FIXTURE_BOOK)

describe('pagesToRecords', () => {
  it('makes one record per section, ids in reading order, headings only for h2/h3', () => {
    expect(records[1]).toEqual({
      id: 1,
      url: '/heading/',
      pageTitle: '模型综述',
      breadcrumb: '书',
      text: '这一页按主题回顾模型。',
    })
    expect(records[2]).toMatchObject({ id: 2, heading: '推理的兴起', headingId: '推理的兴起' })
    expect(records.map((record) => record.id)).toEqual(records.map((_, i) => i))
  })

  it('drops U+0000, which marks token lists for the index', async () => {
    const [record] = pagesToRecords([
      { url: '/nul/', title: '\u0000标题', breadcrumb: [], sections: [{ level: 0, text: '\u0000正文' }] },
    ])
    expect(record).toMatchObject({ pageTitle: '标题', text: '正文' })
    expect(
      (
        await searchBook(
          await openTestIndex([
            { url: '/nul/', title: '\u0000标题', breadcrumb: [], sections: [{ level: 0, text: '\u0000正文' }] },
          ]),
          '正文',
        )
      ).pages,
    ).toHaveLength(1)
  })

  it('keeps a page without sections findable by its title', () => {
    expect(pagesToRecords([{ url: '/empty/', title: '空白页', breadcrumb: ['甲', '乙'], sections: [] }])).toEqual([
      { id: 0, url: '/empty/', pageTitle: '空白页', breadcrumb: '甲 › 乙', text: '' },
    ])
  })
})

describe('the exported files', () => {
  const built = buildSearchFiles(records)

  it('are exactly the files the manifest names, so the build lists them before building them', () => {
    expect([...built.files.keys()].sort()).toEqual(searchFileList(built.manifest).sort())
    expect(searchManifest(records)).toEqual(built.manifest)
  })

  it('are deterministic: same records, same bytes', () => {
    const again = buildSearchFiles(pagesToRecords(structuredClone(FIXTURE_BOOK)))
    expect(again.manifest).toEqual(built.manifest)
    expect([...again.files]).toEqual([...built.files])
  })

  it('refuse to open with a manifest of another version', () => {
    expect(() => openSearchIndex(JSON.stringify({ ...built.manifest, version: 2 }), async () => '')).toThrow(/rebuild/)
  })
})

/** A book of 400 pages of made-up Latin words: big enough for many shards and chunks. */
function wordBook(): SearchablePage[] {
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const word = () =>
    Array.from(
      { length: 4 + Math.floor(random() * 5) },
      () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)],
    ).join('')
  return Array.from({ length: 400 }, (_, i) =>
    page(`/w${i}/`, `Page ${i}`, [
      [undefined, Array.from({ length: 60 }, word).join(' ') + (i === 123 ? ' pelican bicycle' : '')],
    ]),
  )
}

describe('a query downloads what its terms need, not the index', () => {
  it('reads the manifest, the shards of its tokens and the chunks of the shown sections only', async () => {
    const book = buildSearchFiles(pagesToRecords(wordBook()))
    expect(book.manifest.shards).toBeGreaterThanOrEqual(16)
    expect(book.manifest.chunks.length).toBeGreaterThanOrEqual(16)
    const read: string[] = []
    const index = openSearchFiles(book, async (name) => (read.push(name), book.files.get(name)!))
    // A space after the last word: it is typed whole, nothing completes it.
    const { pages } = await searchBook(index, 'pelican bicycle ')
    expect(pages.map((result) => result.url)).toEqual(['/w123/'])
    const shards = new Set(
      ['pelican', 'bicycle', 'pelicanbicycle'].map((token) =>
        searchFileNames.shard(shardOf(token, book.manifest.shards)),
      ),
    )
    const chunk = searchFileNames.chunk(
      chunkOf(
        chunkStarts(book.manifest),
        pagesToRecords(wordBook()).findIndex((record) => record.url === '/w123/'),
      ),
    )
    expect(read.sort()).toEqual([...shards, chunk].sort())
  })

  it('fetches the traditional → simplified table for queries with Chinese characters only, and folds with it', async () => {
    const book = buildSearchFiles(records)
    useHanFolding(undefined) // as in the browser: no table until han.json arrives
    const read: string[] = []
    const index = openSearchFiles(book, async (name) => (read.push(name), book.files.get(name)!))
    await searchBook(index, 'Claude Code')
    expect(read).not.toContain(searchFileNames.han)
    const { pages } = await searchBook(index, '鵜鶘')
    expect(read).toContain(searchFileNames.han)
    expect(pages.map((result) => result.url)).toEqual(['/pelicans/'])
  })

  it('fetches a file once per visit, and again after a failure', async () => {
    const book = buildSearchFiles(records)
    let fail = true
    const read: string[] = []
    const index = openSearchFiles(book, async (name) => {
      read.push(name)
      if (fail) throw new Error('offline')
      return book.files.get(name)!
    })
    await expect(searchBook(index, '推理')).rejects.toThrow('offline')
    fail = false
    const first = read.length
    expect((await searchBook(index, '推理')).pages.length).toBeGreaterThan(0)
    const second = read.length
    await searchBook(index, '推理')
    expect(second).toBeGreaterThan(first)
    expect(read.length).toBe(second)
  })
})
