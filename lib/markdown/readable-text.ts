import type { Element, ElementContent, Root, RootContent } from 'hast'
import { toText } from 'hast-util-to-text'

/**
 * A node's text as a reader would name it. Built-time KaTeX writes each formula three times
 * (MathML, its TeX annotation, the drawn glyphs), so plain text reads `x2x^2x2`: a formula
 * counts once, as its TeX (`x^2`), in headings, anchor labels, the ToC and the search index.
 */
export function readableText(node: Root | RootContent | ElementContent): string {
  return toText(withFormulasAsTex(node) as Element)
}

function withFormulasAsTex<T extends Root | RootContent | ElementContent>(node: T): T | RootContent {
  if (node.type === 'element' && isFormula(node)) {
    const tex = findAnnotation(node)
    if (tex !== undefined) return { type: 'text', value: tex }
  }
  if (node.type !== 'element' && node.type !== 'root') return node
  // Most text holds no formula: copy only the branches that change.
  const children = node.children.map((child) => withFormulasAsTex(child))
  return children.every((child, index) => child === node.children[index]) ? node : ({ ...node, children } as T)
}

function isFormula(node: Element): boolean {
  const classes = node.properties['className']
  return Array.isArray(classes) && classes.includes('katex')
}

function findAnnotation(node: Element): string | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'annotation') return toText(child)
    const found = findAnnotation(child)
    if (found !== undefined) return found
  }
  return undefined
}
