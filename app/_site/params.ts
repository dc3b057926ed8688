import type { Page } from 'contentlayer/generated'
import { decodeSegment, segmentsToUrl, urlToSegments } from '@/lib/content/paths'
import { pageRouteUrls } from '@/lib/site/page-routes'
import type { Site } from '@/lib/site/site'
import { getBook } from './load'

/**
 * Route parameters of the page route, `app/[lang]/[[...slug]]`: every language's page URLs, or
 * those of them an incremental rebuild renders again (the plan's `render`), but MDX pages'
 * (each has a route of its own: lib/build/mdx-routes.ts). Never none: Next's export wants at
 * least one page of the route (the build plans one, lib/build/site-step.ts).
 */
export function pageParams(): { lang: string; slug: string[] }[] {
  const { plan, sites } = getBook()
  // A path that is an MDX page in any language has a route of its own, for every language.
  const hasMdxRoute = (url: string) => [...sites.values()].some((site) => site.page(url)?.mdx !== undefined)
  return plan.languages.flatMap(({ key, render }) => {
    const site = sites.get(key)!
    const planned = render ? new Set(render) : undefined
    return pageRouteUrls(site)
      .filter((url) => (!planned || planned.has(url)) && !hasMdxRoute(url))
      .map((url) => ({ lang: key, slug: urlToSegments(url) }))
  })
}

/** The page a catch-all route is rendering; segments may arrive percent-encoded (Chinese paths). */
export function pageFromSlug(site: Site, slug: string[] | undefined): Page | undefined {
  return site.page(segmentsToUrl((slug ?? []).map(decodeSegment)))
}

/** The `[lang]` parameter of every language: the routes of each are made for each. */
export function languageParams(): { lang: string }[] {
  return getBook().plan.languages.map(({ key }) => ({ lang: key }))
}
