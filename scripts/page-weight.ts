/**
 * Page weight of exported pages, as a reader's browser downloads them: HTML, CSS and
 * first-load JS (the page's `<script src>` files), each gzip-compressed. The page's own
 * RSC payload, which Next writes inline and the build moves into a `<script src>` under
 * /_next/static/inline/ for the CSP (lib/build/secure/inline-scripts.ts), is page data, not code:
 * it is counted apart, as `dataGzip`, so that JS compares with a bare Next page (whose
 * payload is inline, in its HTML).
 * `npx tsx scripts/page-weight.ts [out] /path/ …`
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { INLINE_SCRIPT_DIR } from '../lib/build/secure/inline-scripts'

export interface PageWeight {
  page: string
  htmlGzip: number
  cssGzip: number
  /** Code: the page's `<script src>` files, the moved payload excepted. */
  jsGzip: number
  scripts: number
  /** The page's RSC payload moved out of the HTML (0 when it is inline). */
  dataGzip: number
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length

/** Weight of one exported page (`/docs/llm/` → out/docs/llm/index.html). */
export function pageWeight(outDir: string, pagePath: string): PageWeight {
  const relative = decodeURIComponent(pagePath).replace(/^\/+/, '')
  const htmlFile = path.join(outDir, relative.endsWith('.html') ? relative : path.join(relative, 'index.html'))
  const html = readFileSync(htmlFile)
  const text = html.toString('utf8')
  const assets = (pattern: RegExp) => [...new Set([...text.matchAll(pattern)].map((match) => match[1]!))]
  const size = (urls: string[]) =>
    urls.reduce((total, url) => {
      const file = path.join(outDir, decodeURIComponent(url.split('?')[0]!))
      return total + (existsSync(file) ? gzipSize(readFileSync(file)) : 0)
    }, 0)
  const allScripts = assets(/<script[^>]*\ssrc="([^"]+)"/g)
  const scripts = allScripts.filter((url) => !url.startsWith(INLINE_SCRIPT_DIR))
  const data = allScripts.filter((url) => url.startsWith(INLINE_SCRIPT_DIR))
  const styles = assets(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)
  return {
    page: pagePath,
    htmlGzip: gzipSize(html),
    cssGzip: size(styles),
    jsGzip: size(scripts),
    scripts: scripts.length,
    dataGzip: size(data),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = 'out', ...pages] = process.argv.slice(2)
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  for (const page of pages.length > 0 ? pages : ['/']) {
    const weight = pageWeight(outDir, page)
    console.log(
      `${page}\tHTML ${kb(weight.htmlGzip)}\tCSS ${kb(weight.cssGzip)}\tJS ${kb(weight.jsGzip)} (${weight.scripts} files)\tpage data ${kb(weight.dataGzip)}`,
    )
  }
}
