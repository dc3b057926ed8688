import type { Site } from '@/lib/site/site'
import { uiText } from '@/lib/config/ui-text'
import { menuWithinBudget } from '@/lib/site/menu-budget'
import { menuTreeFile } from '@/lib/site/menu-file'
import { ThemeToggle } from '../theme/ThemeToggle.client'
import { MenuEntries } from './MenuEntries'
import { MenuScroll } from './MenuScroll.client'
import { MenuTree } from './MenuTree'

interface SidebarProps {
  site: Site
  /** URL of the page being read; undefined on the 404 page. */
  currentUrl?: string
  /** URLs of the menu nodes from the top down to the current page. */
  trail: string[]
  /** Slot for the search box. */
  search?: React.ReactNode
}

/** The left column: brand, search, `before` entries, the book tree, `after` entries. */
export function Sidebar({ site, currentUrl, trail, search }: SidebarProps) {
  const { config } = site
  const text = uiText(config.language)
  const openUrls = new Set(trail)
  const menu = menuWithinBudget(site.menu?.children ?? [], openUrls, config.menuInlineLinks)
  const treeUrl = menu.deferred ? menuTreeFile(site).url : undefined
  return (
    <aside className="book-menu" id="book-menu">
      <div className="book-menu-content" data-menu-scroll>
        <nav aria-label={text.bookNavigation}>
          <div className="book-brand">
            <a href="/" className="book-brand-link">
              {config.title}
            </a>
            <ThemeToggle defaultTheme={config.theme} label={text.themeLabel} names={text.themeNames} />
          </div>
          {search}
          <MenuEntries entries={site.menuEntries.before} className="menu-entries menu-before" text={text} currentUrl={currentUrl} />
          {site.menu && (
            <div className="menu-tree">
              <MenuTree nodes={menu.nodes} context={{ currentUrl, openUrls, text, language: config.language, treeUrl }} />
            </div>
          )}
          <MenuEntries entries={site.menuEntries.after} className="menu-entries menu-after" text={text} currentUrl={currentUrl} />
        </nav>
      </div>
      <MenuScroll />
    </aside>
  )
}
