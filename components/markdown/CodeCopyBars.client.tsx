'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { fill } from '@/lib/i18n/fill'
import type { CodeBlockWords } from '@/lib/i18n/words'
import { copyableCode } from '@/lib/markdown/code-copy'

/**
 * A copy button in the bar of each of the page's code blocks (the bar and the language's name
 * are written at build time: lib/markdown/code-blocks.ts). Loaded by CodeCopyButtons.client.tsx.
 */
export function CodeCopyBars({ words }: { words: CodeBlockWords }) {
  const pathname = usePathname()
  const [bars, setBars] = useState<HTMLElement[]>([])
  const [announcement, setAnnouncement] = useState('')
  useEffect(() => {
    // The blocks are in the page's prerendered HTML, which React does not draw: they can only be
    // found once it is in the document, and the buttons drawn into them after.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setBars([...document.querySelectorAll<HTMLElement>('.markdown .code-block > .code-block-bar')])
  }, [pathname])
  return (
    <>
      {bars.map((bar, index) =>
        createPortal(<CopyButton block={bar.parentElement!} words={words} announce={setAnnouncement} />, bar, index),
      )}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </>
  )
}

type Shown = { state: 'idle' } | { state: 'copied' } | { state: 'selected'; message: string }

function CopyButton({
  block,
  words,
  announce,
}: {
  block: HTMLElement
  words: CodeBlockWords
  announce: (message: string) => void
}) {
  const [shown, setShown] = useState<Shown>({ state: 'idle' })
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  const show = (next: Shown, message: string, milliseconds: number) => {
    setShown(next)
    announce(message)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      setShown({ state: 'idle' })
      announce('')
    }, milliseconds)
  }

  const copy = async () => {
    const code = block.querySelector('pre code') ?? block.querySelector('pre')
    if (!code) return
    try {
      // Missing where the page is not a secure context (http on a LAN address): the fallback below says so.
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(copyableCode(code.textContent ?? '', block.dataset['language']))
      show({ state: 'copied' }, words.copied, 2000)
    } catch {
      // The code is selected for the reader to copy, and the button says how.
      getSelection()?.selectAllChildren(code)
      const message = matchMedia('(pointer: coarse)').matches
        ? words.selectedTouchAndHold
        : fill(words.selectedPressKey, { key: /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘C' : 'Ctrl+C' })
      show({ state: 'selected', message }, message, 8000)
    }
  }

  return (
    <button
      type="button"
      className="code-copy"
      data-state={shown.state}
      // The name says what is copied; once the text changes, the text is the name.
      aria-label={shown.state === 'idle' ? words.copyLabel : undefined}
      onClick={() => void copy()}
    >
      {shown.state === 'idle' ? words.copy : shown.state === 'copied' ? words.copied : shown.message}
    </button>
  )
}
