import type { Page } from 'contentlayer/generated'
import { absolutePageUrl, type FeedKind } from '../config/site-config'
import { formatDate, type IsoDate } from '../formats/dates'
import { newestDate, sortPages } from './page-lists'
import type { Site } from './site'
import { TAXONOMIES, taxonomyOf, type Taxonomy, type Term } from './taxonomies'

/**
 * RSS feeds as Hugo 0.111 writes them with its embedded `_default/rss.xml` (hugo-book has no
 * RSS template of its own): one beside the home page, each section, each taxonomy and each term
 * (`/index.xml`, `/docs/news/index.xml`, `/tags/index.xml`, `/tags/x/index.xml`). The home page
 * lists every regular page of the site, a section its own regular pages (not its subsections'),
 * a taxonomy its terms and a term its pages, in Hugo's default page order, cut at rssLimit.
 */

export interface FeedItem {
  title: string
  /** Site path (`/docs/news/first/`). */
  url: string
  date?: IsoDate
  /** Hugo's .Summary, as HTML. */
  summary: string
}

export interface Feed {
  kind: FeedKind
  /** Site path of the page the feed belongs to (`/docs/news/`). */
  pageUrl: string
  /** Site path of the feed (`/docs/news/index.xml`). */
  url: string
  /** The page's title ('' when it has none). */
  title: string
  /** The page's date (its own, else its newest page's): the feed's lastBuildDate. */
  date?: IsoDate
  items: FeedItem[]
}

const FEED_NAME = 'index.xml'

/** The site path of the feed beside a list page: `/docs/news/` → `/docs/news/index.xml`. */
function feedUrl(pageUrl: string): string {
  return `${pageUrl.replace(/\/?$/, '/')}${FEED_NAME}`
}

/** Whether the site writes feeds of this kind: Hugo's [outputs] and disableKinds (`RSS`, and the page kinds themselves). */
function hasFeeds(site: Site, kind: FeedKind): boolean {
  const { disableKinds, rss } = site.config
  if (disableKinds.includes('rss') || !rss.kinds.includes(kind)) return false
  return kind === 'taxonomy' || kind === 'term' ? !disableKinds.includes(kind) : true
}

/** Every feed of the site, home first, then the sections and the taxonomies with their terms. */
export function siteFeeds(site: Site): Feed[] {
  const feeds: Feed[] = []
  const home = site.pages.find((page) => page.kind === 'home')
  const regular = site.pages.filter((page) => page.kind === 'page')
  if (home && hasFeeds(site, 'home')) feeds.push(pageFeed(site, home, 'home', regular))
  if (hasFeeds(site, 'section'))
    for (const section of site.pages.filter((page) => page.kind === 'section'))
      feeds.push(
        pageFeed(
          site,
          section,
          'section',
          regular.filter((page) => page.parentDir === section.sectionDir),
        ),
      )
  for (const name of TAXONOMIES) {
    const taxonomy = taxonomyOf(site, name)
    if (hasFeeds(site, 'taxonomy')) feeds.push(taxonomyFeed(site, taxonomy))
    if (hasFeeds(site, 'term')) for (const term of taxonomy.terms) feeds.push(termFeed(site, term))
  }
  return feeds
}

/** The feed beside a page, when the site writes one there (for the page's `<link rel="alternate">`). */
export function feedOf(site: Site, pageUrl: string): string | undefined {
  let urls = feedUrls.get(site)
  if (!urls) feedUrls.set(site, (urls = new Set(siteFeeds(site).map((feed) => feed.url))))
  const url = feedUrl(pageUrl)
  return urls.has(url) ? url : undefined
}

const feedUrls = new WeakMap<Site, Set<string>>()

function limited<T>(site: Site, items: T[]): T[] {
  const { limit } = site.config.rss
  return limit >= 1 ? items.slice(0, limit) : items
}

/** A regular page as an item; its title is front matter's, as Hugo's .Title (none without one). */
function pageItem(site: Site, page: Page): FeedItem {
  return {
    title: page.meta.title ?? '',
    url: page.url,
    ...(page.meta.date ? { date: page.meta.date } : {}),
    summary: summaryHtml(site, page),
  }
}

/** Hugo's summary length in words (summaryLength), which this project does not read. */
const SUMMARY_LENGTH = 70

const MORE_DIVIDER = '<!--more-->'

/**
 * Hugo's .Summary, as HTML: front matter's summary, else the body's HTML before `<!--more-->`,
 * else the automatic one.
 */
