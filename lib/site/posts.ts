import type { Page } from 'contentlayer/generated'
/**
 * A blog in the book: when the content has a top-level `posts/` folder, its section page
 * lists the posts as Hugo's paginated list does (hugo-book's posts/list.html): in Hugo's
 * default page order (newest first when there are no weights), ten to a pager, at
 * `/posts/`, `/posts/page/2/`, … The posts themselves are ordinary pages at their own URLs.
 */
import { sortPages } from './page-lists'
import { paginate, pagerNumber, type Pager } from './pagination'
import { decodeSegment, segmentsToUrl, urlToSegments } from '../content/paths'
import type { Site } from './site'

/** The content folder whose section page is the blog list. */
const POSTS_SECTION = 'posts'

export interface PostList {
  /** The posts section's page (its `_index.md`, or the folder's implicit section). */
  section: Page
  pager: Pager<Page>
}

/** The posts section, if the content has one. */
export function postsSection(site: Site): Page | undefined {
  return site.pages.find((page) => page.isSection && page.sectionDir === POSTS_SECTION)
}

/**
 * The entries of the list: as Hugo's section `.Pages`, the pages and sections directly in
 * `posts/` (drafts are never built; bookHidden only hides from the book's menu, which the
 * posts are not in, so such pages are listed).
 */
export function postsOf(site: Site): Page[] {
  const section = postsSection(site)
  if (!section) return []
  return sortPages(
    site.pages.filter((page) => section.sectionDir !== undefined && page.parentDir === section.sectionDir),
    site.config.language,
  )
}

const cache = new WeakMap<Site, Pager<Page>[]>()

/** The pagers of the blog list; [] when there is no posts section. */
export function postPagers(site: Site): Pager<Page>[] {
  let pagers = cache.get(site)
  if (!pagers) {
    const section = postsSection(site)
    pagers = section ? paginate(postsOf(site), section.url) : []
    cache.set(site, pagers)
  }
  return pagers
}

/** URLs of the pagers after the first (the first is the section page itself). */
export function furtherPostPagerUrls(site: Site): string[] {
  return postPagers(site)
    .slice(1)
    .map((pager) => pager.url)
}

/** The blog list a catch-all route shows at these segments (percent-encoded or not), if any. */
export function postListFromSlug(site: Site, slug: string[] | undefined): PostList | undefined {
  const section = postsSection(site)
  if (!section) return undefined
  const url = segmentsToUrl((slug ?? []).map(decodeSegment))
  if (!url.startsWith(section.url)) return undefined
  const number = pagerNumber(urlToSegments(url.slice(section.url.length - 1)))
  // A content page at /posts/page/2/ would be that page, not a pager.
  if (number === undefined || (number > 1 && site.page(url))) return undefined
  const pager = postPagers(site)[number - 1]
  return pager ? { section, pager } : undefined
}
