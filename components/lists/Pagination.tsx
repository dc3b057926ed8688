import type { ListWords, UiWords } from '@/lib/i18n/words'
import { pagerUrl, pagerWindow, type Pager } from '@/lib/site/pagination'

/** Previous / next pager and the page numbers around this one (hidden when the list fits on one pager). */
export function Pagination({
  pager,
  listUrl,
  text,
  listWords,
  href,
}: {
  pager: Pager<unknown>
  /** A site path as the HTML writes it (Site.href). */
  href: (url: string) => string
  listUrl: string
  text: UiWords
  listWords: ListWords
}) {
  if (pager.count <= 1) return null
  return (
    <nav className="pagination" aria-label={listWords.pagination}>
      {pager.previous ? (
        <a href={href(pager.previous)} rel="prev" className="pagination-step prev">
          ← {text.previous}
        </a>
      ) : (
        <span className="pagination-step prev" aria-hidden="true" />
      )}
      <ol className="pagination-numbers">
        {pagerWindow(pager.number, pager.count).map((number) => (
          <li key={number}>
            {number === pager.number ? (
              <span aria-current="page" aria-label={listWords.pageNumber(number)}>
                {number}
              </span>
            ) : (
              <a href={href(pagerUrl(listUrl, number))} aria-label={listWords.pageNumber(number)}>
                {number}
              </a>
            )}
          </li>
        ))}
      </ol>
      {pager.next ? (
        <a href={href(pager.next)} rel="next" className="pagination-step next">
          {text.next} →
        </a>
      ) : (
        <span className="pagination-step next" aria-hidden="true" />
      )}
    </nav>
  )
}
