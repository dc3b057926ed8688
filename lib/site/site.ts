import type { Page } from 'contentlayer/generated'
import type { SiteConfig } from '../config/site-config'
import { ContentError } from '../diagnostics/content-error'
import { withBasePath } from '../formats/base-path'
import type { LanguageLink } from './translations'
import { fillSectionLists, hasSectionList } from './section-lists'
import { mergeMenuEntries, type MenuEntries } from './menu-entries'
import { menuTrail, previousAndNext, readingOrder, type NavLink } from './navigation'
import { createPageComparator } from '../content/order'
import { buildMenuTree, type SectionNode, type TreeEntry } from './tree'
import { isMenuBundleFile } from './menu-bundle'

/**
 * One language of the site: its pages (contentlayer's `Page` documents: one per content file and
 * per folder Hugo makes a section without `_index.md`), menu, order and trails.
 */
export interface Site {
  config: SiteConfig
  pages: Page[]
  /** A site path as the HTML writes it, under the language's base path (`/docs/a/` → `/repo/zh/docs/a/`); other URLs as they are. */
  href(url: string): string
  /** A file published once for the whole site (static/, the vendor files, the book's icon), under the site's base path (`/repo/vendor/…`). */
  fileHref(url: string): string
  /** Site path of the menu file (`/menu/tree.<hash>.json`), when the build named one. */
  menuFile?: string
  /** Every language of the site with where it leads from this page; none for a site of one language. */
  languageLinks(page: { filePath?: string; url: string }): LanguageLink[]
  page(url: string): Page | undefined
  /** The book menu (the tree of the book section); undefined if the section is missing. */
  menu: SectionNode | undefined
  /** BookMenuBundle: the bundle's rendered Markdown, shown instead of the tree (lib/site/menu-bundle.ts). */
  menuBundle?: string
  /** Pages in menu order, for previous / next. */
  order: NavLink[]
  /** The `before` / `after` menu entries: configured ones and front-matter ones (`menu: after`), in weight order. */
  menuEntries: MenuEntries
  /** Sections above the page, from the top (home not included), each with its URL when it has a page to show. */
  breadcrumbs(page: Page): NavLink[]
  /** Direct children of a section in Hugo's order (drafts and hidden pages left out). */
  children(section: Page): Page[]
  previousAndNext(page: Page): { previous?: NavLink; next?: NavLink }
  /** URLs of the menu nodes from the top down to this page. */
  trail(page: Page): string[]
}

function toTreeEntry(page: Page): TreeEntry {
  return {
    url: page.url,
    filePath: page.filePath ?? `${page.sectionDir}/`,
    kind: page.kind,
    sectionDir: page.sectionDir,
    parentDir: page.parentDir,
    linkTitle: page.linkTitle,
    sortTitle: page.sortTitle,
    weight: page.meta.weight,
    date: page.meta.date,
    hasContent: page.hasContent,
    hidden: page.meta.bookHidden,
    flat: page.meta.bookFlatSection,
    collapsible: page.meta.bookCollapseSection,
    externalHref: page.meta.bookHref,
  }
}

export interface SiteOptions {
  /** The path the whole site is served under, when the language's pages are under a folder of it (`/repo` for `/repo/zh`). */
  siteBasePath?: string
  /** Site path of the file large books load their left-out menu sections from (named by the build, lib/build/site-step.ts). */
  menuFile?: string
  /** A page's translations, for the language menu and hreflang links (a site of several languages, lib/site/translations.ts). */
  languageLinks?: (page: { filePath?: string; url: string }) => LanguageLink[]
}

/**
 * Builds a language's site model from its documents: menu ordered, section lists filled in,
 * trails and neighbours known.
 */
export function createSite(documents: readonly Page[], config: SiteConfig, options: SiteOptions = {}): Site {
  const { menuBundle } = config
  const bundle = menuBundle ? documents.find((page) => isMenuBundleFile(page.filePath, menuBundle)) : undefined
  // A headless bundle makes no page: the build rendered it only for its HTML (lib/build/sources/menu-bundle-source.ts).
  // The pages are copies: their section lists are filled in below.
  const pages = documents.filter((page) => page !== bundle || !page.meta.headless).map((page) => ({ ...page }))

  const byUrl = new Map<string, Page>()
  for (const page of pages) {
    const existing = byUrl.get(page.url)
    if (existing) {
      throw new ContentError({
        file: page.filePath ?? page.url,
        message: `has the same URL ${page.url} as ${existing.filePath ?? 'a section folder'}`,
        hint: 'rename one of the files, or give one a different slug or url in its front matter',
      })
    }
    byUrl.set(page.url, page)
  }
  const sectionByDir = new Map(pages.filter((page) => page.isSection).map((page) => [page.sectionDir!, page]))
  const menu = buildMenuTree(pages.map(toTreeEntry), config.bookSection, config.language)
  const order = menu ? readingOrder(menu) : []
  const compare = createPageComparator(config.language)
  const children = (section: Page): Page[] =>
    pages
      .filter(
        (page) =>
          section.sectionDir !== undefined &&
          page.parentDir === section.sectionDir &&
          !page.meta.bookHidden &&
          (page.isSection || page.hasContent),
      )
      .sort((a, b) => compare(toTreeEntry(a), toTreeEntry(b)))
  for (const page of pages) {
    if (hasSectionList(page.html))
      page.html = fillSectionLists(
        page.html,
        (dir) => (sectionByDir.has(dir) ? children(sectionByDir.get(dir)!) : []),
        config.basePath,
      )
  }

  return {
    config,
    pages,
    href: (url) => withBasePath(config.basePath, url),
    fileHref: (url) => withBasePath(options.siteBasePath ?? config.basePath, url),
    ...(options.menuFile === undefined ? {} : { menuFile: options.menuFile }),
    languageLinks: (page) => options.languageLinks?.(page) ?? [],
    page: (url) => byUrl.get(url),
    menu,
    ...(bundle ? { menuBundle: bundle.html } : {}),
    order,
    menuEntries: mergeMenuEntries(config.menu, pages),
    breadcrumbs(page) {
      const crumbs: NavLink[] = []
      let dir = page.parentDir
      while (dir !== undefined) {
        const section = sectionByDir.get(dir)
        if (!section) break
        // Left out: home (the trail starts there anyway), the book's root section (the menu
        // itself) and folders without _index.md (no title of the author's choosing).
        if (section.kind !== 'home' && section.filePath && section.sectionDir !== config.bookSection) {
          crumbs.unshift({ url: section.hasContent ? section.url : '', title: section.linkTitle })
        }
        dir = section.parentDir
      }
      return crumbs
    },
    children,
    previousAndNext: (page) => previousAndNext(order, page.url),
    trail: (page) => (menu ? menuTrail(menu, page.url).map((node) => node.url) : []),
  }
}
