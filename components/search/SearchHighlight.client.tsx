'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'
import { fill } from '@/lib/i18n/fill'
import { HIGHLIGHT_EVENT, takeSearchHighlight } from './search-highlight-store'

const MARK_CLASS = 'search-hit'

/**
 * On arrival from a search result, marks the query terms in the article (as mdBook does),
 * with a bar to clear them. The marks belong to this arrival only. `notice` is a template with
 * `{terms}`, `quote` one with `{text}` (lib/i18n/words.ts).
 */
export function SearchHighlight({ notice, quote, clearLabel }: { notice: string; quote: string; clearLabel: string }) {
  const pathname = usePathname()
  const [terms, setTerms] = useState<string[]>([])

  useEffect(() => {
    const apply = async () => {
      const taken = takeSearchHighlight(safeDecode(window.location.pathname))
      if (!taken || taken.length === 0) return
      const article = document.querySelector<HTMLElement>('article.markdown')
      if (!article) return
      clearMarks(article)
      const { markTerms } = await import('@/lib/search/mark-terms')
      if (markTextNodes(article, (text) => markTerms(text, taken)) > 0) setTerms(taken)
    }
    void apply()
    window.addEventListener(HIGHLIGHT_EVENT, apply)
    return () => window.removeEventListener(HIGHLIGHT_EVENT, apply)
  }, [pathname])

  if (terms.length === 0) return null
  return (
    <div className="search-highlight-bar" role="status">
      <span>{fill(notice, { terms: terms.map((term) => fill(quote, { text: term })).join(' ') })}</span>
      <button
        type="button"
        onClick={() => {
          const article = document.querySelector<HTMLElement>('article.markdown')
          if (article) clearMarks(article)
          setTerms([])
        }}
      >
        {clearLabel}
      </button>
    </div>
  )
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** Wraps marked segments of every text node in <mark>; returns how many marks were made. */
function markTextNodes(root: HTMLElement, segmentsOf: (text: string) => { text: string; mark: boolean }[]): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style, .heading-anchor') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
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
