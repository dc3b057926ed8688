'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

const POLL_MS = 500

/**
 * Under `npm run dev`: an edited Markdown file is rebuilt by contentlayer into .contentlayer/,
 * which Next does not watch; this asks the dev server when the content last changed and
 * re-renders the page (server components only, scroll and state kept) when it did.
 */
export function ContentReload({ version }: { version: string }) {
  const router = useRouter()
  useEffect(() => {
    // The version this page was rendered from: an edit made while the first poll is on its way
    // (the route compiles on first use) is not mistaken for the starting point.
    let known: string | undefined = version
    let stopped = false
    const check = async () => {
      if (stopped || document.hidden) return
      const latest = await fetch('/dev-content-version', { cache: 'no-store' }).then(
        (response) => (response.ok ? response.text() : undefined),
        () => undefined,
      )
      if (latest === undefined || stopped) return
      if (known !== undefined && latest !== known) router.refresh()
      known = latest
    }
    const timer = setInterval(check, POLL_MS)
    void check()
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [router, version])
  return null
}
