import type { ReactNode } from 'react'

/** `<Hint type="warning">…</Hint>`: a coloured note, as `{{< hint warning >}}` (types: info, note, tip, success, warning, danger, caution, important). */
export function Hint({ type = 'default', children }: { type?: string; children?: ReactNode }) {
  return <blockquote className={`book-hint ${type.toLowerCase()}`}>{children}</blockquote>
}
