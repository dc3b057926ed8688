import { decodeSegment, segmentsToUrl, urlToSegments } from '../content/paths'
import { furtherPostPagerUrls } from './posts'
import type { Site, SitePage } from './site'
import { isTaxonomyUrl } from './taxonomies'

/**
 * The URLs of the catch-all page route: every page of the site (but the URLs the taxonomy
 * routes render), and the blog list's pagers after the first (`/posts/page/2/`).
 */
export function pageRouteUrls(site: Site): string[] {
  return [
    ...new Set([
      ...site.pages.map((page) => page.url).filter((url) => !isTaxonomyUrl(site, url)),
      ...furtherPostPagerUrls(site),
    ]),
  ]
}

/**
 * Route parameters of the catch-all page route: its URLs, or those of them an incremental
 * rebuild renders (`planned`, lib/site/export-plan.ts). Never none: Next's export wants at
 * least one page of the route, and rendering an unchanged page again writes the same files.
 */
export function staticParams(site: Site, planned?: ReadonlySet<string>): { slug: string[] }[] {
  const urls = pageRouteUrls(site)
  const chosen = planned ? urls.filter((url) => planned.has(url)) : urls
  return (chosen.length > 0 ? chosen : urls.slice(0, 1)).map((url) => ({ slug: urlToSegments(url) }))
}

/** The page a catch-all route is rendering; segments may arrive percent-encoded (Chinese paths). */
export function pageFromSlug(site: Site, slug: string[] | undefined): SitePage | undefined {
  return site.page(segmentsToUrl((slug ?? []).map(decodeSegment)))
}
