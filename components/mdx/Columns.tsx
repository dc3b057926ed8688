import { Children, cloneElement, type ReactNode } from 'react'
import { growClass } from '@/lib/markdown/shortcodes/builtins/columns'
import { contentChildren, extraClasses, isTag } from './children'

/**
 * `<Columns ratio="1:2"><Column>…</Column><Column>…</Column></Columns>`, as `{{% columns %}}`
 * with `<--->` between the columns (a line MDX cannot hold); or, as hugo-book's newer form, a
 * Markdown list inside `<Columns>`, one item per column. The ratio gives the columns' widths.
 */
export function Columns(props: { ratio?: string; className?: string; class?: string; children?: ReactNode }) {
  const ratio = (props.ratio ?? '').split(':')
  const className = ['book-columns', ...extraClasses(props)].join(' ')
  const content = contentChildren(props.children)
  const columnClass = (index: number) => `book-column markdown-inner ${growClass(ratio, index)}`
  const listIndex = content.findIndex((child) => isTag(child, 'ul', 'ol'))
  if (listIndex !== -1) {
    return (
      <div className={className}>
        {content.map((child, position) => {
          if (position !== listIndex || !isTag(child, 'ul', 'ol')) return child
          let index = 0
          const items = Children.map(child.props.children, (item) =>
            isTag(item, 'li') ? cloneElement(item, { className: columnClass(index++) }) : item,
          )
          return cloneElement(child, { className: 'book-columns-list' }, items)
        })}
      </div>
    )
  }
  return (
    <div className={className}>
      {content.map((column, index) => (
        <div key={index} className={columnClass(index)}>
          {column}
        </div>
      ))}
    </div>
  )
}

/** One column inside `<Columns>`: its content (Columns draws the column). */
export function Column({ children }: { children?: ReactNode }) {
  return <>{children}</>
}
