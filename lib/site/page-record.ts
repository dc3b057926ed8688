import type { SourcePage } from '../content/sources'
import { readingMinutes } from '../content/reading-time'
import { summarize } from '../content/summary'
import { linkTitle, pageTitle } from '../content/title'
import type { ContentLookup } from '../content/lookup'
import { renderMarkdown, type MarkdownProcessor, type RenderedMarkdown } from '../markdown/pipeline'
import type { SitePage } from './site'
import { opensWithTitle } from './title-heading'

/** A source page without its body: what crosses from the source step to contentlayer's process. */
export type SourceRecord = Omit<SourcePage, 'body'>

/**
 * One page's record: what the source step read plus what rendering its Markdown learned.
 * A pure function of the two: the site model adds only what needs the other pages.
 */
function pageRecord(source: SourceRecord, rendered: RenderedMarkdown): SitePage {
  const { location, meta } = source
  const { analysis } = rendered
  const isSection = location.kind !== 'page'
  const parentDir = source.parentDir
  const titles = {
    title: meta.title,
    linkTitle: meta.linkTitle,
    firstHeading: analysis.firstHeading,
    baseName: location.baseName,
  }
  const title = pageTitle(titles)
  return {
    url: source.url,
    filePath: source.filePath,
    kind: location.kind,
    isSection,
    sectionDir: isSection ? location.dir : undefined,
    parentDir,
    title,
    linkTitle: linkTitle(titles),
    sortTitle: meta.linkTitle ?? meta.title ?? '',
    meta,
    html: rendered.html,
    hasContent: rendered.html.trim() !== '',
    headings: analysis.headings,
    sections: analysis.sections,
    readingMinutes: readingMinutes(analysis.plainText),
    description: meta.description ?? summarize(analysis.firstParagraph ?? analysis.plainText),
    summary: meta.summary ?? analysis.manualSummary ?? summarize(analysis.plainText),
    startsWithHeading: opensWithTitle(analysis.openingHeading, title),
    usesMath: analysis.usesMath,
    usesMermaid: analysis.usesMermaid,
  }
}

/** Renders a source page (its body given apart, as contentlayer hands it over) into its record. */
export async function renderPage(
  processor: MarkdownProcessor,
  lookup: ContentLookup,
  source: SourceRecord,
  body: string,
): Promise<SitePage> {
  const rendered = await renderMarkdown(processor, body, {
    path: source.filePath,
    displayPath: source.displayPath,
    lookup,
  })
  return pageRecord(source, rendered)
}
