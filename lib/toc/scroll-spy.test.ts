import { describe, expect, it } from 'vitest'
import { activeHeadingId } from './scroll-spy'

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
