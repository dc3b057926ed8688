import type { SiteConfig } from '@/lib/config/site-config'
import type { UiWords } from '@/lib/i18n/words'
import { dateOnly, formatDate } from '@/lib/formats/dates'
import type { SitePage } from '@/lib/site/site'
import { publicUrl } from '@/lib/site/public-url'
import { TermChips } from './TermChips'

/**
 * Pages as a blog lists them (hugo-book's posts list and term pages): the title linking
 * to the page, its date and terms, and its summary.
 */
export function PageList({
  pages,
  config,
  text,
  label,
}: {
  pages: SitePage[]
  config: SiteConfig
  text: UiWords
  label: string
}) {
  return (
    <section className="page-list" aria-label={label}>
      {pages.map((page) => (
        <article key={page.url} className="page-list-item">
          <h2>
            <a href={publicUrl(page.url)}>{page.title}</a>
          </h2>
          {(page.meta.date || page.meta.categories.length > 0 || page.meta.tags.length > 0) && (
            <div className="page-meta page-list-meta">
              {page.meta.date && (
                <time dateTime={dateOnly(page.meta.date)}>{formatDate(page.meta.date, config.dateFormat)}</time>
              )}
              <TermChips
                taxonomy="categories"
                label={text.labelValue(text.categories, '')}
                terms={page.meta.categories}
              />
              <TermChips taxonomy="tags" label={text.labelValue(text.tags, '')} terms={page.meta.tags} />
            </div>
          )}
          {page.summary && <p className="page-list-summary">{page.summary}</p>}
        </article>
      ))}
    </section>
  )
}
