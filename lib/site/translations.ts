import type { BuildLanguage } from '../config/build-context'
import { urlRulesOf } from '../config/site-config'
import { readContentSources } from '../content/sources'
import { withBasePath } from '../formats/base-path'
import { loadBuildContext } from './settings'

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

/**
 * hugo-book's language menu: every language of the site, in Hugo's order, linking to the
 * page's translation (the file at the same path in that language's content folder) or, when
 * it has none, to that language's home page (BookTranslatedOnly is not supported).
 * `urlsOf(key)` gives a language's page URLs by content path.
 */
export function languageLinks(
  languages: readonly BuildLanguage[],
  urlsOf: (language: BuildLanguage) => ReadonlyMap<string, string>,
  page: { filePath?: string; url: string },
): LanguageLink[] {
  return languages.map((language) => {
    if (language.current)
      return {
        key: language.key,
        name: language.name,
        href: withBasePath(language.basePath, page.url),
        current: true,
        translated: true,
      }
    const url = page.filePath === undefined ? undefined : urlsOf(language).get(page.filePath)
    return {
      key: language.key,
      name: language.name,
      href: withBasePath(language.basePath, url ?? '/'),
      current: false,
      translated: url !== undefined,
    }
  })
}

const urlsByLanguage = new Map<string, ReadonlyMap<string, string>>()

/** Every language's page URLs by content path, read once per build process (another language's problems are its own build's). */
function pageUrlsOf(language: BuildLanguage): ReadonlyMap<string, string> {
  let urls = urlsByLanguage.get(language.contentDir)
  if (!urls) {
    urls = new Map(
      readContentSources(language.contentDir, { urls: urlRulesOf(loadBuildContext().config) }).pages.map((page) => [
        page.filePath,
        page.url,
      ]),
    )
    urlsByLanguage.set(language.contentDir, urls)
  }
  return urls
}

/** The language links of a page of this build; none for a site with one language. */
export function siteLanguageLinks(page: { filePath?: string; url: string }): LanguageLink[] {
  const { languages } = loadBuildContext()
  return languages ? languageLinks(languages, pageUrlsOf, page) : []
}
