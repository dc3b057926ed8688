import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadBuildContext } from '../../lib/site/settings'
import { readContentSources } from '../../lib/content/sources'
import { searchablePages } from '../../lib/search/index-file'
import type { SearchablePage } from '../../lib/search/records'
import { renderSite } from '../../lib/site/render-site'

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The default book's pages as the build indexes them: the production sources, site model and selection. */
export async function loadDefaultBook(): Promise<SearchablePage[]> {
  return searchablePages(
    await renderSite(readContentSources(path.join(REPO_ROOT, 'content')), loadBuildContext({}, REPO_ROOT).config),
  )
}
