import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../../test/support/files'
import { readHugoSite } from './read-hugo-site'

const configOf = (toml: string) => readHugoSite(writeFixture({ 'hugo.toml': `title = "t"\n${toml}` })).config

describe('goldmark typographer and heading id settings', { timeout: 30_000 }, () => {
  it('leaves the typographer at its default (on) when the site says nothing', () => {
    expect(configOf('').typographer).toBeUndefined()
  })

  it("turns it off with Hugo 0.111's `typographer = false` and with a later Hugo's `disable = true`", () => {
    expect(configOf('[markup.goldmark.extensions]\ntypographer = false\n').typographer).toBe(false)
    expect(configOf('[markup.goldmark.extensions.typographer]\ndisable = true\n').typographer).toBe(false)
  })

  it('reads replacement strings as the text their HTML stands for', () => {
    expect(
      configOf('[markup.goldmark.extensions.typographer]\nleftDoubleQuote = "&laquo;&nbsp;"\nenDash = "&#8212;"\n')
        .typographer,
    ).toEqual({ leftDoubleQuote: '\u00ab\u00a0', enDash: '\u2014' })
  })

  it('reads autoHeadingIDType, and warns about a value Hugo does not have', () => {
    expect(configOf('[markup.goldmark.parser]\nautoHeadingIDType = "github-ascii"\n').headingIdType).toBe(
      'github-ascii',
    )
    const site = readHugoSite(writeFixture({ 'hugo.toml': '[markup.goldmark.parser]\nautoHeadingIDType = "gitlab"\n' }))
    expect(site.config.headingIdType).toBeUndefined()
    expect(site.warnings.join('\n')).toMatch(/autoHeadingIDType: expected one of github, github-ascii, blackfriday/)
  })

  it('reads strikethrough and definitionList (on unless the site turns them off), and names neither as ignored', () => {
    expect(configOf('')).not.toHaveProperty('strikethrough')
    expect(configOf('')).not.toHaveProperty('definitionList')
    const site = readHugoSite(
      writeFixture({
        'hugo.toml': 'title = "t"\n[markup.goldmark.extensions]\nstrikethrough = false\ndefinitionList = false\n',
      }),
    )
    expect(site.config).toMatchObject({ strikethrough: false, definitionList: false })
    expect(site.ignored).toEqual([])
  })

  it('reads enableEmoji (off unless the site turns it on), and does not name it as ignored', () => {
    expect(configOf('')).not.toHaveProperty('enableEmoji')
    const site = readHugoSite(writeFixture({ 'hugo.toml': 'title = "t"\nenableEmoji = true\n' }))
    expect(site.config.enableEmoji).toBe(true)
    expect(site.ignored).toEqual([])
  })
  it('reads block attributes (markup.goldmark.parser.attribute.block, off unless set), and does not name them as ignored', () => {
    expect(configOf('')).not.toHaveProperty('blockAttributes')
    const site = readHugoSite(
      writeFixture({ 'hugo.toml': 'title = "t"\n[markup.goldmark.parser.attribute]\nblock = true\n' }),
    )
    expect(site.config.blockAttributes).toBe(true)
    expect(site.ignored).toEqual([])
  })
})
