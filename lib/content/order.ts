import { dateTime, type IsoDate } from '../formats/dates'

/** What Hugo's default page order looks at. */
export interface Orderable {
  weight: number
  date?: IsoDate
  /** `linkTitle`, else `title`, from front matter; '' when neither is set (the page sorts first). */
  sortTitle: string
  /** Path of the content file, the last tie-breaker. */
  filePath: string
}

/**
 * Hugo's DefaultPageSort: weight ascending with unweighted (0) pages last, then date
 * descending (seconds; undated pages last), then link title through the language's
 * collator (pinyin order for zh), then file path.
 */
export function createPageComparator(language: string): (a: Orderable, b: Orderable) => number {
  const collator = new Intl.Collator(language)
  return (a, b) => {
    if (a.weight !== b.weight) {
      if (b.weight === 0) return -1
      if (a.weight === 0) return 1
      return a.weight - b.weight
    }
    const secondsA = unixSeconds(a.date)
    const secondsB = unixSeconds(b.date)
    if (secondsA !== secondsB) return secondsB - secondsA
    const byTitle = collator.compare(a.sortTitle, b.sortTitle)
    if (byTitle !== 0) return byTitle
    return compareFold(a.filePath, b.filePath)
  }
}

/** Undated pages carry Go's zero time, which is earlier than any real date. */
function unixSeconds(date: IsoDate | undefined): number {
  return date === undefined ? Number.NEGATIVE_INFINITY : Math.floor(dateTime(date) / 1000)
}

/** Hugo's compare.Strings: case-insensitive, then case-sensitive as a tie-breaker. */
function compareFold(a: string, b: string): number {
  const lowerA = a.toLowerCase()
  const lowerB = b.toLowerCase()
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}
