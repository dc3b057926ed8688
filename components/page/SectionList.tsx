import type { Page } from 'contentlayer/generated'

/** The pages of a section that has no text of its own (like Hugo's list page, or hugo-book's section shortcode). */
export function SectionList({
  pages,
  label,
  href,
}: {
  pages: Page[]
  label: string
  /** A site path as the HTML writes it (Site.href). */
  href: (url: string) => string
}) {
  if (pages.length === 0) return null
  return (
    <section className="section-list" aria-label={label}>
      {pages.map((page) => (
        <article key={page.url} className="section-list-item">
          <h2>
            <a href={href(page.url)}>{page.linkTitle}</a>
          </h2>
          {page.description && <p>{page.description}</p>}
        </article>
      ))}
    </section>
  )
}
