import type { Element } from 'hast'
import { h } from 'hastscript'
import type { ShortcodeRenderer } from '../context'

/** A diagram's source, drawn in the browser by the mermaid library (loaded only on pages that have one). */
export function mermaidBlock(source: string): Element {
  return h('pre', { className: ['mermaid'] }, source)
}

/** `{{< mermaid >}}graph LR; A-->B{{< /mermaid >}}`. */
export const mermaid: ShortcodeRenderer = (context) => [mermaidBlock(context.innerText())]
