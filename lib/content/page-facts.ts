import { readFileSync } from 'node:fs'
import path from 'node:path'
import { rememberedAnalysis } from '../markdown/analysis-registry'
import type { Heading, PageAnalysis, TextSection } from '../markdown/page-data'
import { renderMarkdown } from '../markdown/pipeline'
import type { PageMeta } from './page-meta'
import { pageUrl, type PageKind } from './paths'
import { readingMinutes } from './reading-time'
import { displayPath, parentSectionDir, parseSourceFile } from './source-file'
import { summarize } from './summary'
import { linkTitle, pageTitle } from './title'

/** Everything the site needs to know about one content file, computed once at content build time. */
export interface PageFacts {
  filePath: string
  meta: PageMeta
  kind: PageKind
  isSection: boolean
  url: string
  /** Folder of the section this file is (sections) or '' for home; undefined for pages. */
  sectionDir?: string
  /** Folder of the section it belongs to; null for the home page. */
  parentDir: string | null
  /** Sections between the home page and this file: a top-level section is 1. */
  depth: number
  title: string
  linkTitle: string
  /** Front-matter linkTitle or title, '' without either (Hugo sorts such pages first). */
  sortTitle: string
  headings: Heading[]
  sections: TextSection[]
  plainText: string
  readingMinutes: number
  /** Hugo's `.Content` is not empty: such a page is a menu link, not a label. */
  hasContent: boolean
  startsWithHeading: boolean
  /** Needs KaTeX's stylesheet / the mermaid library. */
  usesMath: boolean
  usesMermaid: boolean
  /** Front-matter description, else the first paragraph: `<meta name="description">`, section lists. */
  description: string
  /** Hugo's .Summary: front-matter summary, else the text before `<!--more-->`, else the opening of the text. */
  summary: string
}

export async function computePageFacts(contentDir: string, filePath: string, html: string): Promise<PageFacts> {
  const rawText = readFileSync(path.join(contentDir, filePath), 'utf8')
  const { location, meta } = parseSourceFile(rawText, filePath, displayPath(contentDir, filePath))
  const analysis: PageAnalysis = rememberedAnalysis(filePath) ?? (await renderMarkdown(rawText, filePath, { contentDir })).page
  const parentDir = parentSectionDir(contentDir, location)
  const isSection = location.kind !== 'page'
  const titles = { title: meta.title, linkTitle: meta.linkTitle, firstHeading: analysis.firstHeading, baseName: location.baseName }
  return {
    filePath,
    meta,
    kind: location.kind,
    isSection,
    url: pageUrl(location, { slug: meta.slug, url: meta.url }),
    sectionDir: isSection ? location.dir : undefined,
    parentDir,
    depth: location.kind === 'home' ? 0 : parentDir === null ? 0 : parentDir.split('/').filter(Boolean).length + 1,
    title: pageTitle(titles),
    linkTitle: linkTitle(titles),
    sortTitle: meta.linkTitle ?? meta.title ?? '',
    headings: analysis.headings,
    sections: analysis.sections,
    plainText: analysis.plainText,
    readingMinutes: readingMinutes(analysis.plainText),
    hasContent: html.trim() !== '',
    startsWithHeading: analysis.startsWithHeading,
    usesMath: analysis.usesMath,
    usesMermaid: analysis.usesMermaid,
    description: meta.description ?? summarize(analysis.firstParagraph ?? analysis.plainText),
    summary: meta.summary ?? analysis.manualSummary ?? summarize(analysis.plainText),
  }
}
