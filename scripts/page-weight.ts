/**
 * Page weight of exported pages, as a reader's browser downloads them: HTML, CSS and
 * first-load JS (the page's `<script src>` files), each gzip-compressed.
 * `npx tsx scripts/page-weight.ts [out] /path/ …`
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface PageWeight {
  page: string
  htmlGzip: number
  cssGzip: number
  jsGzip: number
  scripts: number
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
  const scripts = assets(/<script[^>]*\ssrc="([^"]+)"/g)
  const styles = assets(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)
  return { page: pagePath, htmlGzip: gzipSize(html), cssGzip: size(styles), jsGzip: size(scripts), scripts: scripts.length }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = 'out', ...pages] = process.argv.slice(2)
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  for (const page of pages.length > 0 ? pages : ['/']) {
    const weight = pageWeight(outDir, page)
    console.log(`${page}\tHTML ${kb(weight.htmlGzip)}\tCSS ${kb(weight.cssGzip)}\tJS ${kb(weight.jsGzip)} (${weight.scripts} files)`)
  }
}
