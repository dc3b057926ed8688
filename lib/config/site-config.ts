/** The settings a site owner edits in `site.config.ts`; everything has a default. */
import { basePathOf, normalizeBasePath } from '../formats/base-path'
import type { HugoParams } from '../formats/hugo-params'

export interface MenuEntry {
  /**
   * What the menu shows for an entry with a plain url. An entry tied to a page (pageRef) shows the
   * page's link title whatever its name, as hugo-book's menu-hugo.html does (lib/site/menu-entries.ts).
   */
  name: string
  /** Where it links; with a pageRef, the page's URL replaces it when the page exists ('' when none was written). */
  url: string
  /** A page of the content folder, as Hugo's menu pageRef (`/docs/intro`, `docs/intro.md`); resolved by the site model. */
  pageRef?: string
  /** Lower weights come first; entries without one keep their written order after weighted ones. */
  weight?: number
}

export type ThemeChoice = 'auto' | 'light' | 'dark'

/** A site's own words for hugo-book's i18n ids (`Search`, `Edit this page`, `Expand`), over the dictionary's. */
export interface InterfaceTranslations {
  search?: string
  editPage?: string
  expand?: string
}

export interface SiteConfig {
  title: string
  /** BCP 47 language of the book; sets `<html lang>`, collation of titles and date words. */
  language: string
  /** Hugo's languageCode as written: the RSS feeds' `<language>`, which they leave out without one (as Hugo's do). */
  languageCode?: string
  description: string
  /** Absolute site address, for sitemap, canonical and Open Graph URLs. */
  baseURL: string
  /**
   * The path the site is served under, without a trailing slash: `/repo` for
   * `baseURL = "https://owner.github.io/repo/"` (its path, unless BASE_PATH says otherwise),
   * plus the language's folder (`/repo/zh`) when a language is built under one; '' at the root.
   */
  basePath: string
  /** The section whose tree is the menu (hugo-book's BookSection). */
  bookSection: string
  /** Heading levels in the table of contents (Hugo's markup.tableOfContents). */
  toc: { startLevel: number; endLevel: number; show: boolean }
  theme: ThemeChoice
  menu: { before: MenuEntry[]; after: MenuEntry[] }
  /** Where the sources live; enables "edit this page". `{path}` is the file path in the content folder. */
  repository?: { url: string; editLink: string }
  /** A Go reference layout, as Hugo's BookDateFormat: `2006年1月2日`, `January 2, 2006`. */
  dateFormat: string
  /** TeX between these delimiters is math (Hugo's markup.goldmark.extensions.passthrough). */
  math: MathConfig
  /** Raw HTML in Markdown is kept (Hugo's markup.goldmark.renderer.unsafe). */
  unsafeHtml: boolean
  /**
   * goldmark's typographer, on by default in Hugo (markup.goldmark.extensions.typographer):
   * curly quotes, dashes, ellipses, guillemets. `false` when off; else the substitutions that
   * differ from goldmark's, as text.
   */
  typographer: false | Partial<Record<TypographicSubstitution, string>>
  /** How heading ids are made from their text (Hugo's markup.goldmark.parser.autoHeadingIDType). */
  headingIdType: 'github' | 'github-ascii' | 'blackfriday'
  /** `~~struck~~` text (Hugo's markup.goldmark.extensions.strikethrough, on by default). */
  strikethrough: boolean
  /** `Term` / `: Definition` lists (Hugo's markup.goldmark.extensions.definitionList, on by default). */
  definitionList: boolean
  /** `:smile:` becomes 😄 (Hugo's enableEmoji, off by default). */
  enableEmoji: boolean
  /** A `{.class #id}` line below a block gives it attributes (Hugo's markup.goldmark.parser.attribute.block, off by default). */
  blockAttributes: boolean
  /**
   * Menu entries a page carries in its HTML; a larger book's other sections load when opened
   * (lib/content/menu-budget.ts). Hugo param `BookMenuInlineLinks`.
   */
  menuInlineLinks: number
  /** The site's own translations of hugo-book's interface words (its i18n/<language>.yaml). */
  i18n?: InterfaceTranslations
  /** Site URL of an image shown before the title in the menu's brand (hugo-book's BookLogo). */
  logo?: string
  /** Site URL of the site's own favicon (hugo-book's BookFavicon); without one, the book's icon. */
  favicon?: string
  /** The search box, dialog and index (hugo-book's BookSearch). */
  search: boolean
  /** A headless bundle whose Markdown is the whole menu instead of the file tree (older hugo-book's BookMenuBundle): `/menu`. */
  menuBundle?: string
  /** How code blocks are highlighted (Hugo's markup.highlight). */
  highlight: HighlightConfig
  /** Hugo's disablePathToLower: page and term URLs keep the case of folders, files, slugs and terms (`/grpc/gRPC/`). */
  disablePathToLower: boolean
  /** Hugo's [permalinks]: a top-level section's folder name (lower case) → the pattern for its regular pages (lib/content/permalinks.ts). */
  permalinks: Record<string, string>
  /** The kinds of Hugo's disableKinds that this project writes and leaves out (lib/build/files/disabled-kinds.ts). */
  disableKinds: DisabledKind[]
  /**
   * Hugo's RSS feeds (lib/site/feeds.ts): the kinds of list page that have one (Hugo's [outputs]
   * lists "RSS" for all four by default; disableKinds "RSS" leaves them all out) and rssLimit,
   * the most items a feed lists (-1, Hugo's default: every page).
   */
  rss: { kinds: FeedKind[]; limit: number }
  /**
   * A section page without text of its own lists its pages, as hugo-book's `section` shortcode
   * would (title, then description or summary); `false` leaves it empty, as hugo-book does.
   * Hugo param `BookListEmptySections` (this project's).
   */
  listEmptySections: boolean
  /** Hugo's site params (`[params]`, a language's laid over the site's; lib/formats/hugo-params.ts), for the param shortcode. */
  params?: HugoParams
  /** What a page may be before the build refuses it (lib/content/content-limits.ts). Hugo params `[params.BookLimits]`. */
  limits: ContentLimits
}

