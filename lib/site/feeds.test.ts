import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { FEED_KINDS, type SiteConfigInput } from '../config/site-config'
import { feedOf, feedXml, siteFeeds } from './feeds'
import type { Site } from './site'
import { siteFromFolder, writeFixture } from '../../test/support/content'

/**
 * fixtures/feeds/content is a small hugo-book site (fixtures/feeds/hugo.toml); fixtures/feeds/expected
 * holds the index.xml files Hugo 0.111.3 wrote for it with hugo-book f8a0fc4 (`hugo --themesDir …`),
 * copied unchanged.
 */
const FIXTURE = path.join(__dirname, 'fixtures', 'feeds')
const SETTINGS = { title: 'Feed Book', language: 'en-us', languageCode: 'en-us', baseURL: 'https://example.org/book/' }

/** The feeds Hugo 0.111 writes for the fixture (lib/site/fixtures/feeds/expected/). */
const HUGO_FEEDS = [
  '/index.xml',
  '/docs/index.xml',
  '/docs/guide/index.xml',
  '/docs/news/index.xml',
  '/docs/中文/index.xml',
  '/tags/index.xml',
  '/tags/c++/index.xml',
  '/tags/go/index.xml',
  '/tags/release/index.xml',
  '/categories/index.xml',
  '/categories/updates/index.xml',
]

const expected = (feedUrl: string) => readFileSync(path.join(FIXTURE, 'expected', ...feedUrl.split('/')), 'utf8')

describe('RSS feeds as Hugo 0.111 writes them', () => {
  let site: Site
  beforeAll(async () => {
    site = await siteFromFolder(path.join(FIXTURE, 'content'), SETTINGS)
  })

  it('writes a feed at each of the URLs Hugo writes one', () => {
    expect(
      siteFeeds(site)
        .map((feed) => feed.url)
        .sort(),
    ).toEqual([...HUGO_FEEDS].sort())
  })

  it.each(HUGO_FEEDS)('%s has the same text as Hugo’s', (url) => {
    const feed = siteFeeds(site).find((candidate) => candidate.url === url)!
    expect(feedXml(site, feed)).toBe(expected(url))
  })

  it('links a list page to its feed, and a regular page to none', () => {
    expect(feedOf(site, '/')).toBe('/index.xml')
    expect(feedOf(site, '/docs/news/')).toBe('/docs/news/index.xml')
    expect(feedOf(site, '/tags/go/')).toBe('/tags/go/index.xml')
    expect(feedOf(site, '/docs/news/first/')).toBeUndefined()
  })
})

describe('the settings that change the feeds', () => {
  const feedsOf = async (config: SiteConfigInput) =>
    siteFeeds(await siteFromFolder(path.join(FIXTURE, 'content'), { ...SETTINGS, ...config }))

  it('cuts each feed at rssLimit, keeping the first pages in Hugo’s order', async () => {
    const home = (await feedsOf({ rss: { kinds: [...FEED_KINDS], limit: 2 } })).find(
      (feed) => feed.url === '/index.xml',
    )!
    expect(home.items.map((item) => item.url)).toEqual(['/docs/news/weighted/', '/docs/中文/页面/'])
  })

  it('writes none with disableKinds = ["RSS"], and none of a kind [outputs] leaves RSS out of', async () => {
    expect(await feedsOf({ disableKinds: ['rss'] })).toEqual([])
    const kinds = new Set((await feedsOf({ rss: { kinds: ['home', 'term'], limit: -1 } })).map((feed) => feed.kind))
    expect([...kinds]).toEqual(['home', 'term'])
  })

  it('writes no feed for the taxonomy or term pages disableKinds leaves out', async () => {
    const urls = (await feedsOf({ disableKinds: ['term'] })).map((feed) => feed.url)
    expect(urls).toContain('/tags/index.xml')
    expect(urls).not.toContain('/tags/go/index.xml')
  })

  it('writes a taxonomy’s feed, without items, when no page has its terms, and no <language> without languageCode', async () => {
    const { languageCode: _, ...withoutCode } = SETTINGS
    const site = await siteFromFolder(writeFixture({ 'docs/a.md': '---\ntitle: A\n---\n\nA.\n' }), withoutCode)
    const feeds = siteFeeds(site)
    expect(feeds.find((feed) => feed.url === '/categories/index.xml')?.items).toEqual([])
    // As Hugo 0.111 wrote hugo-book's exampleSite's /ru/tags/index.xml (no languageCode, no tags in Russian).
    expect(
      feedXml(
        site,
        feeds.find((feed) => feed.url === '/tags/index.xml')!,
      ),
    ).toBe(
      [
        '<?xml version="1.0" encoding="utf-8" standalone="yes"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
        '  <channel>',
        '    <title>Tags on Feed Book</title>',
        '    <link>https://example.org/book/tags/</link>',
        '    <description>Recent content in Tags on Feed Book</description>',
        '    <generator>Hugo -- gohugo.io</generator><atom:link href="https://example.org/book/tags/index.xml" rel="self" type="application/rss+xml" />',
        '  </channel>',
        '</rss>',
        '',
      ].join('\n'),
    )
  })
})
