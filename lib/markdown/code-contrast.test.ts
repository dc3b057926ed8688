import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderMarkdownFile } from '../../test/support/markdown'
import { contrastRatio, MINIMUM_CONTRAST, readableColor } from './code-contrast'

/** `#rgb` or `#rrggbb` as channels (the test's own reading, not the module's). */
function rgb(hex: string): [number, number, number] {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((digit) => digit + digit).join('')}` : hex
  return [1, 3, 5].map((at) => parseInt(full.slice(at, at + 2), 16)) as [number, number, number]
}

describe('readableColor', () => {
  it("darkens github-light's orange on white just enough, and keeps its hue", () => {
    expect(contrastRatio(rgb('#E36209'), rgb('#FFFFFF'))).toBeLessThan(4.5)
    const readable = readableColor('#E36209', '#fff')
    expect(contrastRatio(rgb(readable), rgb('#FFFFFF'))).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(rgb(readable), rgb('#FFFFFF'))).toBeLessThan(4.7)
    const [r, g, b] = rgb(readable)
    expect(r).toBeGreaterThan(g)
    expect(g).toBeGreaterThan(b)
  })

  it('lightens a dim grey on a dark background', () => {
    const readable = readableColor('#6A737D', '#24292e')
    expect(contrastRatio(rgb(readable), rgb('#24292E'))).toBeGreaterThanOrEqual(4.5)
  })

  it('leaves a colour that already reads as the theme wrote it, and what is not a hex colour', () => {
    expect(readableColor('#24292E', '#fff')).toBe('#24292E')
    expect(readableColor('inherit', '#fff')).toBe('inherit')
  })

  it('reaches the minimum for any colour, with or without alpha, on any background', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((value) => `#${value.toString(16).padStart(6, '0')}`)
    fc.assert(
      fc.property(hex, fc.integer({ min: 0, max: 255 }), hex, (color, alpha, background) => {
        const back = rgb(background)
        // A background of middling luminance cannot give 4.5:1 with anything: black and white both fall short.
        fc.pre(Math.max(contrastRatio([0, 0, 0], back), contrastRatio([255, 255, 255], back)) >= MINIMUM_CONTRAST + 0.1)
        const readable = readableColor(`${color}${alpha.toString(16).padStart(2, '0')}`, background)
        expect(contrastRatio(rgb(readable), back)).toBeGreaterThanOrEqual(MINIMUM_CONTRAST - 0.01)
      }),
    )
  })
})

describe('code blocks', () => {
  it('carry token colours that read on their background in both themes', async () => {
    const { html } = await renderMarkdownFile('```md\n1. **Install**: `npm install`.\n```\n', '/content/a.md')
    const pre = /<pre[^>]*style="([^"]*)"/.exec(html)![1]!
    const background = (theme: string) => new RegExp(`--shiki-${theme}-bg:(#[0-9a-f]+)`, 'i').exec(pre)![1]!
    const tokens = [...html.matchAll(/--shiki-(light|dark):(#[0-9a-f]+)/gi)]
    expect(tokens.length).toBeGreaterThan(0)
    for (const [, theme, color] of tokens)
      expect(contrastRatio(rgb(color!), rgb(background(theme!))), `${theme} ${color}`).toBeGreaterThanOrEqual(4.5)
  })
})
