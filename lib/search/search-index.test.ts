import { describe, expect, it } from 'vitest'
import { FIXTURE_BOOK } from '../../test/support/search-fixture'
import { searchBook } from './query'
import { pagesToRecords } from './records'
import { buildSearchIndex, exportSearchIndex, importSearchIndex, storedRecord } from './search-index'

const records = pagesToRecords(FIXTURE_BOOK)
const QUERIES = ['推理', 'Claude Code', '开源 权重', '开源权重', 'DeepSeek 成本', 'DeepSeek 火星', '开源大权重', '鹈鹕', 'onerror', 'ＣＬＡＵＤＥ', 'xyzzy']

describe('pagesToRecords', () => {
  it('makes one record per section, ids in reading order, headings only for h2/h3', () => {
    expect(records[1]).toEqual({ id: 1, url: '/heading/', pageTitle: '模型综述', breadcrumb: '书', text: '这一页按主题回顾模型。' })
    expect(records[2]).toMatchObject({ id: 2, heading: '推理的兴起', headingId: '推理的兴起' })
    expect(records.map((record) => record.id)).toEqual(records.map((_, i) => i))
  })

  it('drops U+0000, which marks token lists for the index', () => {
    const [record] = pagesToRecords([{ url: '/nul/', title: '\u0000标题', breadcrumb: [], sections: [{ level: 0, text: '\u0000正文' }] }])
    expect(record).toMatchObject({ pageTitle: '标题', text: '正文' })
    expect(searchBook(buildSearchIndex([record!]), '正文')).toHaveLength(1)
  })

  it('keeps a page without sections findable by its title', () => {
    expect(pagesToRecords([{ url: '/empty/', title: '空白页', breadcrumb: ['甲', '乙'], sections: [] }])).toEqual([{ id: 0, url: '/empty/', pageTitle: '空白页', breadcrumb: '甲 › 乙', text: '' }])
  })
})

describe('export and import', () => {
  it('gives the same results after a round trip', async () => {
    const index = buildSearchIndex(records)
    const imported = importSearchIndex(await exportSearchIndex(index))
    for (const query of QUERIES) expect(searchBook(imported, query), query).toEqual(searchBook(index, query))
    expect(storedRecord(imported, 2)).toEqual(storedRecord(index, 2))
  })

  it('is deterministic: same records, same bytes (and again after an import)', async () => {
    const first = await exportSearchIndex(buildSearchIndex(records))
    const second = await exportSearchIndex(buildSearchIndex(pagesToRecords(structuredClone(FIXTURE_BOOK))))
    expect(second).toBe(first)
    expect(await exportSearchIndex(importSearchIndex(first))).toBe(first)
  })

  it('is one JSON document holding every part FlexSearch exports', async () => {
    const exported = JSON.parse(await exportSearchIndex(buildSearchIndex(records))) as { version: number; parts: [string, unknown][] }
    expect(exported.parts.map(([key]) => key)).toEqual(['pageTitle.1.map', 'heading.1.map', 'text.1.map', '1.reg', '1.doc'])
  })

  it('refuses a file of another version', () => {
    expect(() => importSearchIndex(JSON.stringify({ version: 0, parts: [] }))).toThrow(/rebuild/)
  })
})
