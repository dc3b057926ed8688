import type { Page } from 'contentlayer/generated'
import type { SiteConfig } from '../config/site-config'
import { buildTocTree, type TocItem } from './toc-tree'

/**
 * The page's ToC, or [] when the page (bookToc/toc: false) or the site turns it off. The
 * heading the body opens with, when it is the page's title, is the H1 above the text, not
 * an entry (headings are in document order, so it is the first).
 */
export function tocFor(config: SiteConfig, page: Page): TocItem[] {
  const show = page.meta.toc ?? config.toc.show
  const headings = page.startsWithHeading ? page.headings.slice(1) : page.headings
  return show ? buildTocTree(headings, config.toc.startLevel, config.toc.endLevel) : []
}
