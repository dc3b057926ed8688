'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useRef } from 'react'

const CONTROL_IDS = ['menu-control', 'toc-control'] as const
const DRAWER_OF: Record<(typeof CONTROL_IDS)[number], string> = {
  'menu-control': 'book-menu',
  'toc-control': 'book-toc',
}

/**
 * The phone drawers are CSS checkboxes (they open and close without JavaScript). This
 * adds what only script can: focus moves into an opened drawer and back to its button,
 * the page behind is inert, Escape closes, and navigating closes.
 */
export function DrawerControls() {
  const pathname = usePathname()
  const shownPathname = useRef(pathname)

  useEffect(() => {
    if (shownPathname.current === pathname) {
      // First run: a drawer may have been opened (by CSS alone) before the scripts arrived.
      for (const id of CONTROL_IDS) if (isChecked(id)) setOpen(id, true, false)
      return
    }
    shownPathname.current = pathname
    for (const id of CONTROL_IDS) setOpen(id, false, false)
  }, [pathname])

  useEffect(() => {
    const onChange = (event: Event) => {
      const control = event.target
      if (!(control instanceof HTMLInputElement) || !isControlId(control.id)) return
      if (control.checked) {
        for (const other of CONTROL_IDS) if (other !== control.id) setOpen(other, false, false)
        setOpen(control.id, true, false)
      } else setOpen(control.id, false, true)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      for (const id of CONTROL_IDS) if (isChecked(id)) setOpen(id, false, true)
    }
    const onClick = (event: MouseEvent) => {
      // A link followed inside an open drawer: close it (same-page links do not change the path).
      const link = (event.target as Element | null)?.closest?.('a[href]')
      if (link && link.closest('.book-menu, .book-toc'))
        for (const id of CONTROL_IDS) if (isChecked(id)) setOpen(id, false, false)
    }
    // Widened past the phone layout with a drawer open: there is no drawer any more.
    const wide = window.matchMedia('(min-width: 56.01rem)')
    const onWiden = (event: MediaQueryListEvent) => {
      if (event.matches) for (const id of CONTROL_IDS) setOpen(id, false, false)
    }
    document.addEventListener('change', onChange)
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('click', onClick)
    wide.addEventListener('change', onWiden)
    return () => {
      wide.removeEventListener('change', onWiden)
      document.removeEventListener('change', onChange)
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('click', onClick)
    }
  }, [])

  return null
}

function isControlId(id: string): id is (typeof CONTROL_IDS)[number] {
  return (CONTROL_IDS as readonly string[]).includes(id)
}

function isChecked(id: string): boolean {
  return (document.getElementById(id) as HTMLInputElement | null)?.checked ?? false
}

function setOpen(id: (typeof CONTROL_IDS)[number], open: boolean, returnFocus: boolean) {
  const control = document.getElementById(id) as HTMLInputElement | null
  const drawer = document.getElementById(DRAWER_OF[id])
  const page = document.querySelector<HTMLElement>('.book-page')
  if (!control || !drawer) return
  const wasOpen = drawer.dataset['open'] === 'true'
  control.checked = open
  if (open) {
    drawer.dataset['open'] = 'true'
    page?.setAttribute('inert', '')
    const target =
      drawer.querySelector<HTMLElement>('[aria-current="page"], [aria-current="true"]') ??
      drawer.querySelector<HTMLElement>('a[href], button, input')
    target?.focus({ preventScroll: true })
  } else {
    delete drawer.dataset['open']
    if (!CONTROL_IDS.some((other) => other !== id && isChecked(other))) page?.removeAttribute('inert')
    if (wasOpen && returnFocus) control.focus({ preventScroll: true })
  }
}
