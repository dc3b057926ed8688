import type { Page } from 'contentlayer/generated'
import { withBasePath } from '../formats/base-path'
import { sha256Hex } from '../formats/digest'
import type { TextSection } from '../markdown/page-data'
import type { Site } from '../site/site'
import { readFileSync } from 'node:fs'
import { buildSearchFiles, searchManifest, type GlossarySource } from './build-search-files'
import { loadDictionary } from './dictionary'
import { buildGlossary } from './glossary'
import { searchFileList } from './search-format'
import { SEARCH_INDEX_ROUTE, type SearchIndexPointer } from './index-pointer'
import type { SearchablePage } from './records'
import { pagesToRecords } from './records'

/**
 * The exported search index, `/search-index/index.<hash>.json` (the manifest) and its other
 * files `index.<hash>.<name>` (search-format.ts), named by the pointer the search box is given
 * (index-pointer.ts). The hash is of what it is made of (the searchable records and the
 * version of the code that indexes them) rather than of the files, so naming them costs no
 * index: the index is built only when a file is asked for (seconds for a large book).
 */
export interface SearchIndexFiles {
  /** e.g. `index.3ccabc63dbb0.json` */
  name: string
  /** Site URL of the manifest. */
  url: string
  /** Every file's name, the manifest's first, known without building the index. */
  names: string[]
  /** Every file by name (the manifest's included), built on first call. */
  files: () => Promise<Map<string, string>>
}

/**
 * What the search indexes: every built page with a body (hidden and section pages too),
 * except bookSearchExclude ones; drafts are not built at all. Their URLs are public ones
 * (under the base path): the results are links.
 */
export function searchablePages(site: Site): SearchablePage[] {
  return site.pages
    .filter((page) => page.hasContent && !page.meta.bookSearchExclude)
    .map((page) => ({
      url: withBasePath(site.config.basePath, page.url),
      title: page.title,
      breadcrumb: site.breadcrumbs(page).map((crumb) => crumb.title),
      sections: sectionsOf(page),
    }))
}

/**
 * A body that opens with its title as a heading shows that heading as the page's H1
 * (lib/content/title-heading.ts): its section is then the text above the first heading, found
 * at the page's bare URL under the page's title, not a section named like the page.
 */
function sectionsOf(page: Page): TextSection[] {
  const [first, ...rest] = page.sections
  if (!page.startsWithHeading || !first || first.level === 0 || first.id !== page.headings[0]?.id) return page.sections
  return [{ level: 0, text: first.text }, ...rest]
}

const made = new WeakMap<Site, SearchIndexFiles>()

/** The glossary of a book (English and pinyin → its Chinese words), from CC-CEDICT and the book's own pairs. */
export const bookGlossary = (source: GlossarySource) => buildGlossary({ ...source, dictionary: loadDictionary() })

/**
 * CC-CEDICT's licence (CC BY-SA 4.0) asks that its notice travel with what is made of it: the
 * glossary files of every built index carry it beside them.
 */
const GLOSSARY_NOTICE = 'glossary-notice.txt'
const glossaryNotice = () => readFileSync(new URL('./data/CC-CEDICT-LICENSE.txt', import.meta.url), 'utf8')

/** The pointer's text: the manifest's public URL. */
export function searchIndexPointer(site: Site, index: SearchIndexFiles): string {
  const pointer: SearchIndexPointer = { index: withBasePath(site.config.basePath, index.url) }
  return JSON.stringify(pointer)
}

/** Made once per site (per build worker). `codeVersion`: the build id, which changes with the indexing code. */
export function searchIndexFiles(site: Site, codeVersion = ''): SearchIndexFiles {
  let index = made.get(site)
  if (!index) {
    const records = pagesToRecords(searchablePages(site))
    const stem = `index.${sha256Hex(codeVersion, JSON.stringify(records)).slice(0, 12)}`
    let files: Promise<Map<string, string>> | undefined
    const build = async () => {
      const built = buildSearchFiles(records, { glossary: bookGlossary })
      return new Map([
        [`${stem}.json`, JSON.stringify(built.manifest)],
        ...[...built.files].map(([name, text]) => [`${stem}.${name}`, text] as const),
        [`${stem}.${GLOSSARY_NOTICE}`, glossaryNotice()],
      ])
    }
    const names = [
      `${stem}.json`,
      ...[...searchFileList(searchManifest(records)), GLOSSARY_NOTICE].map((name) => `${stem}.${name}`),
    ]
    index = { name: names[0]!, url: `${SEARCH_INDEX_ROUTE}${names[0]}`, names, files: () => (files ??= build()) }
    made.set(site, index)
  }
  return index
}
