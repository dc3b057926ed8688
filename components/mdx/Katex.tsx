import type { ElementContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { createElement, type ReactNode } from 'react'
import { renderMath } from '@/lib/markdown/shortcodes/builtins/katex'
import { sourceText } from './children'

export interface KatexProps {
  /** The TeX, as children: `<Katex>x^2</Katex>`, or `{String.raw`\frac{a}{b}`}` when it has braces. */
  children?: ReactNode
  /** The TeX as an attribute, where MDX takes braces and backslashes as written: `math="\frac{a}{b}"`. */
  math?: string
  /** A block of its own, centred, rather than inside the line. */
  display?: boolean
  /** Told when KaTeX cannot read the formula (which is then shown as written). */
  onError?: (message: string, hint?: string) => void
}

/**
 * `<Katex display>…</Katex>`, as `{{< katex >}}`: typeset at build time by the same code as
 * Markdown pages' math (HTML, with MathML for screen readers), so the page needs only KaTeX's
 * stylesheet, and no script.
 */
export function Katex({ children, math, display = false, onError = () => {} }: KatexProps) {
  return <>{renderMath(math ?? sourceText(children), display, onError).map(hastElement)}</>
}

/**
 * One element of KaTeX's output: its tag and class as React's, its content as HTML, the same
 * bytes a Markdown page has (KaTeX's roots, `span.katex`, `div.math-display`, `code.math-error`,
 * carry no other attribute).
 */
function hastElement(node: ElementContent, key: number): ReactNode {
  if (node.type === 'text') return node.value
  if (node.type !== 'element') return null
  const { className } = node.properties
  return createElement(node.tagName, {
    key,
    className: Array.isArray(className) ? className.join(' ') : undefined,
    dangerouslySetInnerHTML: { __html: toHtml(node.children) },
  })
}
