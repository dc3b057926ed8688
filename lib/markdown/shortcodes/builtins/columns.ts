import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { param, type ShortcodeRenderer } from '../context'

/** Column widths as classes (book-grow-1 … book-grow-12): no inline styles, which a strict CSP forbids. */
export function growClass(ratio: string[], index: number): string {
  const value = Math.round(Number(ratio[index]))
  return `book-grow-${Number.isFinite(value) && value >= 1 ? Math.min(value, 12) : 1}`
}

/**
 * `{{< columns >}} A <---> B {{< /columns >}}` (columns separated by `<--->` lines), or the
 * newer list form `{{% columns ratio="1:2" %}}` with one list item per column.
 */
export const columns: ShortcodeRenderer = (context) => {
  const ratio = (param(context.node, -1, 'ratio') ?? '').split(':')
  const extraClass = param(context.node, -1, 'class')
  const className = ['book-columns', ...(extraClass ? extraClass.split(/\s+/) : [])]
  const text = context.innerText()
  if (/^\s*<--->\s*$/m.test(text)) {
    const parts = context.innerParts(/^\s*<--->\s*$/m)
    return [
      h(
        'div',
        { className },
        parts.map((part, index) =>
          h('div', { className: ['book-column', 'markdown-inner', growClass(ratio, index)] }, part),
        ),
      ),
    ]
  }
  const inner = context.inner()
  const list = inner.find(
    (node): node is Element => node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol'),
  )
  if (!list) {
    context.warn(
      'columns has neither a list nor <---> separators',
      'write one list item per column, or separate the columns with lines of <--->',
    )
    return [h('div', { className }, inner)]
  }
  let index = 0
  for (const item of list.children) {
    if (item.type === 'element' && item.tagName === 'li') {
      item.properties['className'] = ['book-column', 'markdown-inner', growClass(ratio, index++)]
    }
  }
  list.properties['className'] = ['book-columns-list']
  return [h('div', { className }, inner as ElementContent[])]
}
