import type { Page } from 'contentlayer/generated'
/**
 * Hugo's two default taxonomies, `categories` and `tags`, from the pages' front matter:
 * `/tags/` lists the terms, `/tags/<term>/` the pages that carry one (paginated as Hugo
 * does, `/tags/<term>/page/2/`). A term's URL is Hugo's urlize of it: `AI 发展` → `ai-发展`
 * (`AI-发展` with disablePathToLower). Hugo's disableKinds `taxonomy` leaves out the list of
 * terms, `term` the terms' pages (the build deletes the placeholder a route needs: lib/build/files/disabled-kinds.ts).
 */
import type { SiteConfig } from '../config/site-config'
import type { IsoDate } from '../formats/dates'
import { newestDate, sortPages } from './page-lists'
import { paginate, pagerNumber, type Pager } from './pagination'
import { decodeSegment, segmentsToUrl, urlToSegments } from '../content/paths'
import type { Site } from './site'

export const TAXONOMIES = ['categories', 'tags'] as const
export type TaxonomyName = (typeof TAXONOMIES)[number]

export interface Term {
  taxonomy: TaxonomyName
  /** As the front matter writes it (the spelling of the first page in page order). */
  name: string
  /** The URL segment: urlizeTerm(name). */
  slug: string
  /** `/categories/ai-发展/` (not percent-encoded, like every page URL here). */
  url: string
  /** The term's own content page (`content/categories/ai-发展/_index.md`), if the author wrote one. */
  page?: Page
  /** The page's title, else the name. */
  title: string
  /** Pages that carry the term, in Hugo's default page order. */
  pages: Page[]
  /** Newest lastmod of its pages (Hugo's term .Lastmod). */
  lastmod?: IsoDate
}

export interface Taxonomy {
  name: TaxonomyName
  /** `/categories/` */
  url: string
  /** `content/categories/_index.md`, if the author wrote one. */
  page?: Page
  /** Every term, by name in the site language's collation (pinyin for zh), then by slug. */
  terms: Term[]
  term(slug: string): Term | undefined
  lastmod?: IsoDate
}

/** What a taxonomy route shows: the list of terms, or one pager of a term's pages. */
export type TaxonomyView =
  | { kind: 'taxonomy'; taxonomy: Taxonomy; url: string }
  | { kind: 'term'; taxonomy: Taxonomy; term: Term; pager: Pager<Page> }

/**
 * Hugo's urlize of a term (PathSpec.MakePathSanitized): letters, marks, digits and
 * `._~+@-` are kept, a run of white space becomes one hyphen (none at the ends, none
 * beside a hyphen), everything else is dropped, then lower case (unless `keepCase`, Hugo's
 * disablePathToLower: then `Go` and `go` are two terms, as in Hugo). Chinese stays as it is.
 * Unlike Hugo, `/` and `\` separate like spaces (Hugo would nest the term's folder), and
 * `#` and `%` are dropped as page URLs drop them (Hugo keeps them, and its links to such
 * terms break: `#` starts a fragment).
 */
export function urlizeTerm(term: string, keepCase = false): string {
  let output = ''
  let prependHyphen = false
  let wasHyphen = false
  for (const char of term.normalize('NFC')) {
    if (/^[\p{L}\p{M}\p{Nd}._~+@-]$/u.test(char)) {
      wasHyphen = char === '-'
      if (prependHyphen && !wasHyphen) output += '-'
      prependHyphen = false
      output += char
    } else if (output !== '' && !wasHyphen && /^[\s/\\]$/u.test(char)) {
      prependHyphen = true
    }
  }
  const slug = keepCase ? output : output.toLowerCase()
  // '.' and '..' would climb out of the taxonomy's folder.
  return /^\.*$/.test(slug) ? '' : slug
}

/** The term page's URL, or undefined when nothing of the term survives urlize (`???`). */
export function termUrl(taxonomy: TaxonomyName, term: string, keepCase = false): string | undefined {
  const slug = urlizeTerm(term, keepCase)
  return slug === '' ? undefined : segmentsToUrl([taxonomy, slug])
}

/** Where a page's term links: its term page, or undefined when the site writes none (disableKinds `term`, or a term urlize empties). */
export function termLink(
  config: Pick<SiteConfig, 'disableKinds' | 'disablePathToLower'>,
  taxonomy: TaxonomyName,
  term: string,
): string | undefined {
  if (config.disableKinds.includes('term')) return undefined
  return termUrl(taxonomy, term, config.disablePathToLower)
}

/** A page the author wrote at this URL (`content/tags/_index.md`), not a folder's implicit section. */
function authoredPage(site: Site, url: string): Page | undefined {
  const page = site.page(url)
  return page?.filePath ? page : undefined
}

