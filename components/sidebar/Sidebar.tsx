import type { Site } from '@/lib/site/site'
import type { ThemeChoice } from '@/lib/config/site-config'
import { wordsFor, type UiWords } from '@/lib/i18n'
import { menuWithinBudget } from '@/lib/site/menu-budget'
import { menuTreeFile } from '@/lib/site/menu-file'
import { ThemeToggle } from '../theme/ThemeToggle.client'
import { MenuEntries } from './MenuEntries'
import { MenuScroll } from './MenuScroll.client'
import { DeferredMenuList } from './DeferredMenuList.client'
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
  const text = wordsFor(config.language).words.ui
  const menuWords = { expandSection: text.expandSection, opensInNewTab: text.opensInNewTab }
  const openUrls = new Set(trail)
  const menu = menuWithinBudget(site.menu?.children ?? [], openUrls, config.menuInlineLinks)
  const deferred = menu.deferred ? { treeUrl: menuTreeFile(site).url, List: DeferredMenuList } : undefined
  return (
    <aside className="book-menu" id="book-menu">
      <div className="book-menu-content" data-menu-scroll>
        <nav aria-label={text.bookNavigation}>
          <div className="book-brand">
            <a href="/" className="book-brand-link">
              {config.title}
            </a>
            <ThemeToggle defaultTheme={config.theme} labels={themeLabels(text)} names={text.themeNames} />
          </div>
          {search}
          <MenuEntries entries={site.menuEntries.before} className="menu-entries menu-before" opensInNewTab={text.opensInNewTab} currentUrl={currentUrl} />
          {site.menu && (
            <div className="menu-tree">
              <MenuTree nodes={menu.nodes} context={{ currentUrl, openUrls, words: menuWords, deferred }} />
            </div>
          )}
          <MenuEntries entries={site.menuEntries.after} className="menu-entries menu-after" opensInNewTab={text.opensInNewTab} currentUrl={currentUrl} />
        </nav>
      </div>
      <MenuScroll />
    </aside>
  )
}

/** The theme button's label for each choice ("配色：深色"), made here: functions do not reach client components. */
function themeLabels({ themeLabel, themeNames, labelValue }: UiWords): Record<ThemeChoice, string> {
  return { auto: labelValue(themeLabel, themeNames.auto), light: labelValue(themeLabel, themeNames.light), dark: labelValue(themeLabel, themeNames.dark) }
}
