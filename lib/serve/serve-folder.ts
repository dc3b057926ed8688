/**
 * `npm start` serves out/ (scripts/start.ts). A site built for a sub-path (`/repo/`) asks for
 * `/repo/_next/…`, so it is served from a folder whose `repo/` links to out/, with out/'s
 * headers moved under that path; a site at the root is served as it is.
 */
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs'
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

/** serve-handler's configuration (https://github.com/vercel/serve-handler), as the build writes it in serve.json. */
export interface ServeConfig {
  headers?: { source: string; headers: unknown }[]
  [key: string]: unknown
}

/**
 * The folder to serve for this export, and the configuration to serve it with: out/ itself and
 * out/serve.json's, or a folder (`scratchDir`) that holds out/ at the base path (a symbolic link)
 * and its 404 page at the top, with serve.json's rules moved under it.
 */
export function servedSite(
  outDir: string,
  basePath: string,
  scratchDir: () => string,
): { folder: string; config: ServeConfig } {
  const config = JSON.parse(readFileSync(path.join(outDir, 'serve.json'), 'utf8')) as ServeConfig
  if (basePath === '') return { folder: path.resolve(outDir), config }
  const folder = scratchDir()
  const segments = basePath.split('/').filter(Boolean).map(decodeURIComponent)
  const link = path.join(folder, ...segments)
  mkdirSync(path.dirname(link), { recursive: true })
  symlinkSync(path.resolve(outDir), link, 'dir')
  // The site's 404 page answers for any path, as nginx-headers.conf's error_page has it.
  if (existsSync(path.join(outDir, '404.html')))
    symlinkSync(path.resolve(outDir, '404.html'), path.join(folder, '404.html'), 'file')
  const prefix = `${segments.join('/')}/`
  const headers = (config.headers ?? []).map((rule) => ({
    ...rule,
    source: rule.source === '**' ? rule.source : `${prefix}${rule.source}`,
  }))
  return { folder: path.resolve(folder), config: { ...config, headers, symlinks: true } }
}

/**
 * Why `folder` cannot be served as a built site, in one line saying what to do; undefined when it
 * can. A built site has its home page and serve.json (its headers), which the build writes last.
 */
export function notABuiltSite(folder: string): string | undefined {
  const shown = `${folder.replace(/[\\/]+$/, '')}/`
  const build = folder === 'out' ? 'npm run build' : `npm run build (with OUT_DIR=${folder})`
  if (!existsSync(folder))
    return `${shown} does not exist: run ${build} first, or name the built folder (npm start -- <folder>).`
  if (!statSync(folder).isDirectory())
    return `${shown} is not a folder: name the built site's folder (npm start -- <folder>).`
  const missing = ['index.html', 'serve.json'].filter((name) => !existsSync(path.join(folder, name)))
  if (missing.length > 0)
    return `${shown} is not a built site (it has no ${missing.join(' and no ')}): run ${build} first.`
  return undefined
}
