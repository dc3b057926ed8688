/**
 * Hugo's disableKinds, after the static export: what the site asked to leave out is deleted
 * from it. Next's export needs every route to write at least one file, so a taxonomy route
 * whose pages are all disabled writes its list of terms as a placeholder
 * (lib/site/taxonomies.ts), deleted here like the search index with BookSearch = false.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { DisabledKind } from '../../config/site-config'

const TAXONOMY_FOLDERS = ['categories', 'tags']

/**
 * Deletes the disabled kinds' files from the export folder; returns what was left out, one
 * phrase each (`/tags/ and /categories/ (taxonomy)`), for the build's output.
 */
export function removeDisabledOutputs(outDir: string, kinds: readonly DisabledKind[]): string[] {
  const left: string[] = []
  const remove = (relative: string) => rmSync(path.join(outDir, relative), { recursive: true, force: true })
  if (kinds.includes('taxonomy')) {
    for (const folder of TAXONOMY_FOLDERS) {
      const dir = path.join(outDir, folder)
      if (!existsSync(dir)) continue
      // The list of terms is the folder's own files (index.html, index.txt, Next's __next.*); each term is a subfolder.
      for (const entry of readdirSync(dir, { withFileTypes: true }))
        if (entry.isFile()) remove(path.join(folder, entry.name))
      if (readdirSync(dir).length === 0) remove(folder)
    }
    left.push(`${TAXONOMY_FOLDERS.map((folder) => `/${folder}/`).join(' and ')} (taxonomy)`)
  }
  if (kinds.includes('term'))
    left.push(`the term pages ${TAXONOMY_FOLDERS.map((folder) => `/${folder}/<term>/`).join(' and ')} (term)`)
  if (kinds.includes('sitemap')) {
    remove('sitemap.xml')
    left.push('sitemap.xml (sitemap)')
  }
  if (kinds.includes('robotstxt')) {
    remove('robots.txt')
    left.push('robots.txt (robotsTXT)')
  }
  if (kinds.includes('404')) {
    remove('404.html')
    remove('404')
    left.push('404.html (404)')
  }
  return left
}
