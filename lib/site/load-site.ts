import { statSync } from 'node:fs'
import { loadBuildContext } from './settings'
import { GENERATED_DOCUMENTS, loadDocuments } from './documents'
import { gitLastModified } from '../content/git-dates'
import { createSite, type Site } from './site'

let cached: { site: Site; version: number } | undefined

/**
 * The site of this build, made once per process: every route of the static export
 * shares it. Under `next dev` it is remade when contentlayer rewrites its output.
 */
export function getSite(): Site {
  const version = process.env.NODE_ENV === 'development' ? contentVersion() : 0
  if (!cached || cached.version !== version) {
    const { config, contentDir } = loadBuildContext()
    let pages
    try {
      pages = loadDocuments().map((doc) => doc.page)
    } catch (error) {
      // Under `npm run dev` contentlayer deletes and rewrites its output on every edit: a read
      // in between finds it missing or half written. Keep the last site; the next request retries.
      if (cached && process.env.NODE_ENV === 'development') return cached.site
      throw error
    }
    cached = { site: createSite(pages, config, { gitDates: gitLastModified(contentDir) }), version }
  }
  return cached.site
}

/** Which output of contentlayer the current site was made from (under `npm run dev`, the open page compares it with contentVersion). */
export function siteVersion(): number {
  getSite()
  return cached!.version
}

/** When contentlayer last wrote its output (0 before it has): changes with every content edit under `npm run dev`. */
export function contentVersion(): number {
  return statSync(GENERATED_DOCUMENTS, { throwIfNoEntry: false })?.mtimeMs ?? 0
}
