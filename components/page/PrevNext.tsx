import type { NavLink } from '@/lib/site/navigation'
import type { UiWords } from '@/lib/i18n/words'

/** Previous / next page in menu order. */
export function PrevNext({
  previous,
  next,
  text,
  href,
}: {
  previous?: NavLink
  next?: NavLink
  text: UiWords
  /** A site path as the HTML writes it (Site.href). */
  href: (url: string) => string
}) {
  if (!previous && !next) return null
  return (
    <nav className="prev-next" aria-label={`${text.previous} / ${text.next}`}>
      {previous ? (
        <a href={href(previous.url)} className="prev-next-link prev" rel="prev">
          <span className="prev-next-label">← {text.previous}</span>
          <span className="prev-next-title">{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a href={href(next.url)} className="prev-next-link next" rel="next">
          <span className="prev-next-label">{text.next} →</span>
          <span className="prev-next-title">{next.title}</span>
        </a>
      )}
    </nav>
  )
}
