/**
 * URLs that run code or smuggle a document when followed or loaded: `javascript:`,
 * `vbscript:` and every `data:` URL (images included — the issue asks that none reach an
 * href or src, and a data: image is never needed: images sit beside the page).
 */
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|data):/i

/**
 * Whether a URL would run code. Browsers drop ASCII tabs and newlines anywhere in a URL and
 * control characters and spaces around it before reading the scheme (`java\tscript:`,
 * ` javascript:`), so those are removed first.
 */
export function isDangerousUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return DANGEROUS_SCHEME.test(url.replace(/[\u0000-\u0020\u007f]/g, ''))
}

/** The URL, or undefined when it must not be linked. For front matter and configured menu entries. */
export function safeUrl(url: string | undefined): string | undefined {
  return url === undefined || isDangerousUrl(url) ? undefined : url
}

/** The hast properties that hold URLs a browser follows or loads. */
export const URL_PROPERTIES = [
  'href',
  'src',
  'action',
  'formAction',
  'xLinkHref',
  'poster',
  'cite',
  'background',
  'data',
  'longDesc',
  'ping',
  'srcSet',
  'manifest',
  'codeBase',
] as const
