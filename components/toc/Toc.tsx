import type { TocItem } from '@/lib/toc/toc-tree'
import { TocSpy } from './TocSpy.client'

/** The right-hand table of contents; on phones the same panel opens from the header's ToC button. */
export function Toc({ items, label }: { items: TocItem[]; label: string }) {
  return (
    <aside className="book-toc" id="book-toc">
      <div className="book-toc-content">
        <nav aria-label={label} className="toc">
          <p className="toc-title" aria-hidden="true">
            {label}
          </p>
          <TocList items={items} />
        </nav>
      </div>
      <TocSpy />
    </aside>
  )
}

function TocList({ items }: { items: TocItem[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <a href={`#${item.id}`} data-toc-id={item.id}>
            {item.text}
          </a>
          {item.children.length > 0 && <TocList items={item.children} />}
        </li>
      ))}
    </ul>
  )
}
