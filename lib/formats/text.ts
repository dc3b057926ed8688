/** Small helpers on text and URLs, in one place for every layer (lib/formats is the bottom layer). */

/** The 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let index = 0; index < offset && index < text.length; index++) if (text.charCodeAt(index) === 10) line++
  return line
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
