import type { Page } from 'contentlayer/generated'
import type { SiteConfig } from '../config/site-config'
import { withBasePath } from '../formats/base-path'
import { createSite, type Site } from './site'

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

/**
 * Every language's site, from the documents of all of them, served under `site.basePath`. With `multilingual`, each site's
 * pages lead to their translations in the others (the language menu, hreflang links).
 */
export function createSites(
  documents: readonly Page[],
  languages: readonly SiteLanguage[],
  site: { basePath: string; multilingual: boolean },
): Map<string, Site> {
  const byLanguage = new Map<string, Page[]>(languages.map(({ key }) => [key, []]))
  for (const page of documents) byLanguage.get(page.language)?.push(page)
  const urls = new Map(
    languages.map(({ key }) => [
      key,
      new Map(
        byLanguage
          .get(key)!
          .flatMap((page) => (page.filePath === undefined ? [] : [[page.filePath, page.url] as const])),
      ),
    ]),
  )
  const urlsOf = (key: string) => urls.get(key) ?? new Map<string, string>()
  return new Map(
    languages.map(({ key, config, menuFile }) => [
      key,
      createSite(byLanguage.get(key)!, config, {
        siteBasePath: site.basePath,
        ...(menuFile === undefined ? {} : { menuFile }),
        ...(site.multilingual ? { languageLinks: (page) => languageLinks(languages, key, urlsOf, page) } : {}),
      }),
    ]),
  )
}
