import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Heading, Paragraph, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { listContentFiles } from './check-content'
import type { IsoDate } from '../formats/dates'
import { pageUrl, type PageKind } from './paths'
import { parentSectionDir, parseSourceFile } from './source-file'
import { summarize } from './summary'
import { linkTitle } from './title'

/**
 * What one page must know about the others while it is rendered: where a `ref` or a
 * relative `.md` link leads, and which pages a `section` shortcode lists. Read from the
 * files themselves (front matter and a Markdown parse, no rendering), once per process.
 */
export interface IndexedPage {
  filePath: string
  url: string
  kind: PageKind
  sectionDir?: string
  parentDir: string | null
  linkTitle: string
  sortTitle: string
  weight: number
  date?: IsoDate
  draft: boolean
  hidden: boolean
  hasContent: boolean
  /** Front-matter description, else the opening of the first paragraph. */
  description: string
}

export interface ContentIndex {
  pages: IndexedPage[]
  byFilePath: Map<string, IndexedPage>
  urls: Set<string>
}

const parser = unified().use(remarkParse)

function firstBlocks(body: string): { heading?: string; paragraph?: string } {
  const tree = parser.parse(body) as Root
  const heading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1)
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph' && !/^\s*\{\{[<%]/.test(toString(node)))
  return { heading: heading ? toString(heading).trim() : undefined, paragraph: paragraph ? toString(paragraph) : undefined }
}

export function indexPage(contentDir: string, filePath: string, text: string): IndexedPage {
  const { location, meta, source } = parseSourceFile(text, filePath)
  const { heading, paragraph } = firstBlocks(source.body)
  const isSection = location.kind !== 'page'
  return {
    filePath,
    url: pageUrl(location, { slug: meta.slug, url: meta.url }),
    kind: location.kind,
    sectionDir: isSection ? location.dir : undefined,
    parentDir: parentSectionDir(contentDir, location),
    linkTitle: linkTitle({ title: meta.title, linkTitle: meta.linkTitle, firstHeading: heading, baseName: location.baseName }),
    sortTitle: meta.linkTitle ?? meta.title ?? '',
    weight: meta.weight,
    date: meta.date,
    draft: meta.draft,
    hidden: meta.bookHidden,
    hasContent: source.body.trim() !== '',
    description: meta.description ?? (paragraph ? summarize(paragraph) : ''),
  }
}

const indexes = new Map<string, ContentIndex>()

/** The index of a content folder, built on first use. Unreadable files are left to the content check. */
export function contentIndex(contentDir: string): ContentIndex {
  let index = indexes.get(contentDir)
  if (!index) {
    const pages: IndexedPage[] = []
    for (const filePath of existsSync(contentDir) ? listContentFiles(contentDir) : []) {
      try {
        pages.push(indexPage(contentDir, filePath, readFileSync(path.join(contentDir, filePath), 'utf8')))
      } catch {
        // A file with bad front matter stops the build in the content check, with its own message.
      }
    }
    index = { pages, byFilePath: new Map(pages.map((page) => [page.filePath, page])), urls: new Set(pages.filter((page) => !page.draft).map((page) => page.url)) }
    indexes.set(contentDir, index)
  }
  return index
}

/** Forgets the index of a folder (dev mode rebuilds after an edit). */
export function forgetContentIndex(contentDir: string): void {
  indexes.delete(contentDir)
}

/**
 * The page a reference points to, as Hugo's ref/relref and relative links resolve it:
 * relative to the current file's folder, then to the content root; with or without
 * `.md`; a folder means its `_index.md` (or a bundle's `index.md`).
 */
export function resolveContentPath(index: ContentIndex, fromFile: string, target: string): IndexedPage | undefined {
  const clean = target.replace(/^\.\//, '')
  const bases = target.startsWith('/') ? [''] : [path.posix.dirname(fromFile), '']
  for (const base of bases) {
    const joined = path.posix.normalize(path.posix.join(base === '.' ? '' : base, clean)).replace(/^\/+/, '').replace(/\/+$/, '')
    if (joined.startsWith('..')) continue
    const candidates = joined === '' ? ['_index.md'] : [joined, `${joined}.md`, `${joined}/_index.md`, `${joined}/index.md`]
    for (const candidate of candidates) {
      const page = index.byFilePath.get(candidate)
      if (page && !page.draft) return page
    }
  }
  return undefined
}
