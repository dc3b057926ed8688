'use client'

import { useEffect } from 'react'
import { ScrollSpy } from '@/lib/toc/scroll-spy'

/** Marks the ToC entry of the section being read (`aria-current`) and keeps it in view. */
export function TocSpy() {
  useEffect(() => {
    const links = new Map<string, HTMLAnchorElement>()
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc a[data-toc-id]'))
      links.set(link.dataset['tocId']!, link)
    const headings = [...links.keys()]
      .map((id) => document.getElementById(id))
      .filter((heading): heading is HTMLElement => heading !== null)
    const spy = new ScrollSpy(headings, (id) => {
      for (const [linkId, link] of links) {
        if (linkId !== id) {
          link.removeAttribute('aria-current')
          continue
        }
        link.setAttribute('aria-current', 'true')
        const list = link.closest<HTMLElement>('.book-toc-content')
        if (list) {
          const box = list.getBoundingClientRect()
          const item = link.getBoundingClientRect()
          if (item.top < box.top || item.bottom > box.bottom) list.scrollTop += item.top - box.top - box.height / 2
        }
      }
    })
    // A click on the entry of the current hash fires no hashchange: pin it here too.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('.toc a[data-toc-id]')
      if (link) spy.pin(link.dataset['tocId']!)
    }
    document.addEventListener('click', onClick)
    const stop = spy.start()
    return () => {
      stop()
      document.removeEventListener('click', onClick)
    }
  }, [])
  return null
}
