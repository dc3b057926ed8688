/**
 * The migration corpus: real, public hugo-book sites that scripts/migration/compare.ts builds
 * with Hugo and with this project, then compares page by page. None of them was written for
 * this project. Each is read from a local mirror of its repository at the commit below (a
 * `git clone --bare https://github.com/<repo>` into MIRROR_DIR), never from the network.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface CorpusSite {
  /** Short name used on the command line and in the report. */
  name: string
  /** GitHub `owner/name`. */
  repo: string
  commit: string
  /** The folder inside the repository that holds the site's configuration ('' = the root). */
  folder: string
  /** The site's baseURL, as its configuration gives it: links are compared as paths under it. */
  baseURL: string
  /** Extra arguments for `hugo`, e.g. `--theme hugo-book` when the configuration names the theme otherwise. */
  hugoArgs?: string[]
  /**
   * Changes made to the extracted copy before both builds, each described in `notes`. `sourceDir`
   * is the site's folder as the repository has it (its own theme copy still there).
   */
  prepare?: (siteDir: string, sourceDir: string) => void
  /**
   * The site configures goldmark's passthrough for `$` math, a Hugo ≥ 0.122 setting Hugo 0.111
   * ignores: formulas are compared as ⟨math⟩ (the manual: docs/content/docs/migrating/differences.md).
   */
  passthroughMath?: boolean
  notes: string
}

/** hugo-book at the commit that builds on Hugo 0.111; installed as `themes/hugo-book` in every site. */
export const HUGO_BOOK = { repo: 'alex-shpak/hugo-book', commit: 'f8a0fc4e246c61cea8159d2d2955f488e7d13848' }

function editFile(file: string, edit: (text: string) => string): void {
  const before = readFileSync(file, 'utf8')
  const after = edit(before)
  if (after === before)
    throw new Error(
      `${file}: the corpus edit found nothing to change; the site changed, update scripts/migration/sites.ts`,
    )
  writeFileSync(file, after)
}

/**
 * Copies shortcode templates a site keeps inside its own copy of the theme (replaced by
 * hugo-book f8a0fc4 here) to its `layouts/shortcodes/`, where Hugo finds them just the same.
 */
function keepThemeShortcodes(themeDir: string, siteDir: string, names: string[]): void {
  const into = path.join(siteDir, 'layouts', 'shortcodes')
  mkdirSync(into, { recursive: true })
  for (const name of names)
    copyFileSync(path.join(themeDir, 'layouts', 'shortcodes', `${name}.html`), path.join(into, `${name}.html`))
}

/**
 * Gives a site the modules an author migrating it writes for its own Go-template shortcodes
 * (the manual: docs/content/docs/migrating/own-shortcodes.md): scripts/migration/site-shortcodes/<site>/<name>.tsx, copied to
 * the site's `shortcodes/`. Hugo does not read that folder.
 */
function addShortcodeModules(siteDir: string, site: string, names: string[]): void {
  const from = fileURLToPath(new URL(`./site-shortcodes/${site}/`, import.meta.url))
  const into = path.join(siteDir, 'shortcodes')
  mkdirSync(into, { recursive: true })
  for (const name of names) copyFileSync(path.join(from, `${name}.tsx`), path.join(into, `${name}.tsx`))
}

