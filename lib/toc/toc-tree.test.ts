import { describe, expect, it } from 'vitest'
import { buildTocTree } from './toc-tree'

const h = (level: number, text: string) => ({ level, text, id: text })

describe('buildTocTree', () => {
  it('nests h3 under the h2 before it and keeps only the configured levels', () => {
    const tree = buildTocTree([h(1, 'T'), h(2, 'a'), h(3, 'a1'), h(4, 'a1x'), h(3, 'a2'), h(2, 'b')], 2, 3)
    expect(tree).toEqual([
      {
        id: 'a',
        text: 'a',
        level: 2,
        children: [
          { id: 'a1', text: 'a1', level: 3, children: [] },
          { id: 'a2', text: 'a2', level: 3, children: [] },
        ],
      },
      { id: 'b', text: 'b', level: 2, children: [] },
    ])
  })

  it('keeps an h3 that comes before any h2 at the top', () => {
    expect(buildTocTree([h(3, 'x'), h(2, 'y')], 2, 3).map((item) => item.id)).toEqual(['x', 'y'])
  })

  it('follows other level settings, e.g. h2–h4', () => {
    expect(buildTocTree([h(2, 'a'), h(3, 'b'), h(4, 'c')], 2, 4)[0]?.children[0]?.children[0]?.id).toBe('c')
    expect(buildTocTree([h(2, 'a'), h(3, 'b')], 2, 2)).toEqual([{ id: 'a', text: 'a', level: 2, children: [] }])
  })
})
