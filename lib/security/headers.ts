import { createHash } from 'node:crypto'

/**
 * The response headers of the exported site, decided once here and written at build time for
 * each host: `serve` (out/serve.json, what `npm start` uses), Netlify / Cloudflare Pages
 * (out/_headers) and nginx (out/nginx-headers.conf).
 */

/** The header files the build writes at the export's root, one per kind of host: configuration, never served. */
export const HEADER_FILES = ['serve.json', '_headers', 'nginx-headers.conf'] as const

/** `'sha256-…'` of an inline script's exact text, as CSP compares it. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * Scripts: our own files, plus inline scripts by hash only (the theme bootstrap; every other
 * inline script is moved into a file at build time, lib/build/secure/inline-scripts.ts).
 * Styles keep 'unsafe-inline': Shiki colours tokens and KaTeX lays out formulas with `style`
 * attributes, and mermaid puts a <style> inside each diagram — CSS cannot run scripts.
 * Images may come from any https address (authors link pictures elsewhere); data: images are
 * for the style sheets' own icons — no page content carries a data: URL (lib/security/urls.ts).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * Directives a policy in a page's `<meta http-equiv>` cannot carry: browsers ignore them there
 * (CSP 3, §6.1 and the HTML standard). The header keeps them where a host sends it.
 */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox'])

/**
 * The policy each exported page carries in a `<meta>` for hosts that send no headers (GitHub
 * Pages): the header's, less what a meta cannot carry. Where the header is sent too, the browser
 * enforces both, and since every directive here is the header's own, they allow the same.
 */
export function metaContentSecurityPolicy(scriptHashes: readonly string[]): string {
  return contentSecurityPolicy(scriptHashes)
    .split('; ')
    .filter((directive) => !HEADER_ONLY.has(directive.split(' ')[0]!))
    .join('; ')
}

export type Headers = Record<string, string>

/** Sent with every response. */
function securityHeaders(scriptHashes: readonly string[]): Headers {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  }
}

export const IMMUTABLE = 'public, max-age=31536000, immutable'
/** Pages, the KaTeX files and images keep their names across builds: always ask whether they changed. */
const REVALIDATE = 'no-cache'

/**
 * Files whose name changes when their content does, so a year of caching is safe: Next's
 * build output (content-hashed chunks, the build-id folder, our moved inline scripts), once in
 * the site's folder `root`, and in each language's folder ('' the root, `zh` a language under its own)
 * the search index's files `index.<hash>.json` and `index.<hash>.<name>.json`
 * (lib/search/search-format.ts) and the menu `tree.<hash>.json`. Each as a path glob and as a
 * regular expression.
 */
function hashedAssets(root: string, folders: readonly string[]): { glob: string; regex: string }[] {
  const prefixOf = (folder: string) => (folder === '' ? '' : `/${folder}`)
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return [
    { glob: `${prefixOf(root)}/_next/static/**`, regex: `^${escape(prefixOf(root))}/_next/static/` },
    ...folders.flatMap((folder) => {
      const prefix = prefixOf(folder)
      const escaped = escape(prefix)
      return [
        {
          glob: `${prefix}/search-index/index.*.json`,
          regex: `^${escaped}/search-index/index\\.[0-9a-f]+(?:\\.[a-z]+[0-9]*)?\\.json$`,
        },
        { glob: `${prefix}/menu/tree.*.json`, regex: `^${escaped}/menu/tree\\.[0-9a-f]+\\.json$` },
      ]
    }),
  ]
}

/** `serve`'s configuration (https://github.com/vercel/serve-handler): later rules override earlier ones. */
export function serveConfig(
  base: Record<string, unknown>,
  scriptHashes: readonly string[],
  folders: readonly string[] = [''],
  root = '',
): Record<string, unknown> {
  const toList = (headers: Headers) => Object.entries(headers).map(([key, value]) => ({ key, value }))
  return {
    ...base,
    // A folder without index.html is a 404, not a listing of the export's files.
    directoryListing: false,
    headers: [
      { source: '**', headers: toList({ ...securityHeaders(scriptHashes), 'Cache-Control': REVALIDATE }) },
      ...hashedAssets(root, folders).map(({ glob }) => ({
        source: glob.slice(1),
        headers: toList({ 'Cache-Control': IMMUTABLE }),
      })),
    ],
  }
}

/**
 * Netlify's and Cloudflare Pages' `_headers`. Both join the values of a header set by two
 * matching rules, so Cache-Control is only set for hashed files; both already send
 * `max-age=0, must-revalidate` for everything else.
 */
export function headersFile(scriptHashes: readonly string[], folders: readonly string[] = [''], root = ''): string {
  const block = (path: string, headers: Headers) =>
    [path, ...Object.entries(headers).map(([key, value]) => `  ${key}: ${value}`)].join('\n')
  return [
    '# Generated by the build (lib/security/headers.ts) for Netlify and Cloudflare Pages.',
    block('/*', securityHeaders(scriptHashes)),
    ...hashedAssets(root, folders).map(({ glob }) => block(glob.replace('/**', '/*'), { 'Cache-Control': IMMUTABLE })),
    '',
  ].join('\n')
}

/**
 * An nginx snippet to `include` inside the site's `server { … }` block. nginx drops a
 * server's add_header lines in any location that has its own, so every location repeats them.
 */
export function nginxSnippet(
  scriptHashes: readonly string[],
  folders: readonly string[] = [''],
  basePath = '',
): string {
  const lines = (cache: string) =>
    Object.entries({ ...securityHeaders(scriptHashes), 'Cache-Control': cache })
      .map(([key, value]) => `    add_header ${key} "${value}" always;`)
      .join('\n')
  return [
    '# Generated by the build (lib/security/headers.ts). Use inside server { root /path/to/out; … }:',
    '#   include /path/to/out/nginx-headers.conf;',
    ...hashedAssets(basePath.replace(/^\//, ''), folders).map(
      ({ regex }) => `location ~ ${regex} {\n${lines(IMMUTABLE)}\n}`,
    ),
    // ES modules (mermaid's, lib/vendor/mermaid-assets.ts): browsers run them only as JavaScript, which older mime.types do not map .mjs to.
    `location ~ \\.mjs$ {\n    types { text/javascript mjs; }\n${lines(REVALIDATE)}\n}`,
    `location / {\n    try_files $uri $uri/index.html $uri.html =404;\n${lines(REVALIDATE)}\n}`,
    `error_page 404 ${basePath}/404.html;`,
    '',
  ].join('\n')
}
