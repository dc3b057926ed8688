import type { LanguageLink } from '@/lib/site/translations'

/**
 * hugo-book's language menu (partials/docs/languages.html), under the search box: the language
 * being read, opening to every language of the site, each linking to this page's translation
 * or that language's home page. A <details> element: it opens without JavaScript. Each
 * language is another build (another Next app), so its links carry hreflang, which also tells
 * the client-side navigation to leave them to the browser.
 */
export function LanguageMenu({ links, label }: { links: LanguageLink[]; label: string }) {
  const current = links.find((link) => link.current)
  if (!current) return null
  return (
    <details className="book-languages">
      <summary>
        <svg
          className="book-languages-icon"
          viewBox="0 0 24 24"
          width="18"
          height="18"
          aria-hidden="true"
          focusable="false"
        >
          <path
            fill="currentColor"
            d="M12.87 15.07l-2.54-2.51.03-.03A17.52 17.52 0 0 0 14.07 6H17V4h-7V2H8v2H1v2h11.17C11.5 7.92 10.44 9.75 9 11.35 8.07 10.32 7.3 9.19 6.69 8h-2c.73 1.63 1.73 3.17 2.98 4.56l-5.09 5.02L4 19l5-5 3.11 3.11.76-2.04zM18.5 10h-2L12 22h2l1.12-3h4.75L21 22h2l-4.5-12zm-2.62 7l1.62-4.33L19.12 17h-3.24z"
          />
        </svg>
        <span className="visually-hidden">{label}: </span>
        {current.name}
      </summary>
      <ul>
        {links.map((link) => (
          <li key={link.key}>
            <a
              className="menu-link"
              href={link.href}
              hrefLang={link.key}
              aria-current={link.current ? 'true' : undefined}
            >
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
