import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BuildContext, BuildLanguage } from '../config/build-context'
import { siteAddress } from '../config/site-config'
import { LLMS_FULL_TXT_URL, LLMS_TXT_URL } from '../content/markdown-paths'
import { publishedFiles } from '../content/published-files'
import { NOT_FOUND_ROUTE_URL } from '../content/reserved-urls'
import { searchIndexFiles, searchIndexPointer } from '../search/index-file'
import { SEARCH_INDEX_POINTER_NAME, SEARCH_INDEX_ROUTE } from '../search/index-pointer'
import { feedXml, siteFeeds } from '../site/feeds'
import { languagesLlmsTxt, markdownFiles, siteDescription } from '../site/llms-txt'
import { menuTreeFile } from '../site/menu-file'
import type { Site } from '../site/site'
import { robotsTxt, sitemapXml } from '../site/sitemap'
import { katexAsset, katexAssetNames } from '../vendor/katex-assets'
import { mermaidAsset, mermaidAssetNames } from '../vendor/mermaid-assets'
import { copyContentAssets, copyStaticFolders } from './files/copy-files'
import { removeDisabledOutputs } from './files/disabled-kinds'
import { counted } from './common/messages'
import { exportPath } from './common/output-files'
import type { LanguageSources } from './sources-step'

/**
 * The files step, after `next build`: the export laid out as Hugo lays out a site, and every
 * file that is not a page written into it, once, from the site models this process holds:
 *   - each language in its folder (`next build` exported it under its `[lang]` key): the default
 *     one at the root unless defaultContentLanguageInSubdir, Hugo's redirect pages between them;
 *   - each language's 404 page, search index and its pointer, menu file, RSS feeds and sitemap
 *     (a sitemap index at the root of a site of several), robots.txt;
 *   - each page's Markdown beside it, each language's llms.txt and llms-full.txt;
 *   - KaTeX's and mermaid's files, the content folders' images and attachments, the Hugo
 *     site's static folders; what Hugo's disableKinds leaves out is taken away.
 */

/** The files every language has besides its pages, by their path in the export: made while `next build` runs. */
export interface SiteFiles {
  files: Map<string, string>
  /** The search indexes' files and bytes, for the build's line. */
  search: { files: number; bytes: number }
}

/**
 * Each language's search index and its pointer, menu file, feeds, sitemap, pages' Markdown and
 * llms.txt files, and robots.txt: made
 * from the site models in this process, in memory (the build starts it before `next build`
 * and writes the files once Next has exported the pages).
 */
export async function siteFiles({
  context,
  sites,
  buildId,
}: {
  context: BuildContext
  sites: ReadonlyMap<string, Site>
  buildId: string
}): Promise<SiteFiles> {
  const files = new Map<string, string>()
  const search = { files: 0, bytes: 0 }
  const { disableKinds } = defaultConfig(context)
  for (const language of context.languages) {
    const site = sites.get(language.key)!
    const inFolder = (url: string) => exportPath('', `${language.folder}/${url}`)
    // BookSearch = false: no index is published (the pages link to none).
    if (site.config.search) {
      const index = searchIndexFiles(site, buildId)
      files.set(inFolder(`${SEARCH_INDEX_ROUTE}${SEARCH_INDEX_POINTER_NAME}`), searchIndexPointer(site, index))
      for (const [name, text] of await index.files()) {
        files.set(inFolder(`${SEARCH_INDEX_ROUTE}${name}`), text)
        search.files++
        search.bytes += Buffer.byteLength(text)
      }
    }
    const menu = menuTreeFile(site)
    files.set(inFolder(menu.url), menu.body)
    // Hugo's index.xml beside the home page, each section, taxonomy and term (none with disableKinds "RSS").
    for (const feed of siteFeeds(site)) files.set(inFolder(feed.url), feedXml(site, feed))
    // llmstxt.org: each page's Markdown beside it (`/docs/a/index.html.md`), /llms.txt and /llms-full.txt.
    for (const [url, text] of markdownFiles(site)) {
      files.set(inFolder(url), text)
      // As its sitemap: a site of several languages has the default one's under its key too (`/en/llms.txt`).
      if (context.multilingual && language.folder === '' && (url === LLMS_TXT_URL || url === LLMS_FULL_TXT_URL))
        files.set(exportPath('', `${language.key}/${url}`), text)
    }
    // A site of several languages: each language's sitemap under its key, the default one's too (Hugo).
    if (!disableKinds.includes('sitemap'))
      files.set(
        exportPath('', `${context.multilingual ? language.key : language.folder}/sitemap.xml`),
        sitemapXml(site),
      )
  }
  // Every language under its folder: the site's own llms.txt leads to theirs (the default language at the root has it).
  const home = context.languages.find((language) => language.isDefault) ?? context.languages[0]!
  if (home.folder !== '') {
    const { title } = home.config
    const description = siteDescription(home.config)
    const languages = context.languages.map((language) => ({
      name: language.name,
      address: siteAddress(language.config),
    }))
    files.set(exportPath('', LLMS_TXT_URL), languagesLlmsTxt(title, description, languages))
  }
  if (!disableKinds.includes('robotstxt'))
    files.set('robots.txt', robotsTxt(new URL('sitemap.xml', siteAddressOf(context)).href))
  return { files, search }
}

