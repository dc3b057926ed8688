import { describe, expect, it } from 'vitest'
import { activeHeadingId, readingLine } from './scroll-spy'

const headings = [
  { id: 'one', top: -400 },
  { id: 'two', top: 60 },
  { id: 'three', top: 700 },
]

describe('activeHeadingId', () => {
  it('is the last heading above the reading line', () => {
    expect(activeHeadingId(headings, 100, false)).toBe('two')
    expect(activeHeadingId(headings, 50, false)).toBe('one')
  })

  it('is none before the first heading is reached', () => {
    expect(activeHeadingId([{ id: 'a', top: 300 }], 100, false)).toBeUndefined()
  })

  it('is the last heading at the bottom of the page, even if it cannot reach the line', () => {
    expect(activeHeadingId(headings, 100, true)).toBe('three')
  })

  it('is none without headings', () => {
    expect(activeHeadingId([], 100, true)).toBeUndefined()
  })
})

describe('readingLine', () => {
  it('is a third of the way down the window', () => {
    expect(readingLine(900, 20)).toBe(300)
  })

  it('is never above where a jumped-to heading lands (a short window under a sticky header)', () => {
    expect(readingLine(210, 72)).toBe(88)
  })

  it('marks the section whose heading sits at 20% of the window while its text fills the rest', () => {
    const line = readingLine(800, 20)
    const page = [
      { id: 'previous', top: -1200 },
      { id: 'reading', top: 160 },
      { id: 'next', top: 950 },
    ]
    expect(activeHeadingId(page, line, false)).toBe('reading')
  })
})
