import type { ReactNode } from 'react'

/** `<Details title="…" open>…</Details>`: a disclosure that works without script, as `{{< details >}}`. */
export function Details({ title, open = false, children }: { title: ReactNode; open?: boolean; children?: ReactNode }) {
  return (
    <details className="book-details" open={open}>
      <summary>{title}</summary>
      <div className="markdown-inner">{children}</div>
    </details>
  )
}