export interface FilesStepInputs {
  context: BuildContext
  languages: readonly LanguageSources[]
  site: SiteFiles
}

/** Lays out and completes the export in `outDir`; returns what it did, a line each. */
export async function filesStep(outDir: string, { context, languages, site }: FilesStepInputs): Promise<string[]> {
  const lines: string[] = []
  // Hugo's disableKinds is the site's: the default language's settings say it.
  const { disableKinds } = defaultConfig(context)
  layOutLanguages(outDir, context.languages)
  for (const language of context.languages) placeNotFoundPage(exportPath(outDir, language.folder))
  for (const [file, text] of site.files) writeFile(path.join(outDir, file), text)
  if (context.multilingual)
    writeLanguageIndex(outDir, context.languages, siteAddressOf(context), !disableKinds.includes('sitemap'))
  if (site.search.files > 0)
    lines.push(`search index: ${counted(site.search.files, 'file')}, ${(site.search.bytes / 2 ** 20).toFixed(1)} MB`)
  writeVendorFiles(outDir)
  // Hugo's disableKinds: what the site leaves out (taxonomy and term pages, 404.html, and the files not written above) is taken away.
  const leftOut = context.languages.flatMap((language) =>
    removeDisabledOutputs(exportPath(outDir, language.folder), disableKinds),
  )
  if (leftOut.length > 0) lines.push(`disableKinds: not written: ${[...new Set(leftOut)].join(', ')}`)
  let assets = 0
  for (const { language, sources } of languages)
    assets += copyContentAssets(
      language.contentDir,
      exportPath(outDir, language.folder),
      publishedFiles(sources.pages, sources.assets),
    ).copied
  lines.push(`${counted(assets, 'file')} beside the pages copied`)
  if (context.hugo) {
    // Hugo publishes static/ at the site root (/images/logo.png); a file the build already wrote is kept.
    const { copied, skipped } = copyStaticFolders(context.hugo.staticDirs, outDir)
    lines.push(`${counted(copied, 'static file')} copied`)
    if (skipped.length > 0)
      lines.push(`warning: not copied, the built site has a file of that name already: ${skipped.join(', ')}`)
  }
  return lines
}

/** The address of the site's root (`https://owner.github.io/repo/`). */
function siteAddressOf(context: BuildContext): string {
  return siteAddress({ baseURL: defaultConfig(context).baseURL, basePath: context.siteBasePath })
}

function defaultConfig(context: BuildContext) {
  return (context.languages.find((language) => language.isDefault) ?? context.languages[0]!).config
}

function writeFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/**
 * `next build` exports each language under its key (the `[lang]` parameter); the default
 * language moves to the site's root unless it lives under its key (defaultContentLanguageInSubdir).
 * Next's own files at the root stay (`_next/`, the book's icon), but for its not-found route and
 * the 404 page made from it: no link leads there, they carry no language, and the languages'
 * own 404 pages take their place (placeNotFoundPage, writeLanguageIndex).
 */
