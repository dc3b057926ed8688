import type { MenuEntry, SiteConfig } from '../config/site-config'
import type { PageMeta } from '../content/page-meta'
import { createPageFinder } from '../content/page-finder'
import { implicitSectionUrl } from '../content/sources'
import { sanitizeSegment, segmentsToUrl, urlToSegments } from '../content/paths'

/** hugo-book's two extra menus: above the book's tree and below it. */
export type MenuEntries = { before: MenuEntry[]; after: MenuEntry[] }

/** What a page contributes to the menus: its URL, menu title and front matter. */
export interface MenuPage {
  url: string
  filePath?: string
  linkTitle: string
  meta: Pick<PageMeta, 'menus' | 'weight'>
}

/**
 * The `before` / `after` entries: those of the site configuration, then the pages whose front
 * matter puts them in that menu (weighted by their `weight`, else the page's weight, as Hugo
 * does), in weight order. An entry that belongs to a page shows the page's link title, whatever
 * its `name`: hugo-book's docs/menu-hugo prints the page's docs/title for entries with a page.
 */
export function mergeMenuEntries(configured: SiteConfig['menu'], pages: MenuPage[]): MenuEntries {
  const resolved = resolveMenuPageRefs(configured, pages).menu
  const fromPages = (menu: 'before' | 'after') =>
    [...pages]
      .filter((page) => page.filePath !== undefined)
      .sort((a, b) => (a.filePath! < b.filePath! ? -1 : a.filePath! > b.filePath! ? 1 : 0))
      .flatMap((page) =>
        // (`?? []`: documents built before this field existed have none.)
        (page.meta.menus ?? [])
          .filter((ref) => ref.menu === menu)
          .map((ref): MenuEntry => {
            const weight = ref.weight ?? page.meta.weight
            return weight ? { name: page.linkTitle, url: page.url, weight } : { name: page.linkTitle, url: page.url }
          }),
      )
  return {
    before: orderMenuEntries([...resolved.before, ...fromPages('before')]),
    after: orderMenuEntries([...resolved.after, ...fromPages('after')]),
  }
}

/**
 * Lower weights first; equal weights and entries without a weight (or weight 0, which Hugo
 * treats as none) keep their written order, the unweighted ones after all weighted ones.
 * Written order: configured entries first, then front-matter entries by file path.
 */
export function orderMenuEntries(entries: MenuEntry[]): MenuEntry[] {
  const rank = (entry: MenuEntry) => (entry.weight ? entry.weight : Number.POSITIVE_INFINITY)
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry)
}

/** A page a menu entry's pageRef may name. */
export interface PageRefTarget {
  filePath?: string
  url: string
  linkTitle: string
}

/**
 * Hugo's `pageRef` in configured menu entries: the page at that content path (`/docs/intro`,
 * `docs/intro.md`, a section's folder) gives the entry its URL and its title (the entry's name
 * is not shown, as in hugo-book). One that names no page links to the URL the path would have,
 * with a warning.
 */
export function resolveMenuPageRefs(
  menu: SiteConfig['menu'],
  pages: readonly PageRefTarget[],
): { menu: SiteConfig['menu']; warnings: string[] } {
  // Hugo looks a pageRef up from no page (.Site.GetPage): by path, or by base name when bare.
  const folderSections = new Map(pages.filter((page) => page.filePath === undefined).map((page) => [page.url, page]))
  const finder = createPageFinder(pages, { sectionWithoutFile: (dir) => folderSections.get(implicitSectionUrl(dir)) })
  const warnings: string[] = []
  const resolve = (entries: MenuEntry[], where: 'before' | 'after') =>
    entries.map((entry, index): MenuEntry => {
      if (entry.pageRef === undefined) return entry
      const { pageRef, ...rest } = entry
      const clean = pageRef
        .trim()
        .replace(/[#?].*$/, '')
        .replace(/^\/+|\/+$/g, '')
      const found = finder.find(clean, undefined, { byName: true })
      if (found && 'page' in found) return { ...rest, url: found.page.url, name: found.page.linkTitle }
      if (rest.url) return rest
      const url = segmentsToUrl(urlToSegments(clean.replace(/\.(md|markdown)$/i, '')).map(sanitizeSegment))
      const why = found
        ? `is the base name of ${found.ambiguous.length} pages (${found.ambiguous.map((page) => page.filePath ?? page.url).join(', ')}): write the page's path from the content folder`
        : 'matches no page in the content folder'
      warnings.push(`menu.${where}[${index}]: pageRef "${pageRef}" ${why}; linked to ${url}`)
      return { ...rest, url, name: rest.name || url }
    })
  return { menu: { before: resolve(menu.before, 'before'), after: resolve(menu.after, 'after') }, warnings }
}
