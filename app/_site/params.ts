import type { Page } from 'contentlayer/generated'
import { decodeSegment, segmentsToUrl, urlToSegments } from '@/lib/content/paths'
import { pageRouteUrls } from '@/lib/site/page-routes'
import type { Site } from '@/lib/site/site'
import { getBook } from './load'

/**
 * Route parameters of the page route, `app/[lang]/[[...slug]]`: every language's page URLs, or
 * those of them an incremental rebuild renders again (the plan's `render`). Never none: Next's
 * export wants at least one page of the route (the build plans one, lib/build/site-step.ts).
 */
export function pageParams(): { lang: string; slug: string[] }[] {
  const { plan, sites } = getBook()
  return plan.languages.flatMap(({ key, render }) => {
    const urls = pageRouteUrls(sites.get(key)!)
    const planned = render ? new Set(render) : undefined
    return urls.filter((url) => !planned || planned.has(url)).map((url) => ({ lang: key, slug: urlToSegments(url) }))
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
