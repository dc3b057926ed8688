import Link from 'next/link'
import type { SitePage } from '@/lib/content/site'

/** The pages of a section that has no text of its own (like Hugo's list page, or hugo-book's section shortcode). */
export function SectionList({ pages, label }: { pages: SitePage[]; label: string }) {
  if (pages.length === 0) return null
  return (
    <section className="section-list" aria-label={label}>
      {pages.map((page) => (
        <article key={page.url} className="section-list-item">
          <h2>
            <Link href={page.url} prefetch={false}>
              {page.linkTitle}
            </Link>
          </h2>
          {page.summary && <p>{page.summary}</p>}
        </article>
      ))}
    </section>
  )
}
