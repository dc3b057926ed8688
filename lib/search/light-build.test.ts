import { describe, expect, it, vi } from 'vitest'
import { FIXTURE_BOOK, openTestIndex } from '../../test/support/search-fixture'
import { searchBook } from './query'

// The browser gets FlexSearch's light build (next.config.ts): the search must work with it alone.
// @ts-expect-error the light build has no types of its own: it is the package's API, less Document and export/import.
vi.mock('flexsearch', async () => await import('../../node_modules/flexsearch/dist/flexsearch.light.module.min.js'))

describe('the search on FlexSearch’s light build', () => {
  it('ranks, matches and relaxes as with the full bundle', async () => {
    const { Document } = await import('flexsearch')
    expect(Document).toBeNull() // the light build is the one loaded
    const index = await openTestIndex(FIXTURE_BOOK)
    const urls = async (query: string) => (await searchBook(index, query)).pages.map((result) => result.url)
    expect(await urls('推理')).toEqual(['/title/', '/heading/', '/body/'])
    expect(await urls('Claude Code')).toEqual(['/together/', '/apart/'])
    expect(await urls('DeepSeek 火星')).toEqual(['/deepseek-cost/', '/deepseek/'])
  })
})