export const SITES: CorpusSite[] = [
  {
    name: 'exampleSite',
    repo: 'alex-shpak/hugo-book',
    commit: HUGO_BOOK.commit,
    folder: 'exampleSite',
    baseURL: 'https://example.com/',
    notes:
      'hugo-book’s own example: English, ~40 pages, with ru and zh translations (languages by content folder), posts, taxonomies, every shortcode. Has config.toml and config.yaml; Hugo reads config.toml.',
  },
  {
    name: 'go-the-right-way',
    repo: 'zqhans/go-the-right-way',
    commit: '03f3facabb24519dba1f107c1a7ac710c9b6ff99',
    folder: '',
    baseURL: 'https://zqhans.githubs.org/go-the-right-way/',
    notes:
      'English, ~12 pages, served under a sub-path (baseURL …/go-the-right-way/); content.en/ with a zh language configured whose folder does not exist. Theme is a git submodule.',
  },
  {
    name: 'kwok',
    repo: 'kubernetes-sigs/kwok',
    commit: '172defa550f15c9ffd4169896c32bba4770f6577',
    folder: 'site',
    baseURL: 'https://kwok.sigs.k8s.io/',
    prepare: (siteDir) => {
      // The theme is a Hugo module (fetched from the network): point the configuration at the
      // local themes/hugo-book instead.
      editFile(path.join(siteDir, 'config.yaml'), (text) =>
        text
          .replace(/^theme: github\.com\/alex-shpak\/hugo-book$/m, 'theme: hugo-book')
          .replace(/^module:\n(?:[ -].*\n)+/m, ''),
      )
      // Written for Hugo ≥ 0.124: hugo.IsMultilingual and Page.Path as the page's folder do not exist in 0.111.
      editFile(path.join(siteDir, 'layouts', 'partials', 'docs', 'menu.html'), (text) =>
        text.replace('hugo.IsMultilingual', '.Site.IsMultiLingual'),
      )
      editFile(path.join(siteDir, 'layouts', 'shortcodes', 'code-sample.html'), (text) =>
        text.replace('path.Join $page.Path $file', 'path.Join "content/en" $page.File.Dir $file'),
      )
      addShortcodeModules(siteDir, 'kwok', ['code-sample', 'ghlabel'])
    },
    notes:
      "Kubernetes SIG project docs: English, ~90 pages under content/en, BookSection docs, menu.before/after, own shortcodes (code-sample, ghlabel, adopters) and partial overrides. Theme is a Hugo module: prepare rewrites `theme:` to hugo-book and drops `module:`; two templates written for Hugo ≥ 0.124 are adapted to 0.111 (hugo.IsMultilingual, code-sample's file path). prepare adds modules for code-sample (the file as a code block, not coloured) and ghlabel; adopters reads assets/adopters/*.yaml, which a module has no YAML reader for. Hugo logs 9 REF_NOT_FOUND errors (refs to pages the site no longer has) and still builds.",
  },
  {
    name: 'codoc',
    repo: 'coostdocs/codoc',
    commit: 'ec0155ddcbb72098b18eb06b2900a03c5ff2de73',
    folder: '',
    baseURL: 'https://coostdocs.github.io/',
    notes:
      'Documents for the Coost C++ library: Chinese (default, cn) and English, ~65 pages each, defaultContentLanguageInSubdir (pages under /cn/ and /en/), BookSection "/", relativeURLs, autoHeadingIDType github. Theme vendored in themes/; replaced by f8a0fc4.',
  },
  {
    name: 'poneding-blog',
    repo: 'poneding/blog',
    commit: '7b374a987d484a0320c52b6d6869a101e0237c18',
    folder: '',
    baseURL: 'https://blog.pding.top/',
    notes:
      'Chinese notes (Kubernetes, Go, Linux…), ~210 pages in many top-level sections, menu from a headless bundle (BookMenuBundle /menu), BookSection "none", own layouts. Theme is a git submodule.',
  },
  {
    name: 'leetcode-go',
    repo: 'halfrost/LeetCode-Go',
    commit: '1dde49c8ab37a08f21a4fb249d7bd90af4a9c58e',
    folder: 'website',
    baseURL: 'https://books.halfrost.com/leetcode',
    hugoArgs: ['--theme', 'hugo-book'],
    notes:
      'The big one: LeetCode solutions, ~850 pages in each of two languages (en in content.en, the default, and zh in content), both under their key (defaultContentLanguageInSubdir) below a sub-path (baseURL …/leetcode, no trailing slash), BookSection "*", BookPortableLinks, enableEmoji, titles from file names (`0001.Two-Sum`), KaTeX by `$$`, sections past the menu budget. The repository keeps its own modified theme as themes/book; the configuration names it `book`, so Hugo is given `--theme hugo-book`. Hugo takes ~6 minutes here.',
  },
  {
    name: 'npp-usermanual',
    repo: 'notepad-plus-plus/npp-usermanual',
    commit: '691d013607136084863762e288e0b9e7bb02c6ed',
    folder: '',
    baseURL: 'https://npp-user-manual.org/',
    hugoArgs: ['--theme', 'hugo-book'],
    prepare: (siteDir) => addShortcodeModules(siteDir, 'npp-usermanual', ['radic']),
    notes:
      'The Notepad++ user manual: English, ~45 long pages, hundreds of definition-list items (goldmark’s definitionList, on by default), wide tables, raw HTML, one own shortcode (radic: prepare adds its module), ToC from level 1. Its theme copy is themes/hugo-book-9 (named in the configuration), so Hugo is given `--theme hugo-book`.',
  },
  {
    name: 'arcion-docs',
    repo: 'huynguy-db/arcion-docs',
    commit: '289bdb0191269f807b3108da6baa20d526674198',
    folder: '',
    baseURL: '/',
    hugoArgs: ['--theme', 'hugo-book'],
    prepare: (siteDir) => {
      // Two of the site's shortcodes live in its modified theme copy (themes/book).
      keepThemeShortcodes(path.join(siteDir, 'themes', 'book'), siteDir, ['copy-account-url-svg', 'rawhtml'])
      // Its theme copy has a `Light` colour scheme; hugo-book f8a0fc4 has `light` only (and fails on any other).
      editFile(path.join(siteDir, 'config.toml'), (text) => text.replace("BookTheme = 'Light'", "BookTheme = 'light'"))
    },
    notes:
      'Arcion (data replication) docs: English, ~150 pages, baseURL "/" (config.toml; the published one is config-prod.toml), definitionList, typographer, linkify, block attributes, autoHeadingIDType github, ~600 ref/relref (many inside hint, tab and details), 137 hints, tabs, details, columns, BookLogo. prepare copies two shortcodes the site keeps in its theme copy (themes/book) to layouts/shortcodes and writes its `BookTheme = \'Light\'` as `light` (its theme copy had a Light scheme; f8a0fc4 fails on it). Theme named `book`: Hugo is given `--theme hugo-book`.',
  },
  {
    name: 'cossacklabs',
    repo: 'cossacklabs/product-docs',
    commit: 'ecce1f4e6d31d8ef53241ee0595803fbee5ec61f',
    folder: '',
    baseURL: 'https://docs.cossacklabs.com',
    hugoArgs: ['--theme', 'hugo-book'],
    prepare: (siteDir) => {
      // The home page calls a shortcode the site keeps in its modified theme copy (themes/book).
      keepThemeShortcodes(path.join(siteDir, 'themes', 'book'), siteDir, ['products-grid'])
    },
    notes:
      'Cossack Labs product docs (Acra, Themis, Hermes): English, ~400 pages, BookSection "acra" (the other products are outside the menu), ~470 hints, refs (some inside hints), BookLogo, a large `menu` of footer links, publishDir. prepare copies the home page’s products-grid shortcode from the site’s theme copy (themes/book) to layouts/shortcodes. Theme named `book`: Hugo is given `--theme hugo-book`.',
  },
  {
    name: 'missing-web',
    repo: 'criwits/missing-web',
    commit: '3612765ad836eb610a017d77328145ab3795535a',
    folder: '',
    baseURL: 'https://www.criwits.top/missing',
    prepare: (siteDir, sourceDir) => {
      // The site keeps one shortcode in its own copy of hugo-book, which f8a0fc4 replaces.
      keepThemeShortcodes(path.join(sourceDir, 'themes', 'hugo-book'), siteDir, ['auto_columns'])
      editFile(path.join(siteDir, 'hugo.yaml'), (text) => text.replace(/^uglyURLs: true\n/m, ''))
      // Written for Hugo ≥ 0.123: .Site.Lastmod is .Site.LastChange in 0.111.
      editFile(path.join(siteDir, 'layouts', 'shortcodes', 'commit_info.html'), (text) =>
        text.replace('.Site.Lastmod', '.Site.LastChange'),
      )
      addShortcodeModules(siteDir, 'missing-web', ['auto_columns', 'mobile_warning'])
    },
    notes:
      '“你缺失的那门计算机课”: Chinese, 44 long chapters under a sub-path (baseURL …/missing, no trailing slash), BookMenuBundle /menu, ~200 inline `{{<katex>}}`, hints and `{{% tabs %}}` nested in lists, ~200 relrefs, block attributes. prepare copies auto_columns from the site’s own hugo-book copy to layouts/shortcodes, drops `uglyURLs: true` (not supported here: both builds use pretty URLs so pages compare) and adapts commit_info (.Site.Lastmod, Hugo ≥ 0.123) to 0.111. prepare adds modules for auto_columns (`split .Inner "<--->"` through markdownify: inlineMarkdown) and mobile_warning; none for commit_info (a module is not told the site’s last change).',
  },
  {
    name: 'jinbridger',
    repo: 'JinBridger/jinbridger.github.io',
    commit: 'f5e546e24d58425c48502b576d8ded5028ab8969',
    folder: '',
    baseURL: 'https://jinbridger.github.io/',
    passthroughMath: true,
    notes:
      'Course notes: Chinese (language key `cn`), ~50 pages, ~95 `{{< katex >}}` (display ones among list items), ~40 details, refs, hasCJKLanguage, and goldmark passthrough for `$…$` configured (a Hugo ≥ 0.122 setting: Hugo 0.111 leaves the dollars as text). Theme is a git submodule.',
  },
  {
    name: 'kosli-sdlc',
    repo: 'kosli-dev/secure-sdlc-process-template',
    commit: '542671a495c6430328b3a1cec1c65b86c9dda66f',
    folder: '',
    baseURL: 'https://kosli.com/secure-sdlc-process-template/',
    prepare: (siteDir) => addShortcodeModules(siteDir, 'kosli-sdlc', ['area_head', 'exceptions', 'risks']),
    notes:
      'Kosli’s Secure SDLC process template: English, ~25 pages under a sub-path, BookSection "/", Hugo’s built-in `param` shortcode (`{{% param company %}}`), its own `figure` replacing Hugo’s, shortcodes that read front matter (area_head) and data/ (risks, exceptions: site.data), prepare adds their modules, custom taxonomies (risks, levels), its own baseof and partials. Theme is a git submodule.',
  },
  {
    name: 'endlessriver',
    repo: 'wangy325/endlessriver',
    commit: '67a985af3ac65d72d6c46cc55508c94693b89c58',
    folder: '',
    baseURL: 'https://wangy325.github.io/',
    notes:
      'Chinese Java/algorithm notes and blog, ~160 pages, configuration in config/_default/, one language zh-CN in content/zh, own render hooks and baseof. assets/snippets is a submodule of another repository (wangy325/snipy), absent here. Theme is a git submodule. Does not build with Hugo 0.111 offline: go.mod (go 1.22.4) and config `module:` import github.com/Runzelee/aplayer-hugo-module from the network; kept to show it, needs a prepare step or a newer Hugo.',
  },
]
