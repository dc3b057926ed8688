/**
 * After `next build`: makes the export work under a Content-Security-Policy without
 * 'unsafe-inline' for scripts, and writes that policy with the other headers for each host.
 *   - every exported page's inline scripts, except the theme bootstrap (allowed by its hash),
 *     move into /_next/static/inline/<hash>.js (lib/build/inline-scripts.ts);
 *   - out/serve.json (npm start), out/_headers (Netlify, Cloudflare Pages) and
 *     out/nginx-headers.conf get the headers of lib/security/headers.ts.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { externalizeInlineScripts } from './inline-scripts'
import { exportPath, writeWhole } from './output-files'
import { balancedShares, runWorkers } from './worker-processes'
import type { ThemeChoice } from '../config/site-config'
import { headersFile, nginxSnippet, scriptHash, serveConfig } from '../security/headers'
import { themeBootstrapScript } from '../theme'

export interface SecuredExport {
  pages: number
  scripts: number
  /** Each page's moved scripts: its HTML file (relative, `/`-separated) → the script file's path in the export. */
  pageScripts: Map<string, string>
}

/** Pages fewer than this are secured in this process: starting workers would cost more. */
const PAGES_PER_WORKER = 200

/**
 * Secures every page of the export, split between worker processes (scripts/secure-worker.ts)
 * when there are enough pages to pay for them, then writes the header files.
 */
export async function secureExport(
  outDir: string,
  theme: ThemeChoice,
  basePath = '',
  options: { cores?: number; cwd?: string; pagesPerWorker?: number } = {},
): Promise<SecuredExport> {
  const files = htmlFiles(outDir)
  const workers = Math.min(options.cores ?? 1, Math.floor(files.length / (options.pagesPerWorker ?? PAGES_PER_WORKER)))
  let pageScripts: Map<string, string>
  if (workers < 2) pageScripts = externalizePages(outDir, files, theme, basePath)
  else {
    const shares = balancedShares(
      files,
      workers,
      (file) => statSync(path.join(outDir, file)).size,
      (file) => file,
    )
    const outputs = await runWorkers('scripts/secure-worker.ts', shares, [outDir, theme, basePath], options.cwd)
    pageScripts = new Map(outputs.flatMap((output) => JSON.parse(output) as [string, string][]))
  }
  writeHeaderFiles(outDir, allowedScriptHashes(theme), [''], basePath)
  return { pages: pageScripts.size, scripts: new Set(pageScripts.values()).size, pageScripts }
}

/** The export's HTML files, relative and `/`-separated. */
function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/**
 * Moves the inline scripts of these pages (relative paths) into files; returns page → script
 * file. Pages with the same scripts share one file, written whole (a temporary file renamed),
 * so two workers writing it at once write the same bytes.
 */
export function externalizePages(
  outDir: string,
  files: readonly string[],
  theme: ThemeChoice,
  basePath = '',
): Map<string, string> {
  const allowed = themeBootstrapScript(theme)
  const pageScripts = new Map<string, string>()
  const written = new Set<string>()
  for (const relative of files) {
    const file = exportPath(outDir, relative)
    const { html, script } = externalizeInlineScripts(readFileSync(file, 'utf8'), (text) => text === allowed, basePath)
    if (!script) continue
    if (!written.has(script.path)) {
      const target = exportPath(outDir, script.path)
      mkdirSync(path.dirname(target), { recursive: true })
      writeWhole(target, script.content)
      written.add(script.path)
    }
    writeFileSync(file, html)
    pageScripts.set(relative, script.path)
  }
  return pageScripts
}

/**
 * The hosts' header files at the export's root. `folders`: where builds sit inside it ('' the
 * root; `zh`, `ru` the languages of a multilingual site), for their content-hashed files.
 * serve.json speaks of files in the export (npm start moves it under the base path itself);
 * _headers and the nginx snippet speak of URL paths, so theirs carry the base path (`/repo`).
 */
export function writeHeaderFiles(
  outDir: string,
  hashes: readonly string[],
  folders: readonly string[] = [''],
  basePath = '',
): void {
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
