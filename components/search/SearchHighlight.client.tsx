'use client'

import { decodeUriComponentSafe } from '@/lib/formats/text'
import { usePathname } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'
import { fill } from '@/lib/i18n/fill'
import { HIGHLIGHT_EVENT, takeSearchHighlight } from './search-highlight-store'

const MARK_CLASS = 'search-hit'

/**
 * On arrival from a search result, marks the query terms in the article (as mdBook does),
 * with a bar to clear them. The marks belong to this arrival only. The bar is the last thing
 * in <main> and sticks to the bottom of the window (search.css): it is seen wherever the
 * reader landed, it moves no text, and at the page's end it rests below the footer, hiding
 * nothing. It quotes the query as the reader typed it. Its button or Esc clears the marks.
 * `notice` is a template with `{terms}`, `quote` one with `{text}` (lib/i18n/words.ts).
 */
export function SearchHighlight({ notice, quote, clearLabel }: { notice: string; quote: string; clearLabel: string }) {
  const pathname = usePathname()
  // Kept with the page it is for: the same layout stays mounted across client-side navigations.
  const [highlight, setHighlight] = useState<{ pathname: string; query: string } | undefined>(undefined)

  useEffect(() => {
    const apply = async () => {
      const taken = takeSearchHighlight(decodeUriComponentSafe(window.location.pathname))
      if (!taken || taken.terms.length === 0) return
      const article = document.querySelector<HTMLElement>('article.markdown')
      if (!article) return
      clearMarks(article)
      const { markTerms } = await import('@/lib/search/mark-terms')
      if (markTextNodes(article, (text) => markTerms(text, taken.terms)) > 0)
        setHighlight({ pathname, query: taken.query })
    }
    void apply()
    window.addEventListener(HIGHLIGHT_EVENT, apply)
    return () => window.removeEventListener(HIGHLIGHT_EVENT, apply)
  }, [pathname])

  const query = highlight?.pathname === pathname ? highlight.query : undefined
  const shown = query !== undefined
  const clear = useCallback(() => {
    const article = document.querySelector<HTMLElement>('article.markdown')
    if (article) clearMarks(article)
    setHighlight(undefined)
  }, [])

  useEffect(() => {
    if (!shown) return
    const onKeyDown = (event: KeyboardEvent) => {
      // Esc belongs to whatever is open over the page first (the search dialog, a drawer).
      if (event.key !== 'Escape' || event.isComposing) return
      if (document.querySelector('dialog[open], .drawer-control:checked')) return
      clear()
    }
    // Captured before the page's own handlers run, to see what was open when Esc was pressed.
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [shown, clear])

  if (!shown) return null
  return (
    <div className="search-highlight-bar" role="status">
      <span className="search-highlight-text">{fill(notice, { terms: fill(quote, { text: query }) })}</span>
      <button type="button" aria-keyshortcuts="Escape" onClick={clear}>
        {clearLabel}
      </button>
    </div>
  )
}

/** Wraps marked segments of every text node in <mark>; returns how many marks were made. */
function markTextNodes(root: HTMLElement, segmentsOf: (text: string) => { text: string; mark: boolean }[]): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, .heading-anchor')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  })
  const nodes: Text[] = []
  while (walker.nextNode()) nodes.push(walker.currentNode as Text)
  let count = 0
  for (const node of nodes) {
    const segments = segmentsOf(node.data)
    if (!segments.some((segment) => segment.mark)) continue
    const fragment = document.createDocumentFragment()
    for (const segment of segments) {
      if (!segment.mark) fragment.append(segment.text)
      else {
        const mark = document.createElement('mark')
        mark.className = MARK_CLASS
        mark.textContent = segment.text
        fragment.append(mark)
        count++
      }
    }
    node.replaceWith(fragment)
  }
  return count
}

function clearMarks(root: HTMLElement): void {
  for (const mark of root.querySelectorAll(`mark.${MARK_CLASS}`)) mark.replaceWith(mark.textContent ?? '')
  root.normalize()
}
