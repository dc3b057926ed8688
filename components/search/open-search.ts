/**
 * How the search dialog is opened from elsewhere (the menu's search box, the phone header's
 * button): a window event, since those are separate client components. `text` is what the
 * reader began typing into the menu's box, carried into the dialog's combobox.
 */
export const OPEN_SEARCH_EVENT = 'book:open-search'

export interface OpenSearchDetail {
  text?: string
}

export function openSearch(text?: string): void {
  window.dispatchEvent(
    new CustomEvent<OpenSearchDetail>(OPEN_SEARCH_EVENT, { detail: text === undefined ? {} : { text } }),
  )
}

/** The text an open-search event carries, if any. */
export function typedText(event: Event): string | undefined {
  const detail = (event as CustomEvent<OpenSearchDetail | null>).detail
  return typeof detail?.text === 'string' && detail.text !== '' ? detail.text : undefined
}
