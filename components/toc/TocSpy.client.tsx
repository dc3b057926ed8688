'use client'

import { useEffect } from 'react'
import { ScrollSpy } from '@/lib/toc/scroll-spy'

/** Marks the ToC entry of the section being read (`aria-current`) and keeps it in view. */
export function TocSpy() {
  useEffect(() => {
    const links = new Map<string, HTMLAnchorElement>()
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc a[data-toc-id]')) links.set(link.dataset['tocId']!, link)
    const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((heading): heading is HTMLElement => heading !== null)
    const spy = new ScrollSpy(headings, (id) => {
      for (const [linkId, link] of links) {
        if (linkId === id) {
          link.setAttribute('aria-current', 'true')
          const list = link.closest<HTMLElement>('.book-toc-content')
          if (list) {
            const box = list.getBoundingClientRect()
            const item = link.getBoundingClientRect()
            if (item.top < box.top || item.bottom > box.bottom) list.scrollTop += item.top - box.top - box.height / 2
          }
        } else link.removeAttribute('aria-current')
      }
    })
    return spy.start()
  }, [])
  return null
}
