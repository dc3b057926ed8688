import type { ReactNode } from 'react'
import { sourceText } from './children'

/**
 * `<Mermaid>{`graph LR; A-->B`}</Mermaid>`: a diagram's source, drawn in the browser by the
 * page's diagram script (as for `{{< mermaid >}}` and ```mermaid blocks); shown as written
 * until then and without JavaScript.
 */
export function Mermaid({ children }: { children?: ReactNode }) {
  return <pre className="mermaid">{sourceText(children)}</pre>
}