function summaryHtml(site: Site, page: Page): string {
  if (page.meta.summary !== undefined) return textAsHtml(site, page.meta.summary)
  const divider = page.html.indexOf(MORE_DIVIDER)
  if (divider !== -1) return page.html.slice(0, divider).trim()
  return withTypographerEntities(site, automaticSummary(plainText(page.html)))
}

/**
 * Hugo's plain text of a page (tpl.StripHTML): line ends become spaces, paragraph ends and `<br>`
 * line ends, tags go (entities stay), and a run of white space keeps its first character. Headings
 * read as hugo-book's render-heading.html writes them, "Title #" (the anchor after a space).
 */
function plainText(html: string): string {
  const headings = html.replace(
    /<h([1-6])([^>]*)>([\s\S]*?)<\/h\1>/g,
    (_, level: string, attributes: string, inner: string) =>
      `<h${level}${attributes}> ${inner.replace(/<a class="heading-anchor"[^>]*>#<\/a>/, '')} # </h${level}>`,
  )
  const marked = headings
    .replace(/\n/g, ' ')
    .replace(/<\/p>|<br>|<br \/>/g, LINE_END)
    .replace(/<!--[\s\S]*?-->|<[^>]*>/g, '')
    .replaceAll(LINE_END, '\n')
  return goldmarkEscapes(marked).replace(/(\s)\s+/gu, '$1')
}

/** The text's characters escaped as goldmark writes them (`&amp;`, `&lt;`, `&gt;`, `&quot;`), whatever entities the HTML used. */
function goldmarkEscapes(text: string): string {
  const decoded = text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot);/gi, (entity, name: string) => {
    const lower = name.toLowerCase()
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16))
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10))
    return { amp: '&', lt: '<', gt: '>', quot: '"' }[lower] ?? entity
  })
  return decoded.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!)
}

const LINE_END = '\u0000hugonl\u0000'

/**
 * Hugo's automatic summary (TruncateWordsToWholeSentence, without hasCJKLanguage): the plain
 * text up to its 70th white space, then on to the next `.`, `?`, `!`, `"` or line end; the whole
 * text when it has fewer spaces or no sentence end after them.
 */
