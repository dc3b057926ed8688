import type { Site } from '@/lib/site/site'
import { withBasePath } from '@/lib/formats/base-path'
import { siteWordsFor, wordsFor } from '@/lib/i18n'
import { SEARCH_INDEX_POINTER } from '@/lib/search/index-pointer'
import type { TocItem } from '@/lib/toc/toc-tree'
import { HeadingLinks } from '../markdown/HeadingLinks.client'
import { SearchBoxButton } from '../search/SearchBoxButton.client'
import { SearchDialog } from '../search/SearchDialog.client'
import { SearchHighlight } from '../search/SearchHighlight.client'
import { Sidebar } from '../sidebar/Sidebar'
import { Toc } from '../toc/Toc'
import { ClientNavigation } from './ClientNavigation.client'
import { DrawerControls } from './DrawerControls.client'
import { PhoneHeader } from './PhoneHeader'
import { ReadingAids } from './ReadingAids'

interface BookLayoutProps {
  site: Site
  /** The page being read; undefined on the 404 page. */
  currentUrl?: string
  trail: string[]
  /** Title shown in the phone header. */
  title: string
  toc: TocItem[]
  children: React.ReactNode
}

/**
 * The page shell: menu | article | table of contents. On phones the side columns
 * become drawers opened by the two checkboxes that precede everything they affect.
 */
export function BookLayout({ site, currentUrl, trail, title, toc, children }: BookLayoutProps) {
  const text = siteWordsFor(site.config).ui
  const hasToc = toc.length > 0
  const { basePath } = site.config
  // BookSearch = false: no search box, dialog or highlight, so no search script or index is loaded.
  const indexUrl = site.config.search ? withBasePath(basePath, SEARCH_INDEX_POINTER) : undefined
  return (
    <>
      <a className="skip-link" href="#content">
        {text.skipToContent}
      </a>
      <input
        type="checkbox"
        id="menu-control"
        className="drawer-control"
        aria-label={text.openMenu}
        aria-controls="book-menu"
      />
      {hasToc && (
        <input
          type="checkbox"
          id="toc-control"
          className="drawer-control"
          aria-label={text.openTableOfContents}
          aria-controls="book-toc"
        />
      )}
      <div className="book">
        <Sidebar
          site={site}
          currentUrl={currentUrl}
          trail={trail}
          search={
            indexUrl !== undefined && (
              <div className="book-search">
                <SearchBoxButton label={text.search.label} placeholder={text.search.placeholder} />
                {/* Not <noscript>: shown until the theme bootstrap marks <html class="js"> (search.css). */}
                <p className="search-unavailable">{text.search.noScript}</p>
              </div>
            )
          }
        />
        <div className="book-page">
          <PhoneHeader title={title} hasToc={hasToc} hasSearch={indexUrl !== undefined} text={text} />
          <main id="content" tabIndex={-1}>
            {children}
            {/* After the article: the bar sticks to the window's bottom and moves no text (SearchHighlight). */}
            {indexUrl !== undefined && (
              <SearchHighlight
                notice={text.search.highlighted}
                quote={text.search.quote}
                clearLabel={text.search.clearHighlight}
              />
            )}
            {/* Last in the text, so Tab reaches the link back to the top after the page's own links. */}
            <ReadingAids backToTop={text.backToTop} />
          </main>
        </div>
        {hasToc && <Toc items={toc} label={text.tableOfContents} />}
        <label htmlFor="menu-control" className="drawer-overlay menu-overlay" aria-hidden="true" />
        {hasToc && <label htmlFor="toc-control" className="drawer-overlay toc-overlay" aria-hidden="true" />}
      </div>
      {indexUrl !== undefined && (
        <SearchDialog
          indexUrl={indexUrl}
          basePath={basePath}
          text={text.search}
          language={wordsFor(site.config.language).language}
        />
      )}
      <DrawerControls />
      <ClientNavigation basePath={basePath} />
      <HeadingLinks copiedText={text.copyLink} markdownCopiedText={text.markdownCopied} />
    </>
  )
}
