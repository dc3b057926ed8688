import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../../test/support/files'
import { readHugoSite } from './read-hugo-site'

const site = (highlight: string) => readHugoSite(writeFixture({ 'hugo.toml': `[markup.highlight]\n${highlight}\n` }))

describe('Hugo’s markup.highlight', () => {
  it('numbers lines with lineNos, from lineNoStart; lineNumbersInTable is understood', () => {
    const hugo = site('lineNos = true\nlineNoStart = 5\nlineNumbersInTable = false')
    expect(hugo.config.highlight).toEqual({ lineNumbers: true, lineNumberStart: 5 })
    expect(hugo.ignored).toEqual([])
  })

  it('maps Chroma’s style to the nearest Shiki theme: github follows the colour scheme, others are one palette', () => {
    expect(site('style = "github"').config.highlight).toEqual({
      themes: { light: 'github-light', dark: 'github-dark' },
    })
    expect(site('style = "Monokai"').config.highlight).toEqual({ themes: { light: 'monokai', dark: 'monokai' } })
    expect(site('style = "dracula"').config.highlight).toEqual({ themes: { light: 'dracula', dark: 'dracula' } })
  })

  it('warns about a style it cannot follow, and about noClasses = false, keeping the default look', () => {
    const hugo = site('style = "abap"\nnoClasses = false')
    expect(hugo.config.highlight).toBeUndefined()
    expect(hugo.warnings).toHaveLength(2)
    expect(hugo.warnings[0]).toMatch(
      /^markup\.highlight\.style: the Chroma style "abap" has no Shiki theme here; code keeps github-light \/ github-dark \(styles followed: github, /,
    )
    expect(hugo.warnings[1]).toBe(
      'markup.highlight.noClasses: false asks for a Chroma style sheet of the site; Shiki colours the code itself, and such a style sheet is not used',
    )
  })

  it('leaves the settings it does not follow in the ignored line', () => {
    expect(site('codeFences = true\ntabWidth = 2').ignored).toEqual([
      'markup.highlight.codeFences',
      'markup.highlight.tabWidth',
    ])
  })
})
