import type { SiteConfig } from '../config/site-config'
import { withBasePath } from '../formats/base-path'

/** A language of the site as the language switcher and hreflang links show it. */
export interface LanguageLink {
  /** Hugo's key (`en`, `cn`): hreflang. */
  key: string
  name: string
  /** The page's translation in that language, else that language's home page; under its base path. */
  href: string
  /** The language being read. */
  current: boolean
  /** The page exists in that language (hreflang alternates list only these). */
  translated: boolean
}

/** A language as the site model needs it: its key, its name and its settings (config.basePath: where its pages live). */
export interface SiteLanguage {
  key: string
  name: string
  config: SiteConfig
  /** Site path of its menu file, when the build named one. */
  menuFile?: string
}

/**
 * hugo-book's language menu: every language of the site, in Hugo's order, linking to the
 * page's translation (the file at the same path in that language's content folder) or, when
 * it has none, to that language's home page (BookTranslatedOnly is not supported).
 * `urlsOf(key)` gives a language's page URLs by content path.
 */
export function languageLinks(
  languages: readonly Pick<SiteLanguage, 'key' | 'name' | 'config'>[],
  current: string,
  urlsOf: (key: string) => ReadonlyMap<string, string>,
  page: { filePath?: string; url: string },
): LanguageLink[] {
  return languages.map(({ key, name, config }) => {
    if (key === current)
      return { key, name, href: withBasePath(config.basePath, page.url), current: true, translated: true }
    const url = page.filePath === undefined ? undefined : urlsOf(key).get(page.filePath)
    return { key, name, href: withBasePath(config.basePath, url ?? '/'), current: false, translated: url !== undefined }
  })
}
