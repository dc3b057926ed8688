'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

const POLL_MS = 500

/**
 * Under `npm run dev`: an edited Markdown file is rebuilt by contentlayer into .contentlayer/,
 * which Next does not watch; this asks the dev server when the content last changed and
 * re-renders the page (server components only, scroll and state kept) when it did.
 */
export function ContentReload() {
  const router = useRouter()
  useEffect(() => {
    let known: string | undefined
    let stopped = false
    const check = async () => {
      if (stopped || document.hidden) return
      const version = await fetch('/dev-content-version', { cache: 'no-store' }).then(
        (response) => (response.ok ? response.text() : undefined),
        () => undefined,
      )
      if (version === undefined || stopped) return
      if (known !== undefined && version !== known) router.refresh()
      known = version
    }
    const timer = setInterval(check, POLL_MS)
    void check()
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [router])
  return null
}