function layOutLanguages(outDir: string, languages: readonly BuildLanguage[]): void {
  for (const next of ['_not-found', '404', '404.html'])
    rmSync(path.join(outDir, next), { recursive: true, force: true })
  for (const language of languages) {
    if (language.folder === language.key) continue
    const from = path.join(outDir, language.key)
    const to = exportPath(outDir, language.folder)
    for (const name of readdirSync(from)) {
      rmSync(path.join(to, name), { recursive: true, force: true })
      renameSync(path.join(from, name), path.join(to, name))
    }
    rmSync(from, { recursive: true })
  }
}

/**
 * A language's 404 page, exported at `not-found-page/`, becomes its 404.html and 404/index.html
 * (the two files hosts look for), and its route's folder goes.
 */
function placeNotFoundPage(dir: string): void {
  const routeDir = exportPath(dir, NOT_FOUND_ROUTE_URL)
  const page = path.join(routeDir, 'index.html')
  if (!existsSync(page))
    throw new Error(`${page} is missing: next build did not export the 404 page route (app/[lang]/not-found-page/)`)
  copyFileSync(page, path.join(dir, '404.html'))
  mkdirSync(path.join(dir, '404'), { recursive: true })
  copyFileSync(page, path.join(dir, '404', 'index.html'))
  rmSync(routeDir, { recursive: true, force: true })
}

/**
 * A site of several languages, as Hugo 0.111 lays it out: `/sitemap.xml` a sitemap index of
 * each language's; the default language's key a redirect to the root where the language is
 * (or the root a redirect to the default language's folder, with its 404 page at the root).
 */
function writeLanguageIndex(
  outDir: string,
  languages: readonly BuildLanguage[],
  address: string,
  sitemaps: boolean,
): void {
  const home = languages.find((language) => language.isDefault) ?? languages[0]!
  const languageAddress = (language: BuildLanguage) => new URL(`${encodeURIComponent(language.key)}/`, address).href
  if (home.folder === '') {
    const own = path.join(outDir, home.key)
    if (!existsSync(path.join(own, 'index.html')))
      writeFile(path.join(own, 'index.html'), redirectPage(address, home.key))
  } else {
    writeFile(path.join(outDir, 'index.html'), redirectPage(languageAddress(home), home.key))
    // The host's "not found" page lives at the root.
    const notFound = path.join(outDir, home.folder, '404.html')
    if (existsSync(notFound)) copyFileSync(notFound, path.join(outDir, '404.html'))
  }
  if (sitemaps)
    writeFile(
      path.join(outDir, 'sitemap.xml'),
      sitemapIndex(languages.map((language) => `${languageAddress(language)}sitemap.xml`)),
    )
}

/** Hugo's redirect page (what it writes at `/` with defaultContentLanguageInSubdir). */
function redirectPage(to: string, lang: string): string {
  const url = escapeAttribute(to)
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttribute(lang)}">`,
    '  <head>',
    `    <title>${url}</title>`,
    `    <link rel="canonical" href="${url}">`,
    '    <meta name="robots" content="noindex">',
    '    <meta charset="utf-8">',
    `    <meta http-equiv="refresh" content="0; url=${url}">`,
    '  </head>',
    '</html>',
    '',
  ].join('\n')
}

/** A sitemap index (https://www.sitemaps.org/protocol.html#index) of the languages' sitemaps. */
function sitemapIndex(sitemaps: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map((loc) => `  <sitemap>\n    <loc>${escapeAttribute(loc)}</loc>\n  </sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n')
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** KaTeX's style sheet and fonts and mermaid's modules, once at the site's root (`/vendor/…`). */
function writeVendorFiles(outDir: string): void {
  for (const name of katexAssetNames()) {
    const file = path.join(outDir, 'vendor', 'katex', ...name.split('/'))
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, katexAsset(name)!.body)
  }
  for (const name of mermaidAssetNames()) {
    const file = path.join(outDir, 'vendor', 'mermaid', ...name.split('/'))
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, mermaidAsset(name)!.body)
  }
}
