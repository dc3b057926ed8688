import { decodeSegment, segmentsToUrl, urlToSegments } from '../content/paths'
import { furtherPostPagerUrls } from './posts'
import type { Site, SitePage } from './site'
import { isTaxonomyUrl } from './taxonomies'

/**
 * Route parameters of the catch-all page route: every page of the site (but the URLs the
 * taxonomy routes render), and the blog list's pagers after the first (`/posts/page/2/`).
 */
export function staticParams(site: Site): { slug: string[] }[] {
  const urls = new Set([...site.pages.map((page) => page.url).filter((url) => !isTaxonomyUrl(site, url)), ...furtherPostPagerUrls(site)])
  return [...urls].map((url) => ({ slug: urlToSegments(url) }))
}

/** The page a catch-all route is rendering; segments may arrive percent-encoded (Chinese paths). */
export function pageFromSlug(site: Site, slug: string[] | undefined): SitePage | undefined {
  return site.page(segmentsToUrl((slug ?? []).map(decodeSegment)))
}
