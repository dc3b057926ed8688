import { Children, isValidElement, type ReactElement, type ReactNode } from 'react'
import { deindent } from '@/lib/markdown/shortcodes/context'

type TagElement = ReactElement<{ children?: ReactNode; className?: string }>

/**
 * The children that make a tab or a column: MDX puts line breaks between the blocks it
 * writes inside a component, which are not content.
 */
export function contentChildren(children: ReactNode): ReactNode[] {
  return Children.toArray(children).filter((child) => !(typeof child === 'string' && child.trim() === ''))
}

/** An element MDX made for a Markdown construct (`p`, `ul`): its type is the tag name. */
export function isTag(node: ReactNode, ...tags: string[]): node is TagElement {
  return isValidElement(node) && typeof node.type === 'string' && tags.includes(node.type)
}

/**
 * A lone paragraph's content, for a label: `<Button>` with its text on lines of its own is a
 * paragraph in MDX, which does not belong inside a link (the shortcode unwraps it too).
 */
export function unwrapParagraph(children: ReactNode): ReactNode {
  const content = contentChildren(children)
  const only = content[0]
  return content.length === 1 && isTag(only, 'p') ? only.props.children : children
}

/**
 * The source of a diagram or a formula, however MDX handed it over: a string (written as
 * `{`…`}`), or paragraphs when it was written as lines of Markdown. Common indentation and
 * outer blank lines are removed, as from a shortcode's inner text.
 */
export function sourceText(children: ReactNode): string {
  if (typeof children === 'string') return deindent(children)
  return deindent(textContent(children).replace(/\n{3,}/g, '\n\n'))
}

function textContent(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return ''
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return String(node)
  if (Array.isArray(node)) return node.map((child: ReactNode) => textContent(child)).join('')
  if (!isValidElement<{ children?: ReactNode }>(node)) return ''
  const text = textContent(node.props.children)
  // A paragraph ended at a blank line in the source: put it back.
  return isTag(node, 'p') ? `${text}\n\n` : text
}

/** `className` (React's name) or `class` (hugo-book's parameter), split into classes. */
export function extraClasses(props: { className?: string; class?: string }): string[] {
  return (props.className ?? props.class ?? '').split(/\s+/).filter(Boolean)
}