/**
 * Bounds on one page, each far above real books (whose pages nest 2–4 deep, weigh tens of KB and
 * render in well under a second) and below what hangs the build or overflows its stack: lists 400
 * deep took a minute to render, 150 nested shortcodes and 2,000 nested blockquotes overflowed.
 */
export interface ContentLimits {
  /** How deep lists, blockquotes, HTML elements or shortcodes may nest. */
  nesting: number
  /** The largest content file, in KB (1,024 bytes). */
  pageKB: number
  /** The largest front matter, in KB. */
  frontMatterKB: number
  /** How long one page may take to render, in seconds. */
  renderSeconds: number
}

export const DEFAULT_CONTENT_LIMITS: ContentLimits = {
  nesting: 50,
  pageKB: 8192,
  frontMatterKB: 256,
  renderSeconds: 60,
}

/** Hugo's page kinds and outputs that disableKinds can leave out here, lower case as Hugo compares them. */
export const DISABLEABLE_KINDS = ['taxonomy', 'term', 'sitemap', 'robotstxt', '404', 'rss'] as const
export type DisabledKind = (typeof DISABLEABLE_KINDS)[number]

/** The kinds of page Hugo writes an RSS feed for by default. */
export const FEED_KINDS = ['home', 'section', 'taxonomy', 'term'] as const
export type FeedKind = (typeof FEED_KINDS)[number]

/** Hugo's markup.highlight, as far as Shiki can follow it (lib/markdown/code-blocks.ts). */
export interface HighlightConfig {
  /** Line numbers on every block (lineNos); a fence's `{linenos=…}` wins. */
  lineNumbers: boolean
  /** The first line's number (lineNoStart). */
  lineNumberStart: number
  /** Shiki themes for the light and the dark colour scheme (from Chroma's style). */
  themes: { light: string; dark: string }
}

/** The names of goldmark's typographic substitutions, as Hugo's settings spell them. */
export type TypographicSubstitution =
  | 'leftSingleQuote'
  | 'rightSingleQuote'
  | 'leftDoubleQuote'
  | 'rightDoubleQuote'
  | 'enDash'
  | 'emDash'
  | 'ellipsis'
  | 'leftAngleQuote'
  | 'rightAngleQuote'
  | 'apostrophe'

