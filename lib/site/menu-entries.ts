import type { MenuEntry, SiteConfig } from '../config/site-config'
import type { PageMeta } from '../content/page-meta'

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
 * matter puts them in that menu (named by their `name`, else their link title; weighted by
 * their `weight`, else the page's weight, as Hugo does), in weight order.
 */
export function mergeMenuEntries(configured: SiteConfig['menu'], pages: MenuPage[]): MenuEntries {
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
            return weight ? { name: ref.name ?? page.linkTitle, url: page.url, weight } : { name: ref.name ?? page.linkTitle, url: page.url }
          }),
      )
  return {
    before: orderMenuEntries([...configured.before, ...fromPages('before')]),
    after: orderMenuEntries([...configured.after, ...fromPages('after')]),
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
