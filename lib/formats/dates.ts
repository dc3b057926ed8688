/**
 * Dates as Hugo reads them from front matter, kept with the author's own UTC offset
 * so that 2025-12-22T04:08:38+08:00 is shown as 22 December, not as the 21st in UTC.
 *
 * A date is carried around as a normalised string `YYYY-MM-DDTHH:mm:ss±hh:mm`
 * (it crosses JSON and the server/client boundary unchanged).
 */

export type IsoDate = string

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i

/** Parses the forms Hugo accepts (RFC 3339, date only, space for T, offset without colon). */
export function parseHugoDate(value: unknown): IsoDate | undefined {
  if (value instanceof Date) {
    // TOML datetimes (smol-toml) keep their offset in toISOString(); plain Dates are UTC.
    return Number.isNaN(value.getTime()) ? undefined : parseHugoDate(value.toISOString())
  }
  if (typeof value !== 'string') return undefined
  const match = DATE_PATTERN.exec(value.trim())
  if (!match) return undefined
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone] = match
  if (!isCalendarDate(Number(year), Number(month), Number(day))) return undefined
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return undefined
  const offset =
    !zone || zone.toUpperCase() === 'Z' ? '+00:00' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= daysInMonth
}

/** Milliseconds since the epoch, for ordering. */
export function dateTime(date: IsoDate): number {
  return Date.parse(date)
}

interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  weekday: number
}

/** The date as the author wrote it (in its own offset). */
function wallClock(date: IsoDate): WallClock {
  const [year, month, day, hour, minute, second] = date.split(/[-T:+]/).map(Number) as number[]
  const weekday = new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay()
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second!, weekday }
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
const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/**
 * Formats with a Go reference layout, as Hugo's `BookDateFormat` is written
 * (`2006年1月2日`, `January 2, 2006`, `2006-01-02`).
 */
export function formatDate(date: IsoDate, layout: string): string {
  const clock = wallClock(date)
  const tokens: [string, () => string][] = [
    ['January', () => MONTHS[clock.month - 1]!],
    ['Monday', () => WEEKDAYS[clock.weekday]!],
    ['2006', () => String(clock.year)],
    ['Jan', () => MONTHS[clock.month - 1]!.slice(0, 3)],
    ['Mon', () => WEEKDAYS[clock.weekday]!.slice(0, 3)],
    ['01', () => pad(clock.month)],
    ['02', () => pad(clock.day)],
    ['_2', () => String(clock.day).padStart(2, ' ')],
    ['15', () => pad(clock.hour)],
    ['03', () => pad(clock.hour % 12 || 12)],
    ['04', () => pad(clock.minute)],
    ['05', () => pad(clock.second)],
    ['06', () => pad(clock.year % 100)],
    ['PM', () => (clock.hour < 12 ? 'AM' : 'PM')],
    ['1', () => String(clock.month)],
    ['2', () => String(clock.day)],
    ['3', () => String(clock.hour % 12 || 12)],
  ]
  let output = ''
  let index = 0
  outer: while (index < layout.length) {
    for (const [token, render] of tokens) {
      if (layout.startsWith(token, index)) {
        output += render()
        index += token.length
        continue outer
      }
    }
    output += layout[index]
    index++
  }
  return output
}

/** `YYYY-MM-DD` for `<time datetime>` and sitemaps. */
export function dateOnly(date: IsoDate): string {
  return date.slice(0, 10)
}