/** Hugo's passthrough extension: text between the delimiters is left as written for a math renderer. */
export interface MathConfig {
  passthrough: boolean
  /** Display math, e.g. [['\\[', '\\]'], ['$$', '$$']]. */
  block: [open: string, close: string][]
  /** Inline math, e.g. [['\\(', '\\)']]. */
  inline: [open: string, close: string][]
}

export type SiteConfigInput = Partial<Omit<SiteConfig, 'toc' | 'menu' | 'math' | 'highlight' | 'limits'>> & {
  limits?: Partial<ContentLimits>
  toc?: Partial<SiteConfig['toc']>
  menu?: Partial<SiteConfig['menu']>
  math?: Partial<MathConfig>
  highlight?: Partial<HighlightConfig>
}

/**
 * The engine's defaults are Hugo's and hugo-book's (English, `January 2, 2006`, the `docs`
 * section, ToC levels 2–3, the light theme, raw HTML dropped), so that a migrated Hugo site
 * builds as Hugo would build it. The title is not Hugo's empty one: the home page's title, the
 * menu's brand and an untitled root section show it. The default book's own choices (Chinese,
 * its title, its date format, the auto theme) are in site.config.ts.
 */
export const DEFAULT_SITE_CONFIG: SiteConfig = {
  title: 'Book',
  language: 'en',
  description: '',
  baseURL: 'http://localhost:3000/',
  basePath: '',
  bookSection: 'docs',
  toc: { startLevel: 2, endLevel: 3, show: true },
  theme: 'light',
  menu: { before: [], after: [] },
  dateFormat: 'January 2, 2006',
  math: { passthrough: false, block: [], inline: [] },
  unsafeHtml: false,
  typographer: {},
  headingIdType: 'github',
  strikethrough: true,
  definitionList: true,
  enableEmoji: false,
  blockAttributes: false,
  menuInlineLinks: 150,
  search: true,
  highlight: { lineNumbers: false, lineNumberStart: 1, themes: { light: 'github-light', dark: 'github-dark' } },
  disablePathToLower: false,
  permalinks: {},
  disableKinds: [],
  rss: { kinds: [...FEED_KINDS], limit: -1 },
  listEmptySections: true,
  limits: DEFAULT_CONTENT_LIMITS,
}

/** Fills in defaults; used by `site.config.ts` so that the file only says what differs. */
export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const baseURL = (input.baseURL ?? DEFAULT_SITE_CONFIG.baseURL).replace(/\/*$/, '/')
  return {
    ...DEFAULT_SITE_CONFIG,
    ...input,
    baseURL,
    basePath: input.basePath === undefined ? basePathOf(baseURL) : normalizeBasePath(input.basePath),
    toc: { ...DEFAULT_SITE_CONFIG.toc, ...input.toc },
    menu: { before: input.menu?.before ?? [], after: input.menu?.after ?? [] },
    math: { ...DEFAULT_SITE_CONFIG.math, ...input.math },
    highlight: { ...DEFAULT_SITE_CONFIG.highlight, ...input.highlight },
    limits: { ...DEFAULT_CONTENT_LIMITS, ...input.limits },
  }
}

/** The address the site's pages live under: baseURL's origin and the base path (`https://owner.github.io/repo/zh/`). */
export function siteAddress(config: Pick<SiteConfig, 'baseURL' | 'basePath'>): string {
  return new URL(`${config.basePath}/`, config.baseURL).href
}

/** A page's absolute URL, for sitemaps and feeds: `/docs/a/` → `https://owner.github.io/repo/docs/a/`. */
export function absolutePageUrl(config: Pick<SiteConfig, 'baseURL' | 'basePath'>, url: string): string {
  return new URL(url.replace(/^\//, ''), siteAddress(config)).href
}

/** The URL rules of lib/content/paths.ts that the configuration sets. */
export function urlRulesOf(config: Pick<SiteConfig, 'disablePathToLower' | 'permalinks'>): {
  keepCase: boolean
  permalinks: Record<string, string>
} {
  return { keepCase: config.disablePathToLower, permalinks: config.permalinks }
}

/** The edit link for a content file, or undefined when no repository is configured. */
export function editLinkFor(config: SiteConfig, filePath: string): string | undefined {
  if (!config.repository) return undefined
  return config.repository.editLink.replace('{path}', filePath.split('/').map(encodeURIComponent).join('/'))
}
