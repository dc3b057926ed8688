import path from 'node:path'
import type { SourcePage } from './sources'

/** What a page's Markdown may point at: the pages, their URLs and the other files of the content folder. */
type Target = Pick<SourcePage, 'filePath' | 'url'>

export interface ContentLookup {
  page(fromFile: string, target: string): Target | undefined
  hasUrl(url: string): boolean
  hasFile(contentPath: string): boolean
}

/** The lookup the Markdown chain gets for refs, links and images (lib/markdown/source.ts). */
export function createContentLookup(sources: { pages: readonly Target[]; assets: readonly string[] }): ContentLookup {
  const byFilePath = new Map(sources.pages.map((page) => [page.filePath, page]))
  const urls = new Set(sources.pages.map((page) => page.url))
  const assets = new Set(sources.assets)
  return {
    page: (fromFile, target) => resolveContentPath(byFilePath, fromFile, target),
    hasUrl: (url) => urls.has(url),
    hasFile: (contentPath) => assets.has(contentPath),
  }
}

/**
 * The page a reference points to, as Hugo's ref/relref and relative links resolve it:
 * relative to the current file's folder, then to the content root; with or without
 * `.md`; a folder means its `_index.md` (or a bundle's `index.md`).
 */
function resolveContentPath(byFilePath: ReadonlyMap<string, Target>, fromFile: string, target: string): Target | undefined {
  const clean = target.replace(/^\.\//, '')
  const bases = target.startsWith('/') ? [''] : [path.posix.dirname(fromFile), '']
  for (const base of bases) {
    const joined = path.posix.normalize(path.posix.join(base === '.' ? '' : base, clean)).replace(/^\/+/, '').replace(/\/+$/, '')
    if (joined.startsWith('..')) continue
    const candidates = joined === '' ? ['_index.md'] : [joined, `${joined}.md`, `${joined}/_index.md`, `${joined}/index.md`]
    for (const candidate of candidates) {
      const page = byFilePath.get(candidate)
      if (page) return page
    }
  }
  return undefined
}
