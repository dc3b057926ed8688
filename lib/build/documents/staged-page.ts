import type { Page } from 'contentlayer/generated'
import type { DocumentFields } from '../../formats/document-fields'

/**
 * The shape of what crosses from the render step to the documents step: a page's document as
 * the build stages it for contentlayer2, and the part of it rendering the page's Markdown gives.
 */

/** The fields contentlayer computes from the staged ones (contentlayer.config.ts's computedFields). */
export const COMPUTED_FIELDS = [
  'title',
  'linkTitle',
  'sortTitle',
  'isSection',
  'hasContent',
  'description',
  'summary',
  'startsWithHeading',
  'usesImageZoom',
] as const satisfies readonly (keyof Page)[]

/** A page's document as the build stages it: contentlayer's `Page` without what contentlayer adds. */
export type StagedPage = Omit<DocumentFields<Page>, (typeof COMPUTED_FIELDS)[number]>

/** What rendering a page's Markdown gives its document (contentlayer.config.ts's fields of the same names). */
export type RenderedFields = Pick<
  StagedPage,
  | 'html'
  | 'headings'
  | 'sections'
  | 'firstHeading'
  | 'openingHeading'
  | 'lead'
  | 'opening'
  | 'manualSummary'
  | 'readingMinutes'
  | 'usesMath'
  | 'usesMermaid'
  | 'usesCodeBlocks'
  | 'mdx'
>
