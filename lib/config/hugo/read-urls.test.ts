import { describe, expect, it } from 'vitest'
import { writeFixture } from '../../../test/support/files'
import { readHugoSite } from './read-hugo-site'

const site = (toml: string) => readHugoSite(writeFixture({ 'hugo.toml': toml }))

describe('disablePathToLower, [permalinks] and disableKinds', () => {
  it('reads them as kwok and hugo-book’s exampleSite write them', () => {
    const hugo = site(
      'disablePathToLower = true\ndisableKinds = ["taxonomy", "term", "sitemap", "robotsTXT", "404"]\n[permalinks]\n  Posts = "/:section/:year/:month/:day/:slug/"\n',
    )
    expect(hugo.config).toMatchObject({
      disablePathToLower: true,
      permalinks: { posts: '/:section/:year/:month/:day/:slug/' },
      disableKinds: ['taxonomy', 'term', 'sitemap', 'robotstxt', '404'],
    })
    expect(hugo.ignored).toEqual([])
    expect(hugo.warnings).toEqual([])
  })

  it('reads the pre-0.73 name taxonomyTerm as taxonomy', () => {
    expect(site('disableKinds = ["taxonomyTerm"]').config.disableKinds).toEqual(['taxonomy'])
  })

  it('says why a kind changes nothing here, and names an unknown one', () => {
    const hugo = site('disableKinds = ["RSS", "section", "pages"]')
    expect(hugo.config.disableKinds).toEqual(['rss'])
    expect(hugo.warnings).toEqual([
      'disableKinds: "section": not supported: section pages are always written',
      expect.stringMatching(/^disableKinds: "pages" is not a kind Hugo knows/),
    ])
  })

  it('warns about a pattern Hugo refuses and about taxonomy permalinks, using the others', () => {
    const hugo = site(
      '[permalinks]\n  posts = "/:section/:contentbasename/"\n  tags = "/topic/:slug/"\n  blog = "/b/:title/"\n',
    )
    expect(hugo.config.permalinks).toEqual({ blog: '/b/:title/' })
    expect(hugo.warnings).toEqual([
      expect.stringMatching(/^permalinks\.posts: .*:contentbasename is not a permalink attribute/),
      expect.stringMatching(/^permalinks\.tags: permalinks of taxonomy terms are not supported/),
    ])
  })

  it('reads which kinds have a feed from [outputs], and rssLimit', () => {
    const hugo = site(
      'rssLimit = 10\n[outputs]\n  home = ["HTML", "RSS", "JSON"]\n  section = ["HTML"]\n  taxonomyTerm = ["HTML"]\n',
    )
    expect(hugo.config.rss).toEqual({ kinds: ['home', 'term'], limit: 10 })
    expect(hugo.ignored).toEqual([])
    expect(site('[services.rss]\n  limit = 5').config.rss).toEqual({
      kinds: ['home', 'section', 'taxonomy', 'term'],
      limit: 5,
    })
  })

  it('warns about an rssLimit that is not a whole number, keeping every page', () => {
    const hugo = site('rssLimit = "ten"')
    expect(hugo.config.rss).toBeUndefined()
    expect(hugo.warnings).toEqual(['rssLimit: expected a whole number, found "ten"; not used'])
  })
})
