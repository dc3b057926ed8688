import { furtherPostPagerUrls } from './posts'
import type { Site } from './site'
import { isTaxonomyUrl } from './taxonomies'

/**
 * The URLs of the page route (`app/[lang]/[[...slug]]`): every page of the site but the URLs
 * the taxonomy routes render, and the blog list's pagers after the first (`/posts/page/2/`).
 */
export function pageRouteUrls(site: Site): string[] {
  return [
    ...new Set([
      ...site.pages.map((page) => page.url).filter((url) => !isTaxonomyUrl(site, url)),
      ...furtherPostPagerUrls(site),
    ]),
  ]
}
