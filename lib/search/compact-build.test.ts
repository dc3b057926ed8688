import { describe, expect, it, vi } from 'vitest'
import { FIXTURE_BOOK, openTestIndex } from '../../test/support/search-fixture'
import { searchBook } from './query'

// The browser gets FlexSearch's compact build (next.config.ts): the search must work with it alone.
// @ts-expect-error the compact build has no types of its own: it is the package's API, less Resolver and workers.
vi.mock('flexsearch', async () => await import('../../node_modules/flexsearch/dist/flexsearch.compact.module.min.js'))

describe('the search on FlexSearch’s compact build', () => {
  it('exports, imports, ranks, matches and relaxes as with the full bundle', async () => {
    const { Resolver, Index } = await import('flexsearch')
    expect(Resolver).toBeFalsy() // the compact build is the one loaded…
    expect(typeof Index.prototype.import).toBe('function') // …and it imports what the build exported
    const index = await openTestIndex(FIXTURE_BOOK)
    const urls = async (query: string) => (await searchBook(index, query)).pages.map((result) => result.url)
    expect(await urls('推理')).toEqual(['/title/', '/heading/', '/body/'])
    expect(await urls('Claude Code')).toEqual(['/together/', '/apart/'])
    expect(await urls('DeepSeek 火星')).toEqual(['/deepseek-cost/', '/deepseek/'])
  })
})
