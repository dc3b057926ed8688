import { h } from 'hastscript'
import type { ShortcodeRenderer } from '../context'

/** `{{< hint info >}}…{{< /hint >}}`: a coloured note (hugo-book's book-hint). */
export const hint: ShortcodeRenderer = (context) => {
  const type = context.node.params.positional[0] ?? context.node.params.named['type'] ?? 'default'
  return [h('blockquote', { className: ['book-hint', type.toLowerCase()] }, context.inner())]
}
