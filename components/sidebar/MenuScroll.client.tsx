'use client'

import { usePathname } from 'next/navigation'
import { useEffect } from 'react'

const STORAGE_KEY = 'menu-scroll'

/**
 * Keeps the menu where the reader left it from page to page, and brings the current
 * page's entry into view when it is outside the visible part of the menu.
 */
export function MenuScroll() {
  const pathname = usePathname()
  useEffect(() => {
    const container = document.querySelector<HTMLElement>('[data-menu-scroll]')
    if (!container) return
    const saved = Number(sessionStorage.getItem(STORAGE_KEY))
    if (saved > 0) container.scrollTop = saved
    const current = container.querySelector<HTMLElement>('[aria-current="page"]')
    if (current) {
      const box = container.getBoundingClientRect()
      const item = current.getBoundingClientRect()
      if (item.top < box.top || item.bottom > box.bottom) container.scrollTop += item.top - box.top - box.height / 3
    }
    const save = () => sessionStorage.setItem(STORAGE_KEY, String(Math.round(container.scrollTop)))
    container.addEventListener('scroll', save, { passive: true })
    return () => container.removeEventListener('scroll', save)
  }, [pathname])
  return null
}
