import type { NavLink } from '@/lib/site/navigation'

/** Home › sections › this page. Sections without a page of their own are plain text. */
export function Breadcrumbs({
  home,
  crumbs,
  current,
  label,
  href,
}: {
  /** A site path as the HTML writes it (Site.href). */
  href: (url: string) => string
  home: string
  crumbs: NavLink[]
  current: string
  label: string
}) {
  return (
    <nav className="breadcrumbs" aria-label={label}>
      <ol>
        <li>
          <a href={href('/')}>{home}</a>
        </li>
        {crumbs.map((crumb, index) => (
          <li key={`${index}-${crumb.title}`}>
            {crumb.url ? <a href={href(crumb.url)}>{crumb.title}</a> : <span>{crumb.title}</span>}
          </li>
        ))}
        <li>
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  )
}
