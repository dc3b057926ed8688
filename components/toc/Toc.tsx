import type { TocItem } from '@/lib/toc/toc-tree'
import { PRERENDERED_MARK } from '@/lib/formats/prerendered-html'
import { tocItemsHtml } from '@/lib/toc/toc-html'
import { PrerenderedHtml } from '../markdown/PrerenderedHtml.client'
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
          {/* A string, not a React tree: the build leaves it out of the payload the page hydrates from (lib/formats/prerendered-html.ts). */}
          <PrerenderedHtml name="toc" element="ul" html={PRERENDERED_MARK + tocItemsHtml(items)} />
        </nav>
      </div>
      <TocSpy />
    </aside>
  )
}
