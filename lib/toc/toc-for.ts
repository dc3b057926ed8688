import type { SiteConfig } from '../config/site-config'
import type { SitePage } from '../site/site'
import { buildTocTree, type TocItem } from './toc-tree'

/** The page's ToC, or [] when the page (bookToc/toc: false) or the site turns it off. */
export function tocFor(config: SiteConfig, page: SitePage): TocItem[] {
  const show = page.meta.toc ?? config.toc.show
  return show ? buildTocTree(page.headings, config.toc.startLevel, config.toc.endLevel) : []
}
