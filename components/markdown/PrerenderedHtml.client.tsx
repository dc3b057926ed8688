'use client'

import { usePathname } from 'next/navigation'
import { useState } from 'react'
import { PRERENDERED_MARK } from '@/lib/formats/prerendered-html'

/** What the page the visit began on showed, read from its document: Next's payload for a return to it lacks it too. */
const fromDocument = new Map<string, string>()

/**
 * HTML rendered at build time, the article or the ToC (lib/formats/prerendered-html.ts
 * explains the mark). On the page the visit starts on, the build left it out of the payload
 * React hydrates from: it is read from the document instead; going back to that page later, from what was shown then
 * (Next keeps that payload for back and forward). React never touches what is inside.
 */
export function PrerenderedHtml({
  html,
  name,
  element: Element = 'div',
  className,
}: {
  html: string
  name: 'article' | 'toc'
  element?: 'div' | 'ul'
  className?: string
}) {
  const pathname = usePathname()
  // Read once: the document keeps what the build wrote. HTML that came with the payload is used
  // as it comes, so a refresh (an edit under `npm run dev`) shows the new text.
  const [shownByDocument] = useState(() => {
    if (html !== PRERENDERED_MARK) return ''
    const key = `${name} ${pathname}`
    let shown = fromDocument.get(key)
    if (shown === undefined)
      fromDocument.set(key, (shown = document.querySelector(`[data-prerendered="${name}"]`)?.innerHTML ?? ''))
    return shown
  })
  const content =
    html === PRERENDERED_MARK
      ? shownByDocument
      : html.startsWith(PRERENDERED_MARK)
        ? html.slice(PRERENDERED_MARK.length)
        : html
  return <Element className={className} data-prerendered={name} dangerouslySetInnerHTML={{ __html: content }} />
}
