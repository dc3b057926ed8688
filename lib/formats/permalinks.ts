/**
 * Hugo 0.111's [permalinks] patterns (`posts = "/:section/:year/:month/:day/:slug/"`): each
 * `:attribute` is replaced by the page's value; lib/content/paths.ts then sanitises the result
 * as every path (case, spaces). Every rule here was checked against Hugo 0.111's output.
 */
import type { IsoDate } from './dates'

/** What a pattern may use of a page. */
export interface PermalinkPage {
  /** The page's top-level section folder (Hugo's .Section): `posts`. */
  section: string
  /** The file's name without extension; a leaf bundle's folder name (Hugo's ContentBaseName). */
  baseName: string
  slug?: string
  title?: string
  /** Hugo's .Date; without one Hugo uses Go's zero time: year 1, January 1st, a Monday. */
  date?: IsoDate
  /** The folder of the page's section (`posts/sub`), for `:sections`. */
  sectionDir: string
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** The attributes Hugo 0.111 knows (`:contentbasename` came in 0.144: Hugo 0.111 refuses it). */
const ATTRIBUTES: Record<string, (page: PermalinkPage) => string> = {
  year: (page) => String(calendar(page.date).year),
  month: (page) => pad(calendar(page.date).month),
  monthname: (page) => MONTHS[calendar(page.date).month - 1]!,
  day: (page) => pad(calendar(page.date).day),
  weekday: (page) => String(calendar(page.date).weekday),
  weekdayname: (page) => WEEKDAYS[calendar(page.date).weekday]!,
  yearday: (page) => String(calendar(page.date).yearDay),
  section: (page) => page.section,
  sections: (page) => page.sectionDir,
  title: (page) => page.title ?? '',
  // Hugo: the slug, else the title.
  slug: (page) => page.slug ?? page.title ?? '',
  // The file's name without extension; a leaf bundle's folder name.
  filename: (page) => page.baseName,
  slugorfilename: (page) => page.slug ?? page.baseName,
}

/** An attribute with an optional slice (`:sections[1:]`, `:sections[last]`), as Hugo's attributeRegexp. */
const ATTRIBUTE = /:(\w+)(\[.+?\])?/g

/**
 * Why Hugo would refuse the pattern ("permalink ill-formed"), or undefined when it is fine:
 * an unknown attribute, a slice on anything but `:sections`, an empty path segment before the end.
 */
export function permalinkProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'the pattern is empty'
  const fragments = pattern.slice(1).split('/')
  if (fragments.slice(0, -1).some((fragment) => fragment === '')) return 'it has an empty path segment (//)'
  for (const [, name, slice] of pattern.matchAll(ATTRIBUTE)) {
    if (!Object.hasOwn(ATTRIBUTES, name!))
      return `:${name} is not a permalink attribute Hugo 0.111 knows (${Object.keys(ATTRIBUTES)
        .map((known) => `:${known}`)
        .join(', ')})`
    if (slice !== undefined && (name !== 'sections' || sliceOf(slice) === undefined))
      return `${slice} after :${name}: only :sections takes a slice, as [2], [last], [1:] or [:last]`
  }
  return undefined
}

/** The pattern with the page's values in; the caller sanitises the path. Call permalinkProblem first. */
export function expandPermalink(pattern: string, page: PermalinkPage): string {
  return pattern.replace(ATTRIBUTE, (whole, name: string, slice: string | undefined) => {
    const value = Object.hasOwn(ATTRIBUTES, name) ? ATTRIBUTES[name]!(page) : whole
    if (name !== 'sections' || slice === undefined) return value
    const cut = sliceOf(slice)
    return cut ? cut(value.split('/').filter((part) => part !== '')).join('/') : value
  })
}

/** Hugo's slices of `:sections`: `[n]`, `[last]`, `[a:b]` with either end left out or `last`. */
function sliceOf(slice: string): ((sections: string[]) => string[]) | undefined {
  const inside = slice.slice(1, -1).trim().toLowerCase()
  const bound = (text: string, sections: string[], fallback: number): number =>
    text === '' ? fallback : text === 'last' ? sections.length - 1 : Number(text)
  const valid = (text: string) => text === '' || text === 'last' || /^\d+$/.test(text)
  const parts = inside.split(':')
  if (parts.length === 1) {
    if (parts[0] === '' || !valid(parts[0]!)) return undefined
    return (sections) => {
      const index = bound(parts[0]!, sections, 0)
      return index >= 0 && index < sections.length ? [sections[index]!] : []
    }
  }
  if (parts.length !== 2 || !parts.every(valid)) return undefined
  return (sections) =>
    sections.slice(Math.max(0, bound(parts[0]!, sections, 0)), Math.max(0, bound(parts[1]!, sections, sections.length)))
}

interface Calendar {
  year: number
  month: number
  day: number
  weekday: number
  yearDay: number
}

/** The date's calendar day in the offset it was written with (as Hugo keeps it); Go's zero time without a date. */
function calendar(date: IsoDate | undefined): Calendar {
  if (!date) return { year: 1, month: 1, day: 1, weekday: 1, yearDay: 1 }
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number]
  const utc = Date.UTC(year, month - 1, day)
  return {
    year,
    month,
    day,
    weekday: new Date(utc).getUTCDay(),
    yearDay: Math.round((utc - Date.UTC(year, 0, 1)) / 86_400_000) + 1,
  }
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
