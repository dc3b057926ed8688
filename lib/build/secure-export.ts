/**
 * After `next build`: makes the export work under a Content-Security-Policy without
 * 'unsafe-inline' for scripts, and writes that policy with the other headers for each host.
 *   - every exported page's inline scripts, except the theme bootstrap (allowed by its hash),
 *     move into /_next/static/inline/<hash>.js (lib/build/inline-scripts.ts);
 *   - out/serve.json (npm start), out/_headers (Netlify, Cloudflare Pages) and
 *     out/nginx-headers.conf get the headers of lib/security/headers.ts.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { externalizeInlineScripts } from './inline-scripts'
import type { ThemeChoice } from '../config/site-config'
import { headersFile, nginxSnippet, scriptHash, serveConfig } from '../security/headers'
import { themeBootstrapScript } from '../theme'

export interface SecuredExport {
  pages: number
  scripts: number
  /** Each page's moved scripts: its HTML file (relative, `/`-separated) → the script file's path in the export. */
  pageScripts: Map<string, string>
}

export function secureExport(outDir: string, theme: ThemeChoice, basePath = ''): SecuredExport {
  const allowed = themeBootstrapScript(theme)
  const hashes = allowedScriptHashes(theme)
  const written = new Set<string>()
  const pageScripts = new Map<string, string>()
  let pages = 0
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (entry.name.endsWith('.html')) {
        const { html, script } = externalizeInlineScripts(readFileSync(file, 'utf8'), (text) => text === allowed, basePath)
        if (!script) continue
        if (!written.has(script.path)) {
          const target = path.join(outDir, ...script.path.split('/'))
          mkdirSync(path.dirname(target), { recursive: true })
          writeFileSync(target, script.content)
          written.add(script.path)
        }
        writeFileSync(file, html)
        pageScripts.set(path.relative(outDir, file).split(path.sep).join('/'), script.path)
        pages++
      }
    }
  }
  walk(outDir)
  writeHeaderFiles(outDir, hashes, [''], basePath)
  return { pages, scripts: written.size, pageScripts }
}

/**
 * The hosts' header files at the export's root. `folders`: where builds sit inside it ('' the
 * root; `zh`, `ru` the languages of a multilingual site), for their content-hashed files.
 * serve.json speaks of files in the export (npm start moves it under the base path itself);
 * _headers and the nginx snippet speak of URL paths, so theirs carry the base path (`/repo`).
 */
export function writeHeaderFiles(outDir: string, hashes: readonly string[], folders: readonly string[] = [''], basePath = ''): void {
  const urlFolders = folders.map((folder) => [basePath.replace(/^\//, ''), folder].filter(Boolean).join('/'))
  const serveFile = path.join(outDir, 'serve.json')
  let base: Record<string, unknown> = {}
  try {
    base = JSON.parse(readFileSync(serveFile, 'utf8')) as Record<string, unknown>
  } catch {
    // No public/serve.json: the headers alone.
  }
  writeFileSync(serveFile, JSON.stringify(serveConfig(base, hashes, folders), null, 2) + '\n')
  writeFileSync(path.join(outDir, '_headers'), headersFile(hashes, urlFolders))
  writeFileSync(path.join(outDir, 'nginx-headers.conf'), nginxSnippet(hashes, urlFolders, basePath))
}

/** The script hashes the policy allows: the theme bootstrap's, the one inline script kept. */
export function allowedScriptHashes(theme: ThemeChoice): string[] {
  return [scriptHash(themeBootstrapScript(theme))]
}
