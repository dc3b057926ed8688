import { cpSync, existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * The files the export publishes besides what next build wrote.
 *   - The content folder's other files (images beside pages, attachments), where Hugo publishes
 *     them: a bundle's under its page's URL, others at their content path
 *     (`content/docs/img/a.png` → `out/docs/img/a.png`). The list is the source step's
 *     (`sources.assets`): the folder is not walked again.
 *   - A Hugo site's static folders, at the site root (`static/images/logo.png` →
 *     `out/images/logo.png`), as Hugo's union of them: on a name in two, the last folder wins.
 */

/** Copies the content folder's files into the export, each where Hugo publishes it (`published`: content path → export path; lib/content/published-files.ts). */
export function copyContentAssets(
  contentDir: string,
  outDir: string,
  published: ReadonlyMap<string, string>,
): { copied: number } {
  // A file reached by a symbolic link (lib/content/sources.ts follows them) is published as the file it
  // leads to: cpSync would copy the link, which points back into the content folder from the site.
  for (const [asset, target] of published)
    cpSync(path.join(contentDir, ...asset.split('/')), path.join(outDir, ...target.split('/')), { dereference: true })
  return { copied: published.size }
}

export interface StaticCopy {
  copied: number
  /** Files the built site has already (a page, the sitemap, the search index): it keeps its own. */
  skipped: string[]
}

/** Copies the static folders that exist; a folder that does not is no error (Hugo's default `static`). */
export function copyStaticFolders(staticDirs: readonly string[], outDir: string): StaticCopy {
  const sources = new Map<string, string>()
  for (const dir of staticDirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue
    for (const file of listFiles(dir)) sources.set(file, path.join(dir, ...file.split('/')))
  }
  let copied = 0
  const skipped: string[] = []
  for (const [file, source] of [...sources].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = path.join(outDir, ...file.split('/'))
    if (existsSync(target)) skipped.push(file)
    else {
      cpSync(source, target, { dereference: true })
      copied++
    }
  }
  return { copied, skipped }
}

/** The files under `root`, as `/`-separated relative paths. */
function listFiles(root: string, relative = ''): string[] {
  return readdirSync(path.join(root, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`
    if (entry.isDirectory()) return listFiles(root, child)
    return entry.isFile() ? [child] : []
  })
}
