import type { Page } from 'contentlayer/generated'
import type { UiWords } from '@/lib/i18n/words'
import { dateOnly, formatDate } from '@/lib/formats/dates'
import type { Site } from '@/lib/site/site'
import { TermChips } from './TermChips'

/**
 * Pages as a blog lists them (hugo-book's posts list and term pages): the title linking
 * to the page, its date and terms, and its summary.
 */
export function PageList({ pages, site, text, label }: { pages: Page[]; site: Site; text: UiWords; label: string }) {
  return (
    <section className="page-list" aria-label={label}>
      {pages.map((page) => (
        <article key={page.url} className="page-list-item">
          <h2>
            <a href={site.href(page.url)}>{page.title}</a>
          </h2>
          {(page.meta.date || page.meta.categories.length > 0 || page.meta.tags.length > 0) && (
            <div className="page-meta page-list-meta">
              {page.meta.date && (
                <time dateTime={dateOnly(page.meta.date)}>{formatDate(page.meta.date, site.config.dateFormat)}</time>
              )}
              <TermChips
                site={site}
                taxonomy="categories"
                label={text.labelValue(text.categories, '')}
                terms={page.meta.categories}
              />
              <TermChips site={site} taxonomy="tags" label={text.labelValue(text.tags, '')} terms={page.meta.tags} />
            </div>
          )}
          {page.summary && <p className="page-list-summary">{page.summary}</p>}
        </article>
      ))}
    </section>
  )
}
