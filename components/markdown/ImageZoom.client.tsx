'use client'

import { useEffect } from 'react'

/**
 * Opens the body's images enlarged (image-zoom.ts). Rendered only on pages whose body has an
 * image in a link to its file; the island is this loader alone, so the route's shared chunk
 * gains next to nothing, and the zoom's code is fetched only where an image is.
 */
export function ImageZoom({ label, close }: { label: string; close: string }) {
  useEffect(() => {
    let detach: (() => void) | undefined
    let cancelled = false
    void import('./image-zoom').then(({ attachImageZoom }) => {
      if (!cancelled) detach = attachImageZoom({ label, close })
    })
    return () => {
      cancelled = true
      detach?.()
    }
  }, [label, close])
  return null
}