function buildTaxonomy(site: Site, name: TaxonomyName): Taxonomy {
  const { language, disablePathToLower } = site.config
  const members = new Map<string, { name: string; pages: Page[] }>()
  for (const page of sortPages(site.pages, language)) {
    const seen = new Set<string>()
    for (const written of page.meta[name]) {
      const slug = urlizeTerm(written, disablePathToLower)
      if (slug === '' || seen.has(slug)) continue
      seen.add(slug)
      const entry = members.get(slug) ?? { name: written.trim(), pages: [] }
      entry.pages.push(page)
      members.set(slug, entry)
    }
  }
  const collator = new Intl.Collator(language)
  const terms: Term[] = [...members].map(([slug, { name: termName, pages }]) => {
    const url = segmentsToUrl([name, slug])
    const page = authoredPage(site, url)
    return {
      taxonomy: name,
      name: termName,
      slug,
      url,
      page,
      title: page?.title ?? termName,
      pages,
      lastmod: newestDate(pages.map((member) => member.lastmod)),
    }
  })
  terms.sort((a, b) => collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  const bySlug = new Map(terms.map((term) => [term.slug, term]))
  return {
    name,
    url: segmentsToUrl([name]),
    page: authoredPage(site, segmentsToUrl([name])),
    terms,
    term: (slug) => bySlug.get(slug),
    lastmod: newestDate(terms.map((term) => term.lastmod)),
  }
}

const cache = new WeakMap<Site, Map<TaxonomyName, Taxonomy>>()

/** The taxonomy, built once per site. */
export function taxonomyOf(site: Site, name: TaxonomyName): Taxonomy {
  let taxonomies = cache.get(site)
  if (!taxonomies) cache.set(site, (taxonomies = new Map()))
  let taxonomy = taxonomies.get(name)
  if (!taxonomy) taxonomies.set(name, (taxonomy = buildTaxonomy(site, name)))
  return taxonomy
}

/** The pagers of a term's pages: `/tags/x/`, `/tags/x/page/2/`, … */
function termPagers(term: Term): Pager<Page>[] {
  return paginate(term.pages, term.url)
}

/** Every URL a taxonomy route owns (the taxonomy, each term and its further pagers), written or not. */
function taxonomyUrls(site: Site, name: TaxonomyName): string[] {
  return [taxonomyOf(site, name).url, ...termPagerUrls(site, name)]
}

function termPagerUrls(site: Site, name: TaxonomyName): string[] {
  return taxonomyOf(site, name).terms.flatMap((term) => termPagers(term).map((pager) => pager.url))
}

/** The URLs a taxonomy route writes: without Hugo's disableKinds `taxonomy` the list of terms, without `term` the terms' pages. */
function writtenTaxonomyUrls(site: Site, name: TaxonomyName): string[] {
  const { disableKinds } = site.config
  return [
    ...(disableKinds.includes('taxonomy') ? [] : [taxonomyOf(site, name).url]),
    ...(disableKinds.includes('term') ? [] : termPagerUrls(site, name)),
  ]
}

/**
 * Route parameters of `app/<taxonomy>/[[...path]]`: [] for the taxonomy, [term] and [term, 'page', n] for terms.
 * When disableKinds leaves nothing, the static export still needs one page: the list of terms,
 * which the build deletes (lib/build/files/disabled-kinds.ts).
 */
export function taxonomyParams(site: Site, name: TaxonomyName): { path: string[] }[] {
  const urls = writtenTaxonomyUrls(site, name)
  return (urls.length > 0 ? urls : [taxonomyOf(site, name).url]).map((url) => ({ path: urlToSegments(url).slice(1) }))
}

/** What `app/<taxonomy>/[[...path]]` shows; segments may arrive percent-encoded (Chinese terms). */
export function taxonomyView(site: Site, name: TaxonomyName, path: string[] | undefined): TaxonomyView | undefined {
  const taxonomy = taxonomyOf(site, name)
  const [slug, ...rest] = (path ?? []).map(decodeSegment)
  if (slug === undefined) return { kind: 'taxonomy', taxonomy, url: taxonomy.url }
  const term = taxonomy.term(slug.normalize('NFC'))
  const number = pagerNumber(rest)
  const pager = term && number !== undefined ? termPagers(term)[number - 1] : undefined
  return term && pager ? { kind: 'term', taxonomy, term, pager } : undefined
}

const ownedUrls = new WeakMap<Site, Set<string>>()

/** True for URLs the taxonomy routes own (the catch-all route leaves them alone). */
export function isTaxonomyUrl(site: Site, url: string): boolean {
  let urls = ownedUrls.get(site)
  if (!urls) ownedUrls.set(site, (urls = new Set(TAXONOMIES.flatMap((name) => taxonomyUrls(site, name)))))
  return urls.has(url)
}

/** Sitemap entries of the taxonomy and term pages written (as in Hugo, pagers after the first are not listed). */
export function taxonomySitemapEntries(site: Site): { url: string; lastmod?: IsoDate }[] {
  const { disableKinds } = site.config
  return TAXONOMIES.flatMap((name) => {
    const taxonomy = taxonomyOf(site, name)
    return [
      ...(disableKinds.includes('taxonomy') ? [] : [{ url: taxonomy.url, lastmod: taxonomy.lastmod }]),
      ...(disableKinds.includes('term')
        ? []
        : taxonomy.terms.map((term) => ({ url: term.url, lastmod: term.lastmod }))),
    ]
  })
}
