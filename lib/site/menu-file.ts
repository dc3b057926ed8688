import { hashedFile, type HashedFile } from './static-file'
import type { Site } from './site'

const MENU_FILE_ROUTE = '/menu/'

const files = new WeakMap<Site, HashedFile>()

/**
 * The whole menu tree as JSON, `/menu/tree.<hash>.json`: what a page left out of its own HTML
 * (lib/content/menu-budget.ts) is read from here when a reader opens that section.
 * Written for every book (the static export wants the route to have a file); only pages
 * with deferred sections point at it.
 */
export function menuTreeFile(site: Site): HashedFile {
  let file = files.get(site)
  if (!file) {
    file = hashedFile(MENU_FILE_ROUTE, 'tree', 'json', JSON.stringify(site.menu?.children ?? []))
    files.set(site, file)
  }
  return file
}
