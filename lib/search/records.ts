import type { TextSection } from '../markdown/page-data'

/** A page as the search sees it; the caller leaves out drafts and bookSearchExclude pages. */
export interface SearchablePage {
  url: string
  title: string
  /** Titles of the sections above the page, from the top. */
  breadcrumb: string[]
  sections: TextSection[]
}

/** The unit of the index: the text of a page between two h2/h3 headings. */
export interface SearchRecord {
  id: number
  url: string
  /** Repeated on every record of the page: a title match finds the page from any of them. */
  pageTitle: string
  heading?: string
  headingId?: string
  breadcrumb: string
  text: string
}

const BREADCRUMB_SEPARATOR = ' › '

/** U+0000 marks token lists for the index (encoder.ts): never let content start with it. */
const clean = (text: string) => text.replaceAll('\u0000', '')

/**
 * One record per section, ids in reading order (query.ts breaks ties by id, so earlier
 * sections of a page come first). A page without sections still gets one record: its title
 * stays findable.
 */
export function pagesToRecords(pages: readonly SearchablePage[]): SearchRecord[] {
  const records: SearchRecord[] = []
  for (const page of pages) {
    const breadcrumb = page.breadcrumb.join(BREADCRUMB_SEPARATOR)
    const sections: TextSection[] = page.sections.length > 0 ? page.sections : [{ level: 0, text: '' }]
    for (const section of sections) {
      const record: SearchRecord = {
        id: records.length,
        url: page.url,
        pageTitle: clean(page.title),
        breadcrumb,
        text: clean(section.text),
      }
      // Only real headings: level 0 is the text above the first heading, reached by the bare URL.
      if (section.level > 0 && section.heading !== undefined) record.heading = clean(section.heading)
      if (section.level > 0 && section.id) record.headingId = section.id
      records.push(record)
    }
  }
  return records
}
