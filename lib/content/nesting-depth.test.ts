import fc from 'fast-check'
import type { Nodes } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { scanNesting } from './nesting-depth'

const depths = (text: string) =>
  Object.fromEntries(Object.values(scanNesting(text).deepest).map(({ kind, depth }) => [kind, depth]))

describe('scanNesting', () => {
  it('counts nested lists by their items’ content columns, ordered and bullet, tabs included', () => {
    expect(depths('- a\n  - b\n    1. c\n       - d\n- e\n').list).toBe(4)
    expect(depths('- a\n\tb\n\t- c\n').list).toBe(2)
    expect(depths('- - - a\n').list).toBe(3)
    // Siblings and a paragraph after the list do not deepen it.
    expect(depths('- a\n- b\n\ntext\n- c\n').list).toBe(1)
  })

  it('counts `>` markers, and blockquotes inside list items', () => {
    expect(depths('> > > deep\n> shallow\n').blockquote).toBe(3)
    expect(depths('- > - > x\n')).toMatchObject({ list: 2, blockquote: 2 })
  })

  it('skips fenced code: its `>` and `-` are text', () => {
    expect(depths('```\n> > > >\n- - - - x\n```\n> one\n')).toMatchObject({ list: 0, blockquote: 1 })
    expect(depths('~~~~\n<div><div><div></div></div></div>\n~~~~\n').html).toBe(0)
  })

  it('counts HTML elements and shortcodes only when a closing tag matches them', () => {
    expect(depths('<div><section><p>a</section></div> <br> <img src=x> <p>unclosed\n').html).toBe(2)
    expect(depths('Write `<div>` to wrap, then `</div>`.').html).toBe(1)
    const shortcodes = '{{< tabs >}}\n{{% tab "a" %}}\n{{< hint >}} {{< param x >}} {{< /hint >}}\n{{% /tab %}}\n{{< /tabs >}}\n'
    expect(depths(shortcodes).shortcode).toBe(3)
    // An escaped shortcode is text.
    expect(depths('{{</* hint */>}} {{</* /hint */>}}').shortcode).toBe(0)
  })

  it('gives the first line where a kind passes the limit, and the deepest level of each', () => {
    const list = Array.from({ length: 2000 }, (_, index) => `${'  '.repeat(index)}- a`).join('\n')
    expect(scanNesting(`title\n\n${list}\n`, 50)).toMatchObject({
      tooDeep: { kind: 'list', depth: 51, line: 53 },
      deepest: { list: { depth: 2000, line: 2002 } },
    })
    expect(scanNesting(`a\nb\n${'>'.repeat(2000)} x\n`, 50).tooDeep).toEqual({ kind: 'blockquote', depth: 2000, line: 3 })
    const divs = `text\n\n${'<div>\n'.repeat(5000)}x\n${'</div>\n'.repeat(5000)}`
    expect(scanNesting(divs, 50).tooDeep).toEqual({ kind: 'html', depth: 51, line: 53 })
    const shortcodes = `${'{{< hint >}}\n'.repeat(300)}x\n${'{{< /hint >}}\n'.repeat(300)}`
    expect(scanNesting(shortcodes, 50).tooDeep).toEqual({ kind: 'shortcode', depth: 51, line: 51 })
    expect(scanNesting('- a\n  - b\n', 2).tooDeep).toBeUndefined()
  })
})

/** A random nesting of lists and blockquotes, written as Markdown the way authors indent it. */
type Block = { kind: 'item' | 'quote' | 'text'; children: Block[] }
const block: fc.Memo<Block> = fc.memo((size) =>
  size <= 1
    ? fc.constant<Block>({ kind: 'text', children: [] })
    : fc.record({
        kind: fc.constantFrom<Block['kind']>('item', 'quote', 'text'),
        children: fc.array(block(size - 1), { minLength: 1, maxLength: 3 }),
      }),
)

function write(blocks: readonly Block[], prefix: string): string[] {
  return blocks.flatMap((node, index) => {
    const gap = index > 0 ? [prefix.trimEnd()] : [] // a blank line between blocks (inside quotes, a bare `>`)
    if (node.kind === 'text') return [...gap, `${prefix}text`]
    const [first, ...rest] = write(node.children, '')
    const marker = node.kind === 'item' ? '- ' : '> '
    const continuation = node.kind === 'item' ? '  ' : '> '
    return [
      ...gap,
      `${prefix}${marker}${first}`,
      ...rest.map((line) => `${prefix}${continuation}${line}`.trimEnd() || prefix.trimEnd()),
    ]
  })
}

/** The deepest list and blockquote nesting in the parser's own tree. */
function parserDepths(node: Nodes, lists = 0, quotes = 0): { list: number; blockquote: number } {
  const here = { list: lists + (node.type === 'listItem' ? 1 : 0), blockquote: quotes + (node.type === 'blockquote' ? 1 : 0) }
  const deepest = { ...here }
  for (const child of 'children' in node ? node.children : []) {
    const below = parserDepths(child, here.list, here.blockquote)
    deepest.list = Math.max(deepest.list, below.list)
    deepest.blockquote = Math.max(deepest.blockquote, below.blockquote)
  }
  return deepest
}

describe('scanNesting, on random nestings of lists and blockquotes (fast-check)', () => {
  it('finds the depths the Markdown parser finds', () => {
    fc.assert(
      fc.property(fc.array(block(6), { minLength: 1, maxLength: 3 }), (blocks) => {
        const text = `${write(blocks, '').join('\n')}\n`
        const { list, blockquote } = depths(text)
        expect({ list, blockquote }).toEqual(parserDepths(unified().use(remarkParse).parse(text)))
      }),
      { numRuns: 300 },
    )
  })
})
