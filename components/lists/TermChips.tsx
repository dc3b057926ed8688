import type { Site } from '@/lib/site/site'
import { termLink, type TaxonomyName } from '@/lib/site/taxonomies'

/** A page's categories or tags as chips, each linking to its term page; `label` is read before them by screen readers ("Tags: "). */
export function TermChips({
  site,
  taxonomy,
  label,
  terms,
}: {
  site: Site
  taxonomy: TaxonomyName
  label: string
  terms: string[]
}) {
  if (terms.length === 0) return null
  return (
    <span className={`page-meta-terms page-meta-${taxonomy}`}>
      <span className="visually-hidden">{label}</span>
      {terms.map((term, index) => {
        const url = termLink(site.config, taxonomy, term)
        return url ? (
          <a key={`${index}-${term}`} className="term" href={site.href(url)}>
            {term}
          </a>
        ) : (
          <span key={`${index}-${term}`} className="term">
            {term}
          </span>
        )
      })}
    </span>
  )
}
