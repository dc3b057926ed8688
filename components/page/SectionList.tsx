import type { Page } from 'contentlayer/generated'

/**
 * The pages of a section that has no text of its own, as hugo-book's `section` shortcode lists
 * them with `summary` (the same markup and look): each page's title, then its front-matter
 * description, else its summary. Off with the site setting `listEmptySections: false`.
 */
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
      <dl className="book-section-list">
        {pages.flatMap((page) => {
          const text = page.meta.description ?? page.summary
          return [
            <dt key={`${page.url}:title`}>
              <a href={href(page.url)}>{page.linkTitle}</a>
            </dt>,
            ...(text ? [<dd key={`${page.url}:text`}>{text}</dd>] : []),
          ]
        })}
      </dl>
    </section>
  )
}
