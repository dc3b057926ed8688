import { Fragment } from 'react'
import type { PageResult, Segment } from '@/lib/search/browser'

interface SearchResultsProps {
  id: string
  label: string
  results: PageResult[]
  hidden: boolean
  /** Index of the active option across all pages. */
  active: number
  optionId: (index: number) => string
  onHover: (index: number) => void
  onChoose: (page: PageResult) => void
}

/**
 * Results grouped by page; each matching section is an option that is itself the link to
 * `page#heading`. Snippets are text segments: content and query can never become HTML.
 */
export function SearchResults({ id, label, results, hidden, active, optionId, onHover, onChoose }: SearchResultsProps) {
  // Options are numbered across pages: the first option of each page follows the previous page's last.
  const firstOption: number[] = []
  for (const pageIndex of results.keys())
    firstOption.push(pageIndex === 0 ? 0 : firstOption[pageIndex - 1]! + results[pageIndex - 1]!.sections.length)
  return (
    <div role="listbox" id={id} aria-label={label} className="search-results" hidden={hidden}>
      {results.map((page, pageIndex) => (
        <div key={page.url} role="group" aria-labelledby={`${id}-page-${pageIndex}`} className="search-page">
          <div id={`${id}-page-${pageIndex}`} className="search-page-title">
            {page.pageTitle}
            {page.breadcrumb && <span className="search-page-breadcrumb">{page.breadcrumb}</span>}
          </div>
          {page.sections.map((section, sectionIndex) => {
            const optionIndex = firstOption[pageIndex]! + sectionIndex
            return (
              <a
                key={section.href}
                href={section.href}
                role="option"
                id={optionId(optionIndex)}
                aria-selected={optionIndex === active}
                tabIndex={-1}
                className="search-option"
                onMouseMove={() => onHover(optionIndex)}
                onClick={() => onChoose(page)}
              >
                <span className="search-option-heading">{section.heading ?? page.pageTitle}</span>
                {section.snippet.length > 0 && (
                  <span className="search-option-snippet">
                    <Snippet segments={section.snippet} />
                  </span>
                )}
              </a>
            )
          })}
        </div>
      ))}
    </div>
  )
}

function Snippet({ segments }: { segments: Segment[] }) {
  return segments.map((segment, position) =>
    segment.mark ? <mark key={position}>{segment.text}</mark> : <Fragment key={position}>{segment.text}</Fragment>,
  )
}
