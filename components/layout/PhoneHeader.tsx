import type { UiWords } from '@/lib/i18n/words'
import { OpenSearchButton } from '../search/OpenSearchButton.client'

/**
 * The header shown on phones: menu button, page title, search button (unless BookSearch = false),
 * ToC button. The drawer buttons are labels of the drawer checkboxes, so they work without JavaScript.
 */
export function PhoneHeader({
  title,
  hasToc,
  hasSearch = true,
  text,
}: {
  title: string
  hasToc: boolean
  hasSearch?: boolean
  text: UiWords
}) {
  return (
    <header className="book-header">
      <label htmlFor="menu-control" className="header-button menu-button" title={text.openMenu}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
          <path d="M4 6.5h16M4 12h16M4 17.5h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">{text.menu}</span>
      </label>
      <p className="book-header-title">{title}</p>
      {hasSearch && <OpenSearchButton label={text.search.open} />}
      {hasToc && (
        <label htmlFor="toc-control" className="header-button toc-button" title={text.openTableOfContents}>
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            <path
              d="M4 6.5h2M9 6.5h11M4 12h2M9 12h11M4 17.5h2M9 17.5h11"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </svg>
          <span className="visually-hidden">{text.tableOfContents}</span>
        </label>
      )}
    </header>
  )
}
