import type { MenuEntry } from '@/lib/config/site-config'
import type { UiText } from '@/lib/config/ui-text'

/** The site's `before` / `after` menu entries (hugo-book's menu.before / menu.after). */
export function MenuEntries({ entries, className, text }: { entries: MenuEntry[]; className: string; text: UiText }) {
  if (entries.length === 0) return null
  const ordered = [...entries].sort((a, b) => (a.weight ?? Number.MAX_SAFE_INTEGER) - (b.weight ?? Number.MAX_SAFE_INTEGER))
  return (
    <ul className={className}>
      {ordered.map((entry) => {
        const external = /^[a-z][a-z\d+.-]*:\/\//i.test(entry.url)
        return (
          <li key={entry.name + entry.url}>
            <a className="menu-link" href={entry.url} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
              {entry.name}
              {external && <span className="visually-hidden">{text.opensInNewTab}</span>}
            </a>
          </li>
        )
      })}
    </ul>
  )
}
