'use client'

import { useEffect } from 'react'

/**
 * Draws the page's ```mermaid diagrams. Rendered only on pages that have one, and the
 * library (large) is fetched after the page has loaded and is idle; until then, and
 * without JavaScript, the diagram's source is shown. Diagrams follow the theme.
 * `moduleUrl`: mermaid's own ES module, published by the site (lib/vendor/mermaid-assets.ts)
 * and imported by URL, so the bundler does not compile it.
 */
export function MermaidDiagrams({ moduleUrl }: { moduleUrl: string }) {
  useEffect(() => {
    let cancelled = false
    const blocks = [...document.querySelectorAll<HTMLElement>('pre.mermaid')]
    for (const block of blocks) block.dataset['source'] ??= block.textContent ?? ''

    const draw = async () => {
      const { default: mermaid } = (await import(
        /* webpackIgnore: true */ /* turbopackIgnore: true */ moduleUrl
      )) as typeof import('mermaid')
      if (cancelled) return
      const dark =
        document.documentElement.dataset['theme'] === 'dark' ||
        (!document.documentElement.dataset['theme'] && matchMedia('(prefers-color-scheme: dark)').matches)
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' })
      for (const block of blocks) {
        block.removeAttribute('data-processed')
        block.textContent = block.dataset['source'] ?? ''
      }
      await mermaid.run({ nodes: blocks, suppressErrors: true })
    }

    const start = () => {
      if ('requestIdleCallback' in window) requestIdleCallback(() => void draw(), { timeout: 2000 })
      else setTimeout(() => void draw(), 200)
    }
    if (document.readyState === 'complete') start()
    else window.addEventListener('load', start, { once: true })

    // Redraw with the other palette when the reader switches themes.
    const observer = new MutationObserver(() => void draw())
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    return () => {
      cancelled = true
      observer.disconnect()
      window.removeEventListener('load', start)
    }
  }, [moduleUrl])
  return null
}
