/**
 * The secure step, after `next build`: makes the export work under a Content-Security-Policy without
 * 'unsafe-inline' for scripts, and writes that policy with the other headers for each host.
 *   - every exported page's inline scripts, except the theme bootstrap (allowed by its hash),
 *     move into /_next/static/inline/<hash>.js (lib/build/secure/inline-scripts.ts), and the page
 *     carries the policy in a <meta> too, for hosts that send no headers (GitHub Pages);
 *   - out/serve.json (npm start), out/_headers (Netlify, Cloudflare Pages) and
 *     out/nginx-headers.conf get the headers of lib/security/headers.ts.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { externalizeInlineScripts } from './secure/inline-scripts'
import { exportPath, writeWhole } from './common/output-files'
import { runInWorkers } from './common/worker-pool'
import type { ThemeChoice } from '../config/site-config'
import { headersFile, metaContentSecurityPolicy, nginxSnippet, scriptHash, serveConfig } from '../security/headers'
import { themeBootstrapScript } from '../theme'

export interface SecuredExport {
  pages: number
  scripts: number
  /** Each page's moved scripts: its HTML file (relative, `/`-separated) → the script file's path in the export. */
  pageScripts: Map<string, string>
  /** Pages whose payload did not read as the rows the build knows: left whole (lib/build/secure/flight-payload.ts). */
  unreadable: string[]
}

/** What securing one page gives: its HTML file, its script file, whether its payload was left whole. */
type SecuredPage = readonly [file: string, script: string | undefined, unreadable: boolean]

/** Pages fewer than this are secured in this process: starting workers would cost more. */
const PAGES_PER_WORKER = 200

/** What the secure step and its workers (secure-worker.ts) are told: the export, the inline scripts kept, Next's base path. */
export interface SecureInit {
  outDir: string
  /** The theme bootstraps of the site's languages: the inline scripts that stay, allowed by their hashes. */
  kept: string[]
  basePath: string
}

/**
 * Secures every page of the export, in worker processes (secure-worker.ts) when there are
 * enough pages to pay for them, then writes the header files. `themes`: every language's (each
 * has its theme bootstrap); `folders`: every language's folder ('' the root).
 */
export async function secureStep(
  outDir: string,
  options: {
    themes: readonly ThemeChoice[]
    basePath: string
    folders: readonly string[]
    cores: number
    /** Pages a worker must have to be started (tests start them for a few). */
    pagesPerWorker?: number
  },
): Promise<SecuredExport> {
  const files = htmlFiles(outDir)
  const init: SecureInit = {
    outDir,
    kept: [...new Set(options.themes.map(themeBootstrapScript))],
    basePath: options.basePath,
  }
  const workers = Math.min(options.cores, Math.floor(files.length / (options.pagesPerWorker ?? PAGES_PER_WORKER)))
  const results =
    workers < 2
      ? files.map(pageSecurer(init))
      : await runInWorkers<string, SecuredPage>(new URL('./secure/secure-worker.ts', import.meta.url), init, files, {
          workers,
          weight: (file) => statSync(path.join(outDir, file)).size,
        })
  const pageScripts = new Map(
    results.flatMap(([file, script]) => (script === undefined ? [] : [[file, script] as const])),
  )
  writeHeaderFiles(outDir, init.kept.map(scriptHash), options.folders, options.basePath)
  const unreadable = results.filter(([, , left]) => left).map(([file]) => file)
  return { pages: pageScripts.size, scripts: new Set(pageScripts.values()).size, pageScripts, unreadable }
}

/** The export's HTML files, relative and `/`-separated. */
function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/**
 * Moves a page's inline scripts into a file and writes the policy into its head; gives the page
 * and the script file's path. Pages with the same scripts share one file, written whole (a
 * temporary file renamed), so two workers writing it at once write the same bytes.
 */
export function pageSecurer(init: SecureInit): (relative: string) => SecuredPage {
  const kept = new Set(init.kept)
  const policy = metaContentSecurityPolicy(init.kept.map(scriptHash))
  const written = new Set<string>()
  return (relative) => {
    const file = exportPath(init.outDir, relative)
    const original = readFileSync(file, 'utf8')
    const { html, script, unreadable } = externalizeInlineScripts(original, (text) => kept.has(text), {
      basePath: init.basePath,
      policy,
    })
    if (html !== original) writeFileSync(file, html)
    if (!script) return [relative, undefined, false]
    if (!written.has(script.path)) {
      const target = exportPath(init.outDir, script.path)
      mkdirSync(path.dirname(target), { recursive: true })
      writeWhole(target, script.content)
      written.add(script.path)
    }
    return [relative, script.path, unreadable === true]
  }
}

/**
 * The hosts' header files at the export's root. `folders`: where builds sit inside it ('' the
 * root; `zh`, `ru` the languages of a multilingual site), for their content-hashed files.
 * serve.json speaks of files in the export (npm start moves it under the base path itself);
 * _headers and the nginx snippet speak of URL paths, so theirs carry the base path (`/repo`).
 */
function writeHeaderFiles(
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
  writeFileSync(path.join(outDir, '_headers'), headersFile(hashes, urlFolders, basePath.replace(/^\//, '')))
  writeFileSync(path.join(outDir, 'nginx-headers.conf'), nginxSnippet(hashes, urlFolders, basePath))
}
