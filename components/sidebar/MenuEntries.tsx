import { isExternalUrl } from '@/lib/formats/text'
import type { MenuEntry } from '@/lib/config/site-config'
import { safeUrl } from '@/lib/security/urls'

/**
 * The site's `before` / `after` menu entries (hugo-book's menu.before / menu.after), in the
 * order the site model gives them (lib/content/menu-entries.ts: by weight, then as written).
 */
export function MenuEntries({
  entries,
  className,
  opensInNewTab,
  currentUrl,
  href: siteHref,
}: {
  /** A site path as the HTML writes it (Site.href). */
  href: (url: string) => string
  entries: MenuEntry[]
  className: string
  opensInNewTab: string
  currentUrl?: string
}) {
  if (entries.length === 0) return null
  return (
    <ul className={className}>
      {entries.map((entry) => {
        const external = isExternalUrl(entry.url)
        const href = safeUrl(entry.url)
        return (
          <li key={entry.name + entry.url}>
            <a
              className="menu-link"
              href={href && siteHref(href)}
              aria-current={!external && entry.url === currentUrl ? 'page' : undefined}
              {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
            >
              {entry.name}
              {external && <span className="visually-hidden">{opensInNewTab}</span>}
            </a>
          </li>
        )
      })}
    </ul>
  )
}
