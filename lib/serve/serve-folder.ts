/**
 * `npm start` serves out/ with `serve`. A site built for a sub-path (`/repo/`) asks for
 * `/repo/_next/…`, so it is served from a folder whose `repo/` links to out/, with out/'s
 * headers moved under that path; a site at the root is served as it is.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The path an export was built for, read from its pages' own script URLs: '' at the root. */
export function exportBasePath(outDir: string): string {
  const home = path.join(outDir, 'index.html')
  if (!existsSync(home)) return ''
  const html = readFileSync(home, 'utf8')
  const script = /(?:src|href)="([^"]*)\/_next\/static\//.exec(html)
  if (script) return script[1]!
  // A multilingual site with defaultContentLanguageInSubdir: the root redirects to /<base>/<language>/.
  const redirect = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)
  if (!redirect) return ''
  const segments = new URL(redirect[1]!, 'http://site/').pathname.split('/').filter(Boolean)
  return segments.length > 1 ? `/${segments.slice(0, -1).join('/')}` : ''
}

/**
 * The folder to hand to `serve` for this export: out/ itself, or a folder that holds out/ at
 * the base path (a symbolic link) with out/serve.json's rules moved under it.
 */
export function servedFolder(outDir: string, basePath: string, scratchDir: string): string {
  if (basePath === '') return outDir
  rmSync(scratchDir, { recursive: true, force: true })
  const segments = basePath.split('/').filter(Boolean).map(decodeURIComponent)
  const link = path.join(scratchDir, ...segments)
  mkdirSync(path.dirname(link), { recursive: true })
  symlinkSync(path.resolve(outDir), link, 'dir')
  const prefix = `${segments.join('/')}/`
  let config: { headers?: { source: string; headers: unknown }[]; [key: string]: unknown } = {}
  try {
    config = JSON.parse(readFileSync(path.join(outDir, 'serve.json'), 'utf8'))
  } catch {
    // An export without serve.json: serve's defaults.
  }
  const headers = (config.headers ?? []).map((rule) => ({
    ...rule,
    source: rule.source === '**' ? rule.source : `${prefix}${rule.source}`,
  }))
  writeFileSync(path.join(scratchDir, 'serve.json'), JSON.stringify({ ...config, headers, symlinks: true }, null, 2))
  return scratchDir
}
