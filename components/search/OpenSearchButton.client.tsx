'use client'

import { openSearch } from './open-search'

/** The phone header's search button: opens the search dialog. */
export function OpenSearchButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="header-button search-button"
      aria-label={label}
      title={label}
      onClick={() => openSearch()}
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m16 16 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </button>
  )
}
