import type { SiteConfig } from '../config/site-config'
import type { Heading, TextSection } from '../markdown/page-data'
import { ContentError } from '../diagnostics/content-error'
import type { IsoDate } from '../formats/dates'
import { implicitSectionDirs, implicitSectionUrl } from '../content/sources'
import { fillSectionLists, hasSectionList } from './section-lists'
import { mergeMenuEntries, type MenuEntries } from './menu-entries'
import { menuTrail, previousAndNext, readingOrder, type NavLink } from './navigation'
import { createPageComparator } from '../content/order'
import type { PageMeta } from '../content/page-meta'
import { type PageKind } from '../content/paths'
import { humanizeTitle } from '../content/title'
import { buildMenuTree, type SectionNode, type TreeEntry } from './tree'
import { isMenuBundleFile } from './menu-bundle'

/** A page of the built site: a content file, or a section folder that has no `_index.md`. */
export interface SitePage {
  url: string
  /** Path in the content folder; undefined for a section that has no `_index.md`. */
  filePath?: string
  kind: PageKind
  isSection: boolean
  sectionDir?: string
  parentDir: string | null
  title: string
  linkTitle: string
  sortTitle: string
  meta: PageMeta
  html: string
  hasContent: boolean
  headings: Heading[]
  /** The text between h2/h3 headings, for the search index. */
  sections: TextSection[]
  readingMinutes: number
  /** For `<meta name="description">` and section lists: front-matter description, else the first paragraph. */
  description: string
  /** For blog and taxonomy lists: Hugo's .Summary (front-matter summary, `<!--more-->`, or the opening). */
  summary: string
  /** The body opens with the page's title as a heading (lib/site/title-heading.ts): shown once, as the H1, and not in the ToC. */
  startsWithHeading: boolean
  usesMath: boolean
  usesMermaid: boolean
  /** Front-matter lastmod, else the last git commit of the file, else the page date. */
  lastmod?: IsoDate
}

export interface Site {
  config: SiteConfig
  pages: SitePage[]
  page(url: string): SitePage | undefined
  /** The book menu (the tree of the book section); undefined if the section is missing. */
  menu: SectionNode | undefined
  /** BookMenuBundle: the bundle's rendered Markdown, shown instead of the tree (lib/site/menu-bundle.ts). */
  menuBundle?: string
  /** Pages in menu order, for previous / next. */
  order: NavLink[]
  /** The `before` / `after` menu entries: configured ones and front-matter ones (`menu: after`), in weight order. */
  menuEntries: MenuEntries
  /** Sections above the page, from the top (home not included), each with its URL when it has a page to show. */
  breadcrumbs(page: SitePage): NavLink[]
  /** Direct children of a section in Hugo's order (drafts and hidden pages left out). */
  children(section: SitePage): SitePage[]
  previousAndNext(page: SitePage): { previous?: NavLink; next?: NavLink }
  /** URLs of the menu nodes from the top down to this page. */
  trail(page: SitePage): string[]
}

export interface CreateSiteOptions {
  /** Last commit dates by content path (see git-dates.ts). */
  gitDates?: Map<string, IsoDate>
}

const emptyMeta = (): PageMeta => ({
  weight: 0,
  draft: false,
  categories: [],
  tags: [],
  bookCollapseSection: false,
  bookFlatSection: false,
  bookHidden: false,
  bookSearchExclude: false,
  menus: [],
  headless: false,
  renderNever: false,
})

/** A folder Hugo treats as a section although it has no `_index.md` (a top-level folder, or home). */
function implicitSection(dir: string, siteTitle: string): SitePage {
  const segments = dir === '' ? [] : dir.split('/')
  const name = segments.at(-1) ?? ''
  return {
    url: implicitSectionUrl(dir),
    kind: dir === '' ? 'home' : 'section',
    isSection: true,
    sectionDir: dir,
    parentDir: dir === '' ? null : segments.slice(0, -1).join('/'),
    title: dir === '' ? siteTitle : humanizeTitle(name),
    linkTitle: dir === '' ? siteTitle : humanizeTitle(name),
    sortTitle: '',
    meta: emptyMeta(),
    html: '',
    hasContent: false,
    headings: [],
    sections: [],
    readingMinutes: 0,
    description: '',
    summary: '',
    startsWithHeading: false,
    usesMath: false,
    usesMermaid: false,
  }
}

function toTreeEntry(page: SitePage): TreeEntry {
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

/**
 * Builds the site model from the page records (lib/site/page-record.ts): sections completed,
 * menu ordered, section lists filled, last-modified dates known.
 */
export function createSite(records: readonly SitePage[], config: SiteConfig, options: CreateSiteOptions = {}): Site {
  const { menuBundle } = config
  const bundle = menuBundle ? records.find((page) => isMenuBundleFile(page.filePath, menuBundle)) : undefined
  // A headless bundle makes no page: the build staged it only for its HTML (lib/build/menu-bundle.ts).
  const pages = records
    .filter((page) => page !== bundle || !page.meta.headless)
    .map((page): SitePage => ({
      ...page,
      lastmod:
        page.meta.lastmod ?? (page.filePath ? options.gitDates?.get(page.filePath) : undefined) ?? page.meta.date,
    }))

  const sectionDirs = new Set(pages.filter((page) => page.isSection).map((page) => page.sectionDir!))
  for (const dir of implicitSectionDirs(pages, sectionDirs)) pages.push(implicitSection(dir, config.title))

  const byUrl = new Map<string, SitePage>()
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
  const children = (section: SitePage): SitePage[] =>
    pages
      .filter(
        (page) => page.parentDir === section.sectionDir && !page.meta.bookHidden && (page.isSection || page.hasContent),
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
    page: (url) => byUrl.get(url),
    menu,
    ...(bundle ? { menuBundle: bundle.html } : {}),
    order,
    menuEntries: mergeMenuEntries(config.menu, pages),
    breadcrumbs(page) {
      const crumbs: NavLink[] = []
      let dir = page.parentDir
      while (dir !== null) {
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
