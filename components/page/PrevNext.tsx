import type { NavLink } from '@/lib/site/navigation'
import { publicUrl } from '@/lib/site/public-url'
import type { UiWords } from '@/lib/i18n/words'

/** Previous / next page in menu order. */
export function PrevNext({ previous, next, text }: { previous?: NavLink; next?: NavLink; text: UiWords }) {
  if (!previous && !next) return null
  return (
    <nav className="prev-next" aria-label={`${text.previous} / ${text.next}`}>
      {previous ? (
        <a href={publicUrl(previous.url)} className="prev-next-link prev" rel="prev">
          <span className="prev-next-label">← {text.previous}</span>
          <span className="prev-next-title">{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a href={publicUrl(next.url)} className="prev-next-link next" rel="next">
          <span className="prev-next-label">{text.next} →</span>
          <span className="prev-next-title">{next.title}</span>
        </a>
      )}
    </nav>
  )
}
