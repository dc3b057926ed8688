import { withBasePath, withoutBasePath } from '../formats/base-path'
import { createPageFinder } from './page-finder'
import { publishedFiles } from './published-files'
import { implicitSectionUrl, type SourcePage } from './sources'

/** What a page's Markdown may point at: the pages, their URLs and the other files of the content folder. */
type Target = Pick<SourcePage, 'filePath' | 'url'> & Partial<Pick<SourcePage, 'displayPath'>>

/** A page a ref or link may lead to, and how a message names it. */
interface FoundTarget {
  url: string
  name: string
}

export interface ContentLookupOptions {
  /** The site's base path (`/repo`): the URLs found are under it. */
  basePath?: string
  /** The language's key (Hugo drops `.en` from `setup.en.md` in a ref). */
  language?: string
  /** The content folder as seen from the site's folder (`content`, `content.zh`). */
  contentFolder?: string
  /** The taxonomies whose list pages the site has (`tags`, `categories`): a ref may name them. */
  taxonomies?: readonly string[]
}

/**
 * The lookup the Markdown chain gets for refs, links and images: what lib/markdown/source.ts's
 * ContentLookup asks (lib/content does not import lib/markdown; TypeScript checks the two match
 * where the render step hands one to the other). The pages it finds carry the URL the HTML
 * needs: under the site's base path (`/repo/docs/a/`). Pages are found as Hugo finds them
 * (lib/content/page-finder.ts), the index built once per language.
 */
export function createContentLookup(
  sources: { pages: readonly Target[]; assets: readonly string[]; staticFiles?: readonly string[] },
  options: ContentLookupOptions = {},
) {
  const basePath = options.basePath ?? ''
  const found = (page: Target): FoundTarget & { filePath: string } => ({
    filePath: page.filePath,
    url: withBasePath(basePath, page.url),
    name: page.displayPath ?? page.filePath,
  })
  const finder = createPageFinder<FoundTarget & { filePath?: string }>(sources.pages.map(found), {
    ...(options.language ? { language: options.language } : {}),
    ...(options.contentFolder ? { contentFolder: options.contentFolder } : {}),
    sectionWithoutFile: (dir) => ({
      url: withBasePath(basePath, implicitSectionUrl(dir)),
      name: dir === '' ? 'the home page (no _index.md)' : `${dir}/ (a section without _index.md)`,
    }),
    taxonomies: (options.taxonomies ?? []).map((name) => ({
      name,
      page: { url: withBasePath(basePath, `/${name}/`), name: `/${name}/ (the list of ${name})` },
    })),
  })
  const urls = new Set(sources.pages.map((page) => page.url))
  const pageUrls = new Map(sources.pages.map((page) => [page.filePath, page.url]))
  // Where the export puts the content folder's files (lib/content/published-files.ts), and the static files at the root.
  const published = publishedFiles(sources.pages, sources.assets)
  const fileUrls = new Set([...published.values(), ...(sources.staticFiles ?? [])].map((file) => `/${file.normalize('NFC')}`))
  return {
    // Hugo's .GetPage from the page, as hugo-book's portable links use it: no lookup by base name.
    page: (fromFile: string, target: string): { url: string } | undefined => {
      const result = finder.find(target, fromFile, { byName: false })
      return result && 'page' in result ? { url: result.page.url } : undefined
    },
    // Hugo's ref/relref: a bare name may also be a page's base name, if only one page has it.
    ref: (fromFile: string, target: string): { url: string } | { ambiguous: string[] } | undefined => {
      const result = finder.find(target, fromFile, { byName: true })
      if (result === undefined) return undefined
      return 'page' in result ? { url: result.page.url } : { ambiguous: result.ambiguous.map((page) => page.name) }
    },
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
