'use client'

import { openSearch } from './open-search'

/**
 * The menu's search box: a button drawn as a search field that opens the search dialog (the
 * book has one search, as Nextra and VitePress do). Click, Enter or Space opens it; a
 * character typed while it has focus opens it with that character in the dialog's box. The
 * dialog returns focus here when it closes. Hidden without JavaScript (search.css).
 */
export function SearchBoxButton({ label, placeholder }: { label: string; placeholder: string }) {
  return (
    <button
      type="button"
      className="search-box-button"
      aria-label={label}
      aria-haspopup="dialog"
      aria-keyshortcuts="/ Control+K Meta+K"
      onClick={() => openSearch()}
      onKeyDown={(event) => {
        if (event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing) return
        // Space and Enter press the button; `/` opens the dialog from anywhere (SearchDialog).
        if (event.key.length !== 1 || event.key === ' ' || event.key === '/') return
        event.preventDefault()
        openSearch(event.key)
      }}
    >
      <svg className="search-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m16 16 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className="search-box-placeholder">{placeholder}</span>
      <kbd className="search-shortcut" aria-hidden="true">
        /
      </kbd>
    </button>
  )
}
