'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Every link to a page of the book is a plain <a> (no per-link component to hydrate, a
 * smaller RSC payload); this one listener turns a plain click on such a link into a
 * client-side navigation, and prefetches a page when the pointer or focus reaches its link.
 * Links that open elsewhere (new tab, download, other origin, a file, a modified click)
 * are left to the browser.
 */
export function ClientNavigation() {
  const router = useRouter()

  useEffect(() => {
    const pageLink = (event: Event): HTMLAnchorElement | undefined => {
      const link = (event.target as Element | null)?.closest?.('a[href]')
      if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return undefined
      if (link.origin !== window.location.origin || !link.pathname.endsWith('/')) return undefined
      return link
    }
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const link = pageLink(event)
      if (!link) return
      // A jump within the page being read is the browser's (it keeps its own scroll and hash behaviour).
      if (link.pathname === window.location.pathname && link.hash) return
      event.preventDefault()
      router.push(link.pathname + link.search + link.hash)
    }
    const onIntent = (event: Event) => {
      const link = pageLink(event)
      if (link && link.pathname !== window.location.pathname) router.prefetch(link.pathname)
    }
    document.addEventListener('click', onClick)
    document.addEventListener('pointerover', onIntent, { passive: true })
    document.addEventListener('focusin', onIntent)
    return () => {
      document.removeEventListener('click', onClick)
      document.removeEventListener('pointerover', onIntent)
      document.removeEventListener('focusin', onIntent)
    }
  }, [router])

  return null
}
