import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { SitePage } from './site'

/** A document of contentlayer's output: the page record its one computed field made (contentlayer.config.ts). */
export interface PageDocument {
  _id: string
  _raw: { sourceFilePath: string }
  page: SitePage
}

/** Where `contentlayer2 build` writes all documents of the Page type in one file. */
export const GENERATED_DOCUMENTS = path.join('.contentlayer', 'generated', 'Page', '_index.json')

/**
 * The only reader of contentlayer's output. Read from disk rather than imported, so the
 * book's text is not bundled into the server build (it only runs at build time).
 */
export function loadDocuments(cwd: string = process.cwd()): PageDocument[] {
  const file = path.join(cwd, GENERATED_DOCUMENTS)
  try {
    // In the order of their files: contentlayer's own order varies from run to run (it works on files concurrently),
    // and the site's order (sitemap, search index, incremental export keys) must not.
    return (JSON.parse(readFileSync(file, 'utf8')) as PageDocument[]).sort((a, b) =>
      a._raw.sourceFilePath < b._raw.sourceFilePath ? -1 : a._raw.sourceFilePath > b._raw.sourceFilePath ? 1 : 0,
    )
  } catch (error) {
    throw new Error(
      `cannot read ${GENERATED_DOCUMENTS}: run "npm run build" first (it stages the content and runs contentlayer2). ${String(error)}`,
      { cause: error },
    )
  }
}
