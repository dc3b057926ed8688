import { decodeUriComponentSafe } from './text'
/**
 * A site served under a sub-path (`baseURL = "https://owner.github.io/repo/"`, GitHub Pages'
 * usual case) needs every URL it writes under that path. The site model keeps site paths
 * (`/docs/intro/`); what goes into HTML, JSON and headers goes through withBasePath.
 */

/** The path of a site address, without its trailing slash: `https://owner.github.io/repo/` → `/repo`, root → ''. */
export function basePathOf(address: string): string {
  let pathname: string
  try {
    pathname = new URL(address).pathname
  } catch {
    pathname = address
  }
  return normalizeBasePath(pathname)
}

/** `sub/path/`, `/sub/path`, `/sub/path/` → `/sub/path`; `/` and '' → ''. Percent-encoded as a URL path. */
export function normalizeBasePath(value: string): string {
  const segments = value.split('/').filter((segment) => segment !== '' && segment !== '.')
  if (segments.some((segment) => segment === '..')) throw new Error(`a base path cannot go up a folder: ${value}`)
  return segments.length === 0
    ? ''
    : `/${segments.map((segment) => encodeURIComponent(decodeUriComponentSafe(segment))).join('/')}`
}

/** A root-relative URL as the browser needs it (`/docs/` → `/repo/docs/`); relative, external and `#` URLs as they are. */
export function withBasePath(basePath: string, url: string): string {
  if (basePath === '' || !url.startsWith('/') || url.startsWith('//')) return url
  return basePath + url
}

/** The site path of a browser pathname (`/repo/docs/` → `/docs/`), or undefined when it is outside the base path. */
export function withoutBasePath(basePath: string, pathname: string): string | undefined {
  if (basePath === '') return pathname
  if (pathname === basePath) return '/'
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined
}
