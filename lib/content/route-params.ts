import { decodeSegment, segmentsToUrl, urlToSegments } from './paths'
import type { Site, SitePage } from './site'

/** Route parameters of the catch-all page route for every page of the site. */
export function staticParams(site: Site): { slug: string[] }[] {
  return site.pages.map((page) => ({ slug: urlToSegments(page.url) }))
}

/** The page a catch-all route is rendering; segments may arrive percent-encoded (Chinese paths). */
export function pageFromSlug(site: Site, slug: string[] | undefined): SitePage | undefined {
  return site.page(segmentsToUrl((slug ?? []).map(decodeSegment)))
}
