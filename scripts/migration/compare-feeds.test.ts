import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareFeeds, feedFiles, feedItemLinks, itemsDiff } from './compare-feeds'

/** A feed as Hugo 0.111's default RSS template writes it, trimmed. */
const rss = (...links: string[]) => `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Docs on Book</title>
    <link>https://example.com/docs/</link>
${links.map((link) => `    <item>\n      <title>T</title>\n      <link>${link}</link>\n      <guid>${link}</guid>\n    </item>`).join('\n')}
  </channel>
</rss>`

describe('feedItemLinks', () => {
  it("lists the items' links in order, not the channel's, with entities decoded", () => {
    expect(feedItemLinks(rss('https://example.com/b/', 'https://example.com/a/?x=1&amp;y=2'))).toEqual([
      'https://example.com/b/',
      'https://example.com/a/?x=1&y=2',
    ])
  })

  it('gives an empty list for a feed without items (a taxonomy without terms)', () => {
    expect(feedItemLinks(rss())).toEqual([])
  })
})

describe('itemsDiff', () => {
  it('says nothing of the same list', () => {
    expect(itemsDiff(['a', 'b'], ['a', 'b'])).toBeUndefined()
  })

  it('names the first item where the order parts', () => {
    expect(itemsDiff(['a', 'b'], ['b', 'a'])).toBe('item 1: Hugo a, ours b')
  })

  it('names a missing item and the counts', () => {
    expect(itemsDiff(['a', 'b'], ['a'])).toBe('item 2: Hugo b, ours — (Hugo 2 items, ours 1)')
  })
})

describe('compareFeeds', () => {
  it('counts the feeds both write, those with the same items, and those only one side writes', () => {
    const hugo = new Map([
      ['/index.xml', rss('https://example.com/a/', 'https://example.com/b/')],
      ['/docs/index.xml', rss('https://example.com/a/')],
      ['/tags/go/index.xml', rss('https://example.com/a/')],
    ])
    const ours = new Map([
      ['/index.xml', rss('https://example.com/a/', 'https://example.com/b/')],
      ['/docs/index.xml', rss('https://example.com/b/')],
      ['/posts/index.xml', rss()],
    ])
    expect(compareFeeds(hugo, ours)).toEqual({
      common: 2,
      sameItems: 1,
      onlyHugo: ['/tags/go/index.xml'],
      onlyOurs: ['/posts/index.xml'],
      itemDiffs: ['/docs/index.xml  item 1: Hugo https://example.com/a/, ours https://example.com/b/'],
    })
  })
})

describe('feedFiles', () => {
  it("finds every RSS index.xml of an export, but not a site's own XML file of that name or Next's files", () => {
    const out = mkdtempSync(path.join(tmpdir(), 'feeds-'))
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
      writeFileSync(path.join(out, file), text)
    }
    write('index.xml', rss())
    write('tags/c++/index.xml', rss())
    write('data/index.xml', '<?xml version="1.0"?><catalog></catalog>')
    write('_next/static/index.xml', rss())
    write('sitemap.xml', '<urlset></urlset>')
    expect([...feedFiles(out).keys()].sort()).toEqual(['/index.xml', '/tags/c++/index.xml'])
  })
})
