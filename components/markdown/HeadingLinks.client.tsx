'use client'

import { useEffect, useRef, useState } from 'react'
import { readableUrl } from '@/lib/formats/readable-url'

/**
 * The page's copy actions, with one short notice for both:
 * - a click on a heading's `#` link puts the heading's URL in the address bar (the link's own
 *   behaviour) and copies it to the clipboard, in its readable form (`/docs/llm/#大模型`, not
 *   percent-encoded), which browsers accept;
 * - a click (or Enter) on the page's "copy Markdown" link (components/page/CopyMarkdownLink.tsx)
 *   copies the page's Markdown, fetched from the link. It is handed to the clipboard as a promise
 *   (ClipboardItem), so browsers that want the write within the click (Safari) take it after the
 *   fetch. Where the clipboard cannot be written, the link opens the Markdown instead.
 */
export function HeadingLinks({ copiedText, markdownCopiedText }: { copiedText: string; markdownCopiedText: string }) {
  const [notice, setNotice] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  useEffect(() => {
    const show = (text: string) => {
      setNotice(text)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => setNotice(''), 2000)
    }
    const onClick = (event: MouseEvent) => {
      // A modified click opens the link in a tab or window, as any link's does.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
      const target = event.target as Element | null
      const clipboard = navigator.clipboard
      const link = target?.closest?.('a.heading-anchor')
      if (link instanceof HTMLAnchorElement) {
        void clipboard?.writeText(readableUrl(link.href)).then(
          () => show(copiedText),
          () => undefined,
        )
        return
      }
      const markdownLink = target?.closest?.('a[data-copy-markdown]')
      if (!(markdownLink instanceof HTMLAnchorElement) || !clipboard) return
      event.preventDefault()
      const text = fetch(markdownLink.href).then((response) => {
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
        () => show(markdownCopiedText),
        () => location.assign(markdownLink.href),
      )
    }
    document.addEventListener('click', onClick)
    return () => {
      document.removeEventListener('click', onClick)
      clearTimeout(timer.current)
    }
  }, [copiedText, markdownCopiedText])

  return (
    <div className="copy-notice" role="status" aria-live="polite" data-visible={notice !== '' || undefined}>
      {notice}
    </div>
  )
}
