import type { Page } from 'contentlayer/generated'
import { createSite, type Site } from './site'
import { languageLinks, type SiteLanguage } from './translations'

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
