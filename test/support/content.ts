import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineSiteConfig, type SiteConfigInput } from '../../lib/config/site-config'
import { isContentError, type ContentError } from '../../lib/diagnostics/content-error'
import { renderMarkdown } from '../../lib/markdown/pipeline'
import { listContentFiles } from '../../lib/content/check-content'
import type { PageDocument } from '../../lib/site/documents'
import { computePageFacts } from '../../lib/content/page-facts'
import { createSite, type Site } from '../../lib/site/site'

/**
 * Builds documents the way contentlayer.config.ts does (render, then compute the
 * fields), without contentlayer: for tests on fixture folders.
 */
export async function documentsFromFolder(contentDir: string): Promise<PageDocument[]> {
  const documents: PageDocument[] = []
  for (const filePath of listContentFiles(contentDir)) {
    const raw = readFileSync(path.join(contentDir, filePath), 'utf8')
    const { html } = await renderMarkdown(raw, filePath, { contentDir })
    const facts = await computePageFacts(contentDir, filePath, html)
    documents.push({ ...facts, _id: filePath, body: { raw, html } })
  }
  return documents
}

export async function siteFromFolder(contentDir: string, config: SiteConfigInput = {}): Promise<Site> {
  return createSite(await documentsFromFolder(contentDir), defineSiteConfig({ title: 'Test Book', ...config }))
}

/** Writes `{ 'docs/a.md': '…' }` into a new temporary folder and returns its path. */
export function writeFixture(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'book-fixture-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

/** The ContentError that `run` throws (anything else thrown, or nothing, fails the test). */
export function contentErrorOf(run: () => unknown): ContentError {
  try {
    run()
  } catch (error) {
    if (isContentError(error)) return error
    throw error
  }
  throw new Error('expected a ContentError')
}
