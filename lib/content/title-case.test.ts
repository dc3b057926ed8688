import { describe, expect, it } from 'vitest'
import hugo from './hugo-titles.json'
import { implicitSectionTitle } from './title-case'
import { humanizeTitle } from './title'

// Titles Hugo 0.111 and hugo-book put in their menus (scripts/generate-hugo-titles.ts builds the sites and reads them).
const cases = hugo.names.map((name, index) => ({
  name,
  page: hugo.pages[index]!,
  section: hugo.sections[index]!,
  folder: hugo.folders[index]!,
}))

describe('titles made of names, as Hugo makes them', () => {
  it('titles the names of the issue as Hugo does', () => {
    expect(humanizeTitle('0001.Two-Sum')).toBe('0001. Two Sum')
    expect(humanizeTitle('0006.ZigZag-Conversion')).toBe('0006. Zig Zag Conversion')
    expect(humanizeTitle('0001~0099')).toBe('0001 0099')
    expect(humanizeTitle('iOS_setup')).toBe('I Os Setup')
  })

  it.each(cases)('a page named $name: "$page" in Hugo’s menu', ({ name, page }) => {
    expect(humanizeTitle(name)).toBe(page)
  })

  it.each(cases)('a folder with _index.md named $name: "$section"', ({ name, section }) => {
    expect(humanizeTitle(name)).toBe(section)
  })

  it.each(cases)('a top-level folder without _index.md named $name: "$folder"', ({ name, folder }) => {
    expect(implicitSectionTitle(name)).toBe(folder)
  })
})
