import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { searchablePages } from '../../lib/search/index-file'
import type { SearchablePage } from '../../lib/search/records'
import { sitesOfBuild } from './content'

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The default book's pages as the build indexes them: the production sources, documents, site model and selection. */
export async function loadDefaultBook(): Promise<SearchablePage[]> {
  const [site] = (await sitesOfBuild({ CONTENT_DIR: path.join(REPO_ROOT, 'content') }, REPO_ROOT)).values()
  return searchablePages(site!)
}
