/** The settings a site owner edits in `site.config.ts`; everything has a default. */

export interface MenuEntry {
  /**
   * What the menu shows. '' for a Hugo menu entry with a pageRef and no name: the site model
   * (lib/site/menu-entries.ts) shows the page's link title then.
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

export interface SiteConfig {
  title: string
  /** BCP 47 language of the book; sets `<html lang>`, collation of titles and date words. */
  language: string
  description: string
  /** Absolute site address, for sitemap, canonical and Open Graph URLs. */
  baseURL: string
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
   * Menu entries a page carries in its HTML; a larger book's other sections load when opened
   * (lib/content/menu-budget.ts). Hugo param `BookMenuInlineLinks`.
   */
  menuInlineLinks: number
}

/** Hugo's passthrough extension: text between the delimiters is left as written for a math renderer. */
export interface MathConfig {
  passthrough: boolean
  /** Display math, e.g. [['\\[', '\\]'], ['$$', '$$']]. */
  block: [open: string, close: string][]
  /** Inline math, e.g. [['\\(', '\\)']]. */
  inline: [open: string, close: string][]
}

export type SiteConfigInput = Partial<Omit<SiteConfig, 'toc' | 'menu' | 'math'>> & {
  toc?: Partial<SiteConfig['toc']>
  menu?: Partial<SiteConfig['menu']>
  math?: Partial<MathConfig>
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
  bookSection: 'docs',
  toc: { startLevel: 2, endLevel: 3, show: true },
  theme: 'light',
  menu: { before: [], after: [] },
  dateFormat: 'January 2, 2006',
  math: { passthrough: false, block: [], inline: [] },
  unsafeHtml: false,
  menuInlineLinks: 150,
}

/** Fills in defaults; used by `site.config.ts` so that the file only says what differs. */
export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  return {
    ...DEFAULT_SITE_CONFIG,
    ...input,
    baseURL: (input.baseURL ?? DEFAULT_SITE_CONFIG.baseURL).replace(/\/*$/, '/'),
    toc: { ...DEFAULT_SITE_CONFIG.toc, ...input.toc },
    menu: { before: input.menu?.before ?? [], after: input.menu?.after ?? [] },
    math: { ...DEFAULT_SITE_CONFIG.math, ...input.math },
  }
}

/** The edit link for a content file, or undefined when no repository is configured. */
export function editLinkFor(config: SiteConfig, filePath: string): string | undefined {
  if (!config.repository) return undefined
  return config.repository.editLink.replace('{path}', filePath.split('/').map(encodeURIComponent).join('/'))
}
