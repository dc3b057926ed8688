import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * KaTeX's stylesheet and fonts, served by the site itself (no CDN: the site works offline
 * and under a strict CSP). Only the WOFF2 fonts are published, and the stylesheet is
 * rewritten to ask for those alone: every browser that runs this site reads WOFF2.
 */
// Resolved from the working directory at run time, not through the bundler: Turbopack would
// otherwise treat the stylesheet as a CSS import and refuse to build.
function katexDist(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', 'katex', 'dist')
}

export const KATEX_STYLESHEET = '/vendor/katex/katex.min.css'

export function katexAssetNames(): string[] {
  const fonts = readdirSync(path.join(katexDist(), 'fonts')).filter((name) => name.endsWith('.woff2'))
  return ['katex.min.css', ...fonts.map((name) => `fonts/${name}`)]
}

export function katexAsset(name: string): { body: Buffer | string; contentType: string } | undefined {
  if (!katexAssetNames().includes(name)) return undefined
  if (name === 'katex.min.css') {
    // font-display: swap (the -swap variant), and WOFF2 only.
    const css = readFileSync(path.join(katexDist(), 'katex-swap.min.css'), 'utf8').replace(
      /,url\(fonts\/[^)]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g,
      '',
    )
    return { body: css, contentType: 'text/css; charset=utf-8' }
  }
  return { body: readFileSync(path.join(katexDist(), name)), contentType: 'font/woff2' }
}