function automaticSummary(plain: string): string {
  let spaces = 0
  let lastSpace = -1
  for (const match of plain.matchAll(/\s/gu)) {
    spaces++
    lastSpace = match.index
    if (spaces >= SUMMARY_LENGTH) break
  }
  // Hugo returns a text it does not cut as it is, but for its last line end.
  const whole = plain.replace(/\n$/, '')
  if (lastSpace === -1) return whole
  const end = plain.slice(lastSpace).search(/[.?!"\n]/u)
  return end === -1 ? whole : plain.slice(0, lastSpace + end + 1).trim()
}

/** Home and sections: their date is their own, else the newest of the pages below them (Hugo dates list pages so). */
function pageFeed(site: Site, page: Page, kind: 'home' | 'section', pages: Page[]): Feed {
  const below =
    kind === 'home'
      ? site.pages
      : site.pages.filter((other) => other !== page && other.url.startsWith(page.url) && other.url !== page.url)
  const date = page.meta.date ?? newestDate(below.map((other) => other.meta.date))
  return {
    kind,
    pageUrl: page.url,
    url: feedUrl(page.url),
    title: page.title,
    ...(date ? { date } : {}),
    items: limited(site, sortPages(pages, site.config.language)).map((page) => pageItem(site, page)),
  }
}

function termDate(term: Term): IsoDate | undefined {
  return term.page?.meta.date ?? newestDate(term.pages.map((page) => page.meta.date))
}

/** A taxonomy lists its terms as pages: in Hugo's default order (weight, newest date, title). */
function taxonomyFeed(site: Site, taxonomy: Taxonomy): Feed {
  const terms = taxonomy.terms.map((term) => ({ term, date: termDate(term) }))
  const compare = new Intl.Collator(site.config.language)
  const weight = (term: Term) => term.page?.meta.weight ?? 0
  terms.sort(
    (a, b) =>
      (weight(a.term) || Infinity) - (weight(b.term) || Infinity) ||
      (b.date ? Date.parse(b.date) : -Infinity) - (a.date ? Date.parse(a.date) : -Infinity) ||
      compare.compare(a.term.title, b.term.title) ||
      (a.term.slug < b.term.slug ? -1 : a.term.slug > b.term.slug ? 1 : 0),
  )
  const date = taxonomy.page?.meta.date ?? newestDate(terms.map((entry) => entry.date))
  return {
    kind: 'taxonomy',
    pageUrl: taxonomy.url,
    url: feedUrl(taxonomy.url),
    title: taxonomy.page?.title ?? taxonomy.name.charAt(0).toUpperCase() + taxonomy.name.slice(1),
    ...(date ? { date } : {}),
    items: limited(site, terms).map(({ term, date }) => ({
      title: term.title,
      url: term.url,
      ...(date ? { date } : {}),
      summary: term.page ? summaryHtml(site, term.page) : '',
    })),
  }
}

function termFeed(site: Site, term: Term): Feed {
  const date = termDate(term)
  return {
    kind: 'term',
    pageUrl: term.url,
    url: feedUrl(term.url),
    title: term.title,
    ...(date ? { date } : {}),
    items: limited(site, term.pages).map((page) => pageItem(site, page)),
  }
}

/** Go's RFC 1123 with numeric zone, in the date's own offset; an undated page has Go's zero time. */
function rssDate(date: IsoDate | undefined): string {
  if (!date) return 'Mon, 01 Jan 0001 00:00:00 +0000'
  return `${formatDate(date, 'Mon, 02 Jan 2006 15:04:05')} ${date.slice(-6).replace(':', '')}`
}

/** html/template's escaping of text in an element (the titles, links and language). */
function escapeText(text: string): string {
  return text.replace(/[&'<>"+\0]/g, (char) => TEXT_ESCAPES[char]!)
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&#34;',
  '+': '&#43;',
  '\0': '\uFFFD',
}

/** Go's html function (HTMLEscapeString), which the template applies to the summary: it leaves `+` alone. */
function escapeHtml(text: string): string {
  return text.replace(/[&'<>"\0]/g, (char) => TEXT_ESCAPES[char]!)
}

/**
 * goldmark's typographer writes its quotes and dashes as entities, which Hugo's plain-text
 * summary keeps; the summary here is decoded text, so they are written back.
 */
const TYPOGRAPHER_ENTITIES: Record<string, string> = {
  '‘': '&lsquo;',
  '’': '&rsquo;',
  '“': '&ldquo;',
  '”': '&rdquo;',
  '–': '&ndash;',
  '—': '&mdash;',
  '…': '&hellip;',
  '«': '&laquo;',
  '»': '&raquo;',
}

/** Text as the HTML Hugo's plain-text summary is: escaped, with the typographer's entities. */
function textAsHtml(site: Site, text: string): string {
  return withTypographerEntities(site, escapeHtml(text))
}

function withTypographerEntities(site: Site, html: string): string {
  return site.config.typographer === false ? html : html.replace(/[‘’“”–—…«»]/g, (char) => TYPOGRAPHER_ENTITIES[char]!)
}

/** A site path as an absolute, percent-encoded URL, as Hugo's .Permalink (Go's path escaping keeps `$&+,:;=@`). */
function permalink(site: Site, url: string): string {
  const segment = (part: string) =>
    encodeURIComponent(part).replace(/%(24|26|2B|2C|3A|3B|3D|40)/g, (code) => decodeURIComponent(code))
  return absolutePageUrl(site.config, url.split('/').map(segment).join('/'))
}

/**
 * The feed's XML, byte for byte as Hugo 0.111's embedded rss.xml template writes it (html/template
 * escapes the text, but not the atom:link, which the template prints as safe HTML).
 */
export function feedXml(site: Site, feed: Feed): string {
  const { config } = site
  const title =
    feed.title === config.title ? config.title : feed.title ? `${feed.title} on ${config.title}` : config.title
  const description = `Recent content ${feed.title !== config.title && feed.title ? `in ${feed.title} ` : ''}on ${config.title}`
  const items = feed.items.map(
    (item) => `
    <item>
      <title>${escapeText(item.title)}</title>
      <link>${escapeText(permalink(site, item.url))}</link>
      <pubDate>${rssDate(item.date)}</pubDate>
      
      <guid>${escapeText(permalink(site, item.url))}</guid>
      <description>${escapeHtml(item.summary)}</description>
    </item>
    `,
  )
  return `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeText(title)}</title>
    <link>${escapeText(permalink(site, feed.pageUrl))}</link>
    <description>${escapeText(description)}</description>
    <generator>Hugo -- gohugo.io</generator>${config.languageCode ? `\n    <language>${escapeText(config.languageCode)}</language>` : ''}${feed.date ? `\n    <lastBuildDate>${rssDate(feed.date)}</lastBuildDate>` : ''}<atom:link href="${permalink(site, feed.url)}" rel="self" type="application/rss+xml" />${items.join('')}
  </channel>
</rss>
`
}
