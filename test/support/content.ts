import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineSiteConfig, type SiteConfigInput } from '../../lib/config/site-config'
import { readContentSources } from '../../lib/content/sources'
import { isContentError, type ContentError } from '../../lib/diagnostics/content-error'
import { renderSite } from '../../lib/site/render-site'
import type { Site } from '../../lib/site/site'

/**
 * The site of a fixture folder, built by the production path without contentlayer
 * (lib/site/render-site.ts: the same sources, renderer and site model). The fixtures are
 * Chinese books, so their settings default to the default book's language and date layout.
 */
export async function siteFromFolder(contentDir: string, config: SiteConfigInput = {}): Promise<Site> {
  return renderSite(readContentSources(contentDir), defineSiteConfig({ title: 'Test Book', language: 'zh-CN', dateFormat: '2006年1月2日', theme: 'auto', ...config }))
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
