import type { Page } from 'contentlayer/generated'
import { createPageComparator } from '../content/order'

/**
 * Pages in Hugo's default page order (weight, date newest first, title, file path): the
 * order of term pages and section lists. Unweighted pages compare by date, so a blog
 * without weights reads newest first.
 */
export function sortPages(pages: readonly Page[], language: string): Page[] {
  const compare = createPageComparator(language)
  const orderable = (page: Page) => ({
    weight: page.meta.weight,
    date: page.meta.date,
    sortTitle: page.sortTitle,
    filePath: page.filePath ?? page.url,
  })
  return [...pages].sort((a, b) => compare(orderable(a), orderable(b)))
}

/** The newest of some dates (ISO strings with offsets compare by instant), or undefined. */
export function newestDate(dates: readonly (string | undefined)[]): string | undefined {
  let newest: string | undefined
  for (const date of dates) {
    if (date && (!newest || Date.parse(date) > Date.parse(newest))) newest = date
  }
  return newest
}
