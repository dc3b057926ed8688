import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { PageFacts } from '../content/page-facts'

/**
 * A content file as contentlayer built it: the computed fields of contentlayer.config.ts
 * (typed by PageFacts, from which they are made) plus the rendered body.
 */
export type PageDocument = PageFacts & {
  _id: string
  body: { raw: string; html: string }
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
    return JSON.parse(readFileSync(file, 'utf8')) as PageDocument[]
  } catch (error) {
    throw new Error(`cannot read ${GENERATED_DOCUMENTS}: run "npx contentlayer2 build" first (npm run build does). ${String(error)}`)
  }
}
