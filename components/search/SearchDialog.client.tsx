'use client'

import { useEffect, useRef } from 'react'
import type { SearchWords } from '@/lib/i18n/words'
import { OPEN_SEARCH_EVENT, openSearch, typedText } from './open-search'
import { SearchCombobox } from './SearchCombobox.client'

/** Keys that type text: `/` opens search only when the reader is not typing in a field. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null
}

/**
 * The search dialog, the book's one search: opened by Ctrl/Cmd+K or `/` anywhere, by the
 * menu's search box and by the phone header's button; full-screen on phones. A native <dialog>: it keeps focus inside, Esc closes it,
 * and focus returns to where it was.
 */
export function SearchDialog({
  indexUrl,
  basePath,
  text,
  language,
}: {
  indexUrl: string
  basePath: string
  text: SearchWords
  /** The words' language (a BCP 47 tag). */
  language: string
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const open = (event: Event) => {
      const element = dialog.current
      if (!element) return
      if (!element.open) element.showModal()
      input.current?.focus()
      // Text carried from the menu's box replaces the last query (SearchCombobox); otherwise the last query is selected, to type over.
      if (typedText(event) === undefined) input.current?.select()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.altKey) return
      const commandK = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey) && !event.shiftKey
      const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !isTyping(event.target)
      if (!commandK && !slash) return
      event.preventDefault()
      openSearch()
    }
    document.addEventListener('keydown', onKeyDown)
    window.addEventListener(OPEN_SEARCH_EVENT, open)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      window.removeEventListener(OPEN_SEARCH_EVENT, open)
    }
  }, [])

  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-label={text.dialogLabel}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === dialog.current) dialog.current.close()
      }}
    >
      <div className="search-dialog-content">
        <SearchCombobox
          indexUrl={indexUrl}
          basePath={basePath}
          text={text}
          language={language}
          inputRef={input}
          onChosen={() => dialog.current?.close()}
        />
        <button
          type="button"
          className="search-dialog-close"
          aria-label={text.close}
          onClick={() => dialog.current?.close()}
        >
          {text.closeShort}
        </button>
      </div>
    </dialog>
  )
}
