import type { Site } from '@/lib/site/site'
import type { ThemeChoice } from '@/lib/config/site-config'
import { siteWordsFor, type UiWords } from '@/lib/i18n'
import { menuWithinBudget } from '@/lib/site/menu-budget'
import { menuBundleHtml } from '@/lib/site/menu-bundle'
import { LanguageMenu } from './LanguageMenu'
import { ThemeToggle } from '../theme/ThemeToggle.client'
import { MenuEntries } from './MenuEntries'
import { MenuScroll } from './MenuScroll.client'
import { DeferredMenu } from './DeferredMenu.client'
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
  const text = siteWordsFor(config).ui
  const menuWords = { expandSection: text.expandSection, opensInNewTab: text.opensInNewTab }
  const openUrls = new Set(trail)
  const menu = menuWithinBudget(site.menu?.children ?? [], openUrls, config.menuInlineLinks)

  return (
    <aside className="book-menu" id="book-menu">
      <div className="book-menu-content" data-menu-scroll>
        <nav aria-label={text.bookNavigation}>
          <div className="book-brand">
            <a href={site.href('/')} className="book-brand-link">
              {/* BookLogo, from the site's static folder (next/image optimises nothing in a static export); decorative beside the title, which names the link. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              {config.logo && <img src={site.fileHref(config.logo)} alt="" className="book-brand-logo" />}
              <span className="book-brand-title">{config.title}</span>
            </a>
            <ThemeToggle defaultTheme={config.theme} labels={themeLabels(text)} names={text.themeNames} />
          </div>
          {search}
          <LanguageMenu
            links={site.languageLinks({
              filePath: currentUrl === undefined ? undefined : site.page(currentUrl)?.filePath,
              url: currentUrl ?? '/',
            })}
            label={text.languages}
          />
          <MenuEntries
            entries={site.menuEntries.before}
            className="menu-entries menu-before"
            opensInNewTab={text.opensInNewTab}
            currentUrl={currentUrl}
            href={site.href}
          />
          {site.menuBundle !== undefined ? (
            // BookMenuBundle: the bundle's own Markdown is the menu (lib/site/menu-bundle.ts).
            <div
              className="menu-tree menu-bundle"
              dangerouslySetInnerHTML={{
                __html: menuBundleHtml(site.menuBundle, currentUrl === undefined ? undefined : site.href(currentUrl)),
              }}
            />
          ) : (
            site.menu && (
              <div className="menu-tree">
                <MenuTree
                  nodes={menu.nodes}
                  context={{
                    currentUrl,
                    openUrls,
                    words: menuWords,
                    basePath: config.basePath,
                    deferred: menu.deferred,
                  }}
                />
                {menu.deferred && site.menuFile !== undefined && (
                  <DeferredMenu treeUrl={site.href(site.menuFile)} words={menuWords} basePath={config.basePath} />
                )}
              </div>
            )
          )}
          <MenuEntries
            entries={site.menuEntries.after}
            className="menu-entries menu-after"
            opensInNewTab={text.opensInNewTab}
            currentUrl={currentUrl}
            href={site.href}
          />
        </nav>
      </div>
      <MenuScroll />
    </aside>
  )
}

/** The theme button's label for each choice ("配色：深色"), made here: functions do not reach client components. */
function themeLabels({ themeLabel, themeNames, labelValue }: UiWords): Record<ThemeChoice, string> {
  return {
    auto: labelValue(themeLabel, themeNames.auto),
    light: labelValue(themeLabel, themeNames.light),
    dark: labelValue(themeLabel, themeNames.dark),
  }
}
