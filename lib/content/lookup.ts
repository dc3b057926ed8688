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
