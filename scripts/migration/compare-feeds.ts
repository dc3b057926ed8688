/**
 * The RSS feeds of two builds of a site, Hugo's and ours, compared as a subscriber meets them:
 * which feed URLs exist, and which items each lists in which order (their `<link>`s). Titles,
 * dates and descriptions are not compared here: descriptions follow the pages' HTML, which the
 * page comparison already covers.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      )
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** Whether a file's text is an RSS feed (a site may also ship an `index.xml` of its own). */
function isRssFeed(xml: string): boolean {
  return /<rss[\s>]/.test(xml.slice(0, 2000))
}

/** The `<link>` of each `<item>` of an RSS feed, in the feed's order. */
export function feedItemLinks(xml: string): string[] {
  const links: string[] = []
  for (const item of xml.matchAll(/<item>([\s\S]*?)<\/item>/g)) {
    const link = /<link>([\s\S]*?)<\/link>/.exec(item[1]!)
    links.push(link ? decodeXml(link[1]!.trim()) : '')
  }
  return links
}

/** Where two item lists first part, in a line; undefined when they are the same list. */
export function itemsDiff(hugo: readonly string[], ours: readonly string[]): string | undefined {
  const length = Math.max(hugo.length, ours.length)
  for (let index = 0; index < length; index++) {
    if (hugo[index] === ours[index]) continue
    const counts = hugo.length === ours.length ? `` : ` (Hugo ${hugo.length} items, ours ${ours.length})`
    return `item ${index + 1}: Hugo ${hugo[index] ?? '—'}, ours ${ours[index] ?? '—'}${counts}`
  }
  return undefined
}

/** The RSS feeds of an export, by URL (`tags/go/index.xml` → `/tags/go/index.xml`). */
export function feedFiles(outDir: string): Map<string, string> {
  const feeds = new Map<string, string>()
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== '_next') walk(full)
      } else if (entry.name === 'index.xml' && isRssFeed(readFileSync(full, 'utf8'))) {
        feeds.set(`/${path.relative(outDir, full).split(path.sep).join('/')}`, full)
      }
    }
  }
  walk(outDir)
  return feeds
}

export interface FeedComparison {
  /** Feeds both builds write. */
  common: number
  /** Of those, the ones that list the same items in the same order. */
  sameItems: number
  onlyHugo: string[]
  onlyOurs: string[]
  /** `url  where the items part`, one per feed whose items differ. */
  itemDiffs: string[]
}

/** Hugo's feeds against ours, given as URL → feed XML. */
export function compareFeeds(hugo: ReadonlyMap<string, string>, ours: ReadonlyMap<string, string>): FeedComparison {
  const onlyHugo = [...hugo.keys()].filter((url) => !ours.has(url)).sort()
  const onlyOurs = [...ours.keys()].filter((url) => !hugo.has(url)).sort()
  const common = [...hugo.keys()].filter((url) => ours.has(url)).sort()
  const itemDiffs: string[] = []
  for (const url of common) {
    const diff = itemsDiff(feedItemLinks(hugo.get(url)!), feedItemLinks(ours.get(url)!))
    if (diff !== undefined) itemDiffs.push(`${url}  ${diff}`)
  }
  return { common: common.length, sameItems: common.length - itemDiffs.length, onlyHugo, onlyOurs, itemDiffs }
}

/** The feeds of an export, read: URL → XML. */
export function readFeeds(outDir: string): Map<string, string> {
  return new Map([...feedFiles(outDir)].map(([url, file]) => [url, readFileSync(file, 'utf8')]))
}
