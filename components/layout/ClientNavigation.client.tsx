'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'
import { withoutBasePath } from '@/lib/formats/base-path'

/**
 * Every link to a page of the book is a plain <a> (no per-link component to hydrate, a
 * smaller RSC payload); this one listener turns a plain click on such a link into a
 * client-side navigation, and prefetches a page when the pointer or focus reaches its link.
 * Links that open elsewhere (new tab, download, other origin, a file, a modified click)
 * are left to the browser, and so are links outside this build's base path: another language
 * of the site is another Next app (`/zh/…`), and so is anything else on the host.
 */
export function ClientNavigation({ basePath }: { basePath: string }) {
  const router = useRouter()

  // Smooth scrolling (base.css) starts once the page has loaded: the browser's own jump to a
  // link's #fragment while loading is instant, later in-page jumps glide. Two frames after
  // `load`, for the browser's last adjustment of that jump.
  useEffect(() => {
    let frame = 0
    const markLoaded = () => {
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => document.documentElement.setAttribute('data-loaded', ''))
      })
    }
    if (document.readyState === 'complete') markLoaded()
    else window.addEventListener('load', markLoaded, { once: true })
    return () => {
      window.removeEventListener('load', markLoaded)
      cancelAnimationFrame(frame)
    }
  }, [])

  useEffect(() => {
    /** The link and the site path the router takes (without the base path), for links to this app's pages. */
    const pageLink = (event: Event): { link: HTMLAnchorElement; path: string } | undefined => {
      const link = (event.target as Element | null)?.closest?.('a[href]')
      if (
        !(link instanceof HTMLAnchorElement) ||
        link.target ||
        link.hasAttribute('download') ||
        link.hasAttribute('hreflang')
      )
        return undefined
      if (link.origin !== window.location.origin || !link.pathname.endsWith('/')) return undefined
      const path = withoutBasePath(basePath, link.pathname)
      return path === undefined ? undefined : { link, path }
    }
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return
      const found = pageLink(event)
      if (!found) return
      const { link, path } = found
      // A jump within the page being read is the browser's (it keeps its own scroll and hash behaviour).
      if (link.pathname === window.location.pathname && link.hash) return
      event.preventDefault()
      router.push(path + link.search + link.hash)
    }
    const onIntent = (event: Event) => {
      const found = pageLink(event)
      if (found && found.link.pathname !== window.location.pathname) router.prefetch(found.path)
    }
    document.addEventListener('click', onClick)
    document.addEventListener('pointerover', onIntent, { passive: true })
    document.addEventListener('focusin', onIntent)
    return () => {
      document.removeEventListener('click', onClick)
      document.removeEventListener('pointerover', onIntent)
      document.removeEventListener('focusin', onIntent)
    }
  }, [router, basePath])

  return null
}
