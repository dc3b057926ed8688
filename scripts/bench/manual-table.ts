/**
 * `npm run bench -- --write` puts its table into the manual's performance page, between two
 * markers, so that the page's figures are always one run's, dated, and never pasted by hand.
 */
export const PERFORMANCE_PAGE = 'docs/content/docs/performance.md'
export const TABLE_START = '<!-- npm run bench -- --write: from here -->'
export const TABLE_END = '<!-- npm run bench -- --write: to here -->'

/** The page with the text between the markers replaced by `table`; an error naming the page when a marker is missing. */
export function withBenchTable(page: string, table: string, file = PERFORMANCE_PAGE): string {
  const start = page.indexOf(TABLE_START)
  const end = page.indexOf(TABLE_END)
  if (start < 0 || end < start)
    throw new Error(`${file}: the lines ${TABLE_START} and ${TABLE_END} are missing; put them where the table goes`)
  return `${page.slice(0, start + TABLE_START.length)}\n\n${table.trim()}\n\n${page.slice(end)}`
}
