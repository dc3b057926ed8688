import { describe, expect, it } from 'vitest'
import { parseShortcodes, type ShortcodeNode } from './parse'

const shortcodes = (source: string) =>
  parseShortcodes(source).children.filter((child): child is ShortcodeNode => child.type === 'shortcode')

describe('parseShortcodes', () => {
  it('reads positional, named, quoted and raw parameters', () => {
    const [node] = shortcodes('{{< details "标题 含空格" open >}}x{{< /details >}}')
    expect(node).toMatchObject({
      name: 'details',
      params: { positional: ['标题 含空格', 'open'], named: {} },
      markdown: false,
      paired: true,
    })
    const [named] = shortcodes('{{% button href="https://example.org/?a=1" class=primary %}}Go{{% /button %}}')
    expect(named).toMatchObject({
      name: 'button',
      markdown: true,
      params: { positional: [], named: { href: 'https://example.org/?a=1', class: 'primary' } },
    })
    const [raw] = shortcodes('{{< katex display=true >}}x{{< /katex >}} {{< x `multi\nline` "esc\\"aped" >}}')
    expect(raw?.params.named).toEqual({ display: 'true' })
    expect(shortcodes('{{< x `multi\nline` "esc\\"aped" >}}')[0]?.params.positional).toEqual([
      'multi\nline',
      'esc"aped',
    ])
  })

  it('knows the inner text and the line of each shortcode', () => {
    const source = 'intro\n\n{{< hint info >}}\n**inner**\n{{< /hint >}}\n'
    const [node] = shortcodes(source)
    expect(source.slice(node!.innerStart, node!.innerEnd)).toBe('\n**inner**\n')
    expect(node!.line).toBe(3)
    expect(source.slice(node!.start, node!.end)).toBe('{{< hint info >}}\n**inner**\n{{< /hint >}}')
  })

  it('nests shortcodes, and leaves openings without a closing tag standing alone', () => {
    const [tabs, after] = shortcodes(
      '{{< tabs >}}{{< tab "A" >}}a {{< ref "x.md" >}}{{< /tab >}}{{< tab "B" >}}b{{< /tab >}}{{< /tabs >}}{{< section >}}',
    )
    expect(
      tabs!.children
        .filter((child) => child.type === 'shortcode')
        .map((child) => (child as ShortcodeNode).params.positional[0]),
    ).toEqual(['A', 'B'])
    const firstTab = tabs!.children[0] as ShortcodeNode
    expect(firstTab.children.find((child) => child.type === 'shortcode')).toMatchObject({ name: 'ref', paired: false })
    expect(after).toMatchObject({ name: 'section', paired: false })
  })

  it('treats the self-closing form as standing alone', () => {
    const [node, next] = shortcodes('{{< section summary />}} {{< hint >}}x{{< /hint >}}')
    expect(node).toMatchObject({ name: 'section', paired: false, params: { positional: ['summary'] } })
    expect(next).toMatchObject({ name: 'hint', paired: true })
  })

  it('turns escaped shortcodes into their literal text', () => {
    const { children } = parseShortcodes('Use {{</* hint info */>}} and {{%/* /hint */%}}.')
    expect(children.filter((child) => child.type === 'shortcode')).toHaveLength(0)
    expect(children.map((child) => (child.type === 'text' ? child.literal : undefined)).filter(Boolean)).toEqual([
      '{{< hint info >}}',
      '{{% /hint %}}',
    ])
  })

  it('keeps everything from {{</* to the next */>}} as text, as Hugo does, even across tags and lines', () => {
    // hugo-book's katex.md: the escape opens on the first tag and closes on the last.
    const source = 'A\n{{</* katex display=true >}}\nf(x)\n{{< /katex */>}}\nB {{%/*x*/%}} {{</*  spaced  */>}}'
    const { children, warnings } = parseShortcodes(source)
    expect(warnings).toEqual([])
    expect(children.filter((child) => child.type === 'shortcode')).toHaveLength(0)
    expect(
      children
        .map((child) => (child.type === 'text' ? (child.literal ?? source.slice(child.start, child.end)) : ''))
        .join(''),
    ).toBe('A\n{{< katex display=true >}}\nf(x)\n{{< /katex >}}\nB {{%x%}} {{<  spaced  >}}')
  })

  it('reports an escaped shortcode that is never closed and keeps it as text', () => {
    const { children, warnings } = parseShortcodes('x\n{{</* hint >}}')
    expect(warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [2, 'escaped shortcode {{</* is never closed'],
    ])
    expect(children).toEqual([{ type: 'text', start: 0, end: 16 }])
  })

  it('reports a paired shortcode left open and a closing tag without opening', () => {
    const { warnings, children } = parseShortcodes('{{< hint >}}\ntext\n\n{{< /details >}}\n')
    expect(warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [4, 'closing shortcode {{< /details >}} has no opening tag'],
      [1, 'shortcode {{< hint >}} is never closed'],
    ])
    expect(children[0]).toMatchObject({ type: 'shortcode', name: 'hint', paired: false })
  })

  it('closes the open shortcode with a tag naming the last one nested in it, as Hugo 0.111 does, and warns', () => {
    const source = '{{< tabs "x" >}}\n{{% tab "One" %}}\nFirst.\n{{% /tab %}}\n{{< /tab >}}\nAfter.\n'
    const { warnings, children } = parseShortcodes(source)
    expect(children[0]).toMatchObject({ type: 'shortcode', name: 'tabs', paired: true })
    expect(source.slice((children[0] as { end: number }).end)).toBe('\nAfter.\n')
    expect(warnings.map((warning) => [warning.line, warning.message, warning.hint])).toEqual([
      [
        5,
        'closing shortcode {{< /tab >}} closes {{< tabs >}} of line 1, as Hugo 0.111 reads it',
        'write {{< /tabs >}}',
      ],
    ])
    // A closing tag naming neither the open shortcode nor the last one in it stays an error of the author's (Hugo stops).
    expect(
      parseShortcodes('{{< hint >}}\ntext\n{{< /details >}}\n').warnings.map((warning) => warning.message),
    ).toEqual(['closing shortcode {{< /details >}} has no opening tag', 'shortcode {{< hint >}} is never closed'])
  })

  it('ignores braces that are not shortcodes', () => {
    expect(shortcodes('{{ .Title }} and {{< >}} and {{<')).toEqual([])
  })
})
