import { resolveContentDir } from '../config/content-dir'
import { loadSiteConfig } from '../config/load-config'
import { loadDocuments } from './documents'
import { gitLastModified } from './git-dates'
import { createSite, type Site } from './site'

let cached: Site | undefined

/** The site of this build, made once per process (every route of the static export shares it). */
export function getSite(): Site {
  cached ??= createSite(loadDocuments(), loadSiteConfig(), { gitDates: gitLastModified(resolveContentDir()) })
  return cached
}
