import type { SitePage } from '@/lib/site/site'
import { publicUrl } from '@/lib/site/public-url'

/** The pages of a section that has no text of its own (like Hugo's list page, or hugo-book's section shortcode). */
export function SectionList({ pages, label }: { pages: SitePage[]; label: string }) {
  if (pages.length === 0) return null
  return (
    <section className="section-list" aria-label={label}>
      {pages.map((page) => (
        <article key={page.url} className="section-list-item">
          <h2>
            <a href={publicUrl(page.url)}>{page.linkTitle}</a>
          </h2>
          {page.description && <p>{page.description}</p>}
        </article>
      ))}
    </section>
  )
}
