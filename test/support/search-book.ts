import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PageDocument } from '../../lib/site/documents'
import { documentsFromFolder } from './content'
import type { SearchablePage } from '../../lib/search/records'

/**
 * For tests and the benchmark only: the pages of a content folder as the build would index
 * them (drafts and bookSearchExclude pages left out), rendered without contentlayer. The site
 * build itself should use its Site model (site.pages, site.breadcrumbs) instead.
 */
export function searchablePages(documents: readonly PageDocument[]): SearchablePage[] {
  const sectionByDir = new Map(documents.filter((doc) => doc.sectionDir !== undefined).map((doc) => [doc.sectionDir!, doc]))
  const breadcrumb = (doc: PageDocument): string[] => {
    const titles: string[] = []
    for (let dir = doc.parentDir; dir !== null; ) {
      const section = sectionByDir.get(dir)
      // Like Site.breadcrumbs: home and folders without _index.md are left out.
      if (section && section.kind !== 'home') titles.unshift(section.linkTitle)
      dir = section ? section.parentDir : dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : dir === '' ? null : ''
    }
    return titles
  }
  return documents
    .filter((doc) => !doc.meta.draft && !doc.meta.bookSearchExclude && doc.hasContent)
    .map((doc) => ({ url: doc.url, title: doc.title, breadcrumb: breadcrumb(doc), sections: doc.sections }))
}

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

export async function loadDefaultBook(): Promise<SearchablePage[]> {
  return searchablePages(await documentsFromFolder(path.join(REPO_ROOT, 'content')))
}
