import path from 'node:path'
import { withBasePath, withoutBasePath } from '../formats/base-path'
import { publishedFiles } from './published-files'
import type { SourcePage } from './sources'

/** What a page's Markdown may point at: the pages, their URLs and the other files of the content folder. */
type Target = Pick<SourcePage, 'filePath' | 'url'>

/**
 * The lookup the Markdown chain gets for refs, links and images: what lib/markdown/source.ts's
 * ContentLookup asks (lib/content does not import lib/markdown; TypeScript checks the two match
 * where the render step hands one to the other). The pages it finds carry the URL the HTML
 * needs: under the site's base path (`/repo/docs/a/`).
 */
export function createContentLookup(
  sources: { pages: readonly Target[]; assets: readonly string[]; staticFiles?: readonly string[] },
  options: { basePath?: string } = {},
) {
  const basePath = options.basePath ?? ''
  const byFilePath = new Map(sources.pages.map((page) => [page.filePath, { filePath: page.filePath, url: withBasePath(basePath, page.url) }]))
  const urls = new Set(sources.pages.map((page) => page.url))
  const pageUrls = new Map(sources.pages.map((page) => [page.filePath, page.url]))
  // Where the export puts the content folder's files (lib/content/published-files.ts), and the static files at the root.
  const published = publishedFiles(sources.pages, sources.assets)
  const fileUrls = new Set([...published.values(), ...(sources.staticFiles ?? [])].map((file) => `/${file.normalize('NFC')}`))
  return {
    page: (fromFile: string, target: string) => resolveContentPath(byFilePath, fromFile, target),
    // A site path, or a public URL (what relref gives under a sub-path).
    hasUrl: (url: string) => urls.has(url) || urls.has(withoutBasePath(basePath, url) ?? url),
    fileUrl: (contentPath: string) => {
      const file = published.get(contentPath)
      return file === undefined ? undefined : withBasePath(basePath, `/${file.split('/').map(encodeURIComponent).join('/')}`)
    },
    resolveFromPage: (fromFile: string, relativeUrl: string): 'file' | 'page' | undefined => {
      const from = pageUrls.get(fromFile)
      if (from === undefined) return undefined
      const target = resolveUrlPath(from, relativeUrl)
      if (target === undefined) return undefined
      if (fileUrls.has(target)) return 'file'
      return urls.has(target) || urls.has(`${target}/`) ? 'page' : undefined
    },
  }
}

/**
 * The page a content path names, as Hugo's ref/relref, relative links and menu pageRefs
 * resolve it: relative to the current file's folder (none for a menu), then to the content
 * root; with or without `.md` (or `.markdown`); a folder means its `_index.md` (or a bundle's `index.md`).
 */
export function resolveContentPath<T>(byFilePath: ReadonlyMap<string, T>, fromFile: string, target: string): T | undefined {
  const clean = target.replace(/^\.\//, '')
  const bases = target.startsWith('/') ? [''] : [path.posix.dirname(fromFile), '']
  for (const base of bases) {
    const joined = path.posix.normalize(path.posix.join(base === '.' ? '' : base, clean)).replace(/^\/+/, '').replace(/\/+$/, '')
      .replace(/^\.$/, '') // normalize('') is '.': the content root
    if (joined.startsWith('..')) continue
    const folder = joined === '' ? '' : `${joined}/`
    const candidates = [...(joined === '' ? [] : [joined, `${joined}.md`, `${joined}.markdown`]), `${folder}_index.md`, `${folder}index.md`, `${folder}_index.markdown`, `${folder}index.markdown`]
    for (const candidate of candidates) {
      const page = byFilePath.get(candidate)
      if (page) return page
    }
  }
  return undefined
}

/** `../a/b.png` from `/docs/page/` → `/docs/a/b.png`, decoded, as the browser resolves it (query and fragment dropped). */
function resolveUrlPath(fromUrl: string, relativeUrl: string): string | undefined {
  try {
    const resolved = new URL(relativeUrl, `http://site${encodeURI(fromUrl)}`)
    if (resolved.host !== 'site') return undefined
    return decodeURIComponent(resolved.pathname).normalize('NFC')
  } catch {
    return undefined
  }
}
