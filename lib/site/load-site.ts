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
    cached = {
      site: createSite(
        loadDocuments().map((doc) => doc.page),
        config,
        { gitDates: gitLastModified(contentDir) },
      ),
      version,
    }
  }
  return cached.site
}

/** When contentlayer last wrote its output (0 before it has): changes with every content edit under `npm run dev`. */
export function contentVersion(): number {
  return statSync(GENERATED_DOCUMENTS, { throwIfNoEntry: false })?.mtimeMs ?? 0
}
