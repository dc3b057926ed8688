'use client'

import { useEffect, useRef, useState } from 'react'
import { readableUrl } from '@/lib/formats/readable-url'

/**
 * A click on a heading's `#` link puts the heading's URL in the address bar (the
 * link's own behaviour) and copies it to the clipboard, with a short notice: in its
 * readable form (`/docs/llm/#大模型`, not percent-encoded), which browsers accept.
 */
export function HeadingLinks({ copiedText }: { copiedText: string }) {
  const [notice, setNotice] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a.heading-anchor')
      if (
        !(link instanceof HTMLAnchorElement) ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey
      )
        return
      void navigator.clipboard?.writeText(readableUrl(link.href)).then(
        () => {
          setNotice(copiedText)
          clearTimeout(timer.current)
          timer.current = setTimeout(() => setNotice(''), 2000)
        },
        () => undefined,
      )
    }
    document.addEventListener('click', onClick)
    return () => {
      document.removeEventListener('click', onClick)
      clearTimeout(timer.current)
    }
  }, [copiedText])

  return (
    <div className="copy-notice" role="status" aria-live="polite" data-visible={notice !== '' || undefined}>
      {notice}
    </div>
  )
}
