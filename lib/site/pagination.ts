/**
 * Hugo's paginator: lists cut into pagers of `pagerSize` (10 by default), the first at the
 * list's own URL and the others at `<url>page/<n>/` (Hugo's default `paginatePath`).
 */

const PAGER_SIZE = 10
/** Hugo's `pagination.path`. */
const PAGE_PATH = 'page'

export interface Pager<T> {
  /** 1-based. */
  number: number
  /** How many pagers the list has (at least 1). */
  count: number
  items: T[]
  /** How many items the whole list has. */
  totalItems: number
  url: string
  /** URL of the pager before / after this one. */
  previous?: string
  next?: string
}

/** `/posts/` → `/posts/` for pager 1, `/posts/page/2/` for pager 2. */
export function pagerUrl(listUrl: string, number: number): string {
  return number <= 1 ? listUrl : `${listUrl}${PAGE_PATH}/${number}/`
}

/** The pagers of a list; an empty list still has one (empty) pager, as in Hugo. */
export function paginate<T>(items: readonly T[], listUrl: string, size: number = PAGER_SIZE): Pager<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`pager size must be a positive whole number, got ${size}`)
  const count = Math.max(1, Math.ceil(items.length / size))
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1
    return {
      number,
      count,
      items: items.slice(index * size, number * size),
      totalItems: items.length,
      url: pagerUrl(listUrl, number),
      ...(number > 1 ? { previous: pagerUrl(listUrl, number - 1) } : {}),
      ...(number < count ? { next: pagerUrl(listUrl, number + 1) } : {}),
    }
  })
}

/**
 * The pager number that URL segments after a list's URL name: [] → 1, ['page', '2'] → 2.
 * Anything else (['page', '1'], ['page', '02'], ['page', 'x']) is not a pager URL.
 */
export function pagerNumber(segments: readonly string[]): number | undefined {
  if (segments.length === 0) return 1
  if (segments.length !== 2 || segments[0] !== PAGE_PATH || !/^[1-9]\d*$/.test(segments[1]!)) return undefined
  const number = Number(segments[1])
  return number >= 2 ? number : undefined
}

/** The page numbers a pagination bar shows around the current one (Hugo-book: two either side). */
export function pagerWindow(current: number, count: number, around = 2): number[] {
  const first = Math.max(1, current - around)
  const last = Math.min(count, current + around)
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}
