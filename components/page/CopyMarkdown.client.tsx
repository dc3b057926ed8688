'use client'

import { useEffect, useRef, useState } from 'react'

/**
 * A click (or Enter) on the page's "copy Markdown" link (CopyMarkdownLink) copies the page's
 * Markdown, fetched from the link, and says so. Where the clipboard cannot be written, the link
 * opens the Markdown instead. The Markdown is handed to the clipboard as a promise (ClipboardItem),
 * so browsers that want the write within the click (Safari) accept it after the fetch.
 */
export function CopyMarkdown({ copiedText }: { copiedText: string }) {
  const [notice, setNotice] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[data-copy-markdown]')
      const clipboard = navigator.clipboard
      // A modified click opens the Markdown in a tab or window, as any link's does.
      const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey
      if (!(link instanceof HTMLAnchorElement) || !clipboard || modified) return
      event.preventDefault()
      const text = fetch(link.href).then((response) => {
        if (!response.ok) throw new Error(String(response.status))
        return response.text()
      })
      const written =
        typeof ClipboardItem === 'undefined'
          ? text.then((markdown) => clipboard.writeText(markdown))
          : clipboard
              .write([
                new ClipboardItem({
                  'text/plain': text.then((markdown) => new Blob([markdown], { type: 'text/plain' })),
                }),
              ])
              .catch(() => text.then((markdown) => clipboard.writeText(markdown)))
      written.then(
        () => {
          setNotice(copiedText)
          clearTimeout(timer.current)
          timer.current = setTimeout(() => setNotice(''), 2000)
        },
        () => location.assign(link.href),
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
