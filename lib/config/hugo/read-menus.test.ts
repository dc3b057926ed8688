import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../../test/support/files'
import { readHugoSite } from './read-hugo-site'

const menuOf = (toml: string) => {
  const hugo = readHugoSite(writeFixture({ 'hugo.toml': toml }))
  return { menu: hugo.config.menu, warnings: hugo.warnings }
}

describe('menu entries', { timeout: 30_000 }, () => {
  it('keeps a pageRef as written, for the site model to resolve; name is "" when the entry has none', () => {
    const { menu, warnings } = menuOf(
      [
        '[[menu.before]]\npageRef = "/docs/intro"\nweight = 2',
        '[[menu.before]]\nname = "改过名的页"\npageRef = "docs/renamed.md"\nweight = 1',
        '[[menu.before]]\nname = "首页"\npageRef = "/"\nweight = 0',
        '[[menu.after]]\nname = "不存在"\npageRef = "/no/such-Page"\nurl = "/fallback/"',
      ].join('\n'),
    )
    expect(menu).toEqual({
      before: [
        { name: '', url: '', pageRef: '/docs/intro', weight: 2 },
        { name: '改过名的页', url: '', pageRef: 'docs/renamed.md', weight: 1 },
        { name: '首页', url: '', pageRef: '/' },
      ],
      after: [{ name: '不存在', url: '/fallback/', pageRef: '/no/such-Page' }],
    })
    expect(warnings).toEqual([])
  })

  it('names an entry without a name by its identifier, else its url', () => {
    const { menu } = menuOf(
      '[[menu.after]]\nidentifier = "repo"\nurl = "https://github.com/o/r"\n[[menu.after]]\nurl = "/x/"\n',
    )
    expect(menu?.after).toEqual([
      { name: 'repo', url: 'https://github.com/o/r' },
      { name: '/x/', url: '/x/' },
    ])
  })

  it('leaves out what is not an entry, and a weight that is not a whole number', () => {
    const { menu, warnings } = menuOf(
      '[menu]\nafter = ["text"]\n[[menu.before]]\nname = "A"\nurl = "/a/"\nweight = "heavy"\n',
    )
    expect(menu).toEqual({ before: [{ name: 'A', url: '/a/' }], after: [] })
    expect(warnings).toEqual([
      'menu.before[0]: weight: expected a whole number, found "heavy"; not used',
      'menu.after[0]: expected an entry with name and url (or pageRef), found "text"; left out',
    ])
  })
})
