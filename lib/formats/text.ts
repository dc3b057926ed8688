/** Small helpers on text and URLs, in one place for every layer (lib/formats is the bottom layer). */

/** The 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let index = 0; index < offset && index < text.length; index++) if (text.charCodeAt(index) === 10) line++
  return line
}

/**
 * `lineAt` for many offsets of one text: the lines' starts found once, each offset looked up by
 * binary search (lineAt per key of a front matter with 50,000 keys took minutes).
 */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}

/** `decodeURIComponent`, leaving a malformed escape (`%E4%B8`) as it is. */
export function decodeUriComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** A URL that leads off the site: one with a scheme (`https:`, `mailto:`) or protocol-relative (`//host/`). */
export function isExternalUrl(url: string): boolean {
  return /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(url)
}
