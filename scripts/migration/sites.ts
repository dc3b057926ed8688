/**
 * The migration corpus: real, public hugo-book sites that scripts/migration/compare.ts builds
 * with Hugo and with this project, then compares page by page. None of them was written for
 * this project. Each is read from a local mirror of its repository at the commit below (a
 * `git clone --bare https://github.com/<repo>` into MIRROR_DIR), never from the network.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

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
    },
    notes:
      "Kubernetes SIG project docs: English, ~90 pages under content/en, BookSection docs, menu.before/after, own shortcodes (code-sample, ghlabel, adopters) and partial overrides. Theme is a Hugo module: prepare rewrites `theme:` to hugo-book and drops `module:`; two templates written for Hugo ≥ 0.124 are adapted to 0.111 (hugo.IsMultilingual, code-sample's file path). Hugo logs 9 REF_NOT_FOUND errors (refs to pages the site no longer has) and still builds.",
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
    name: 'endlessriver',
    repo: 'wangy325/endlessriver',
    commit: '67a985af3ac65d72d6c46cc55508c94693b89c58',
    folder: '',
    baseURL: 'https://wangy325.github.io/',
    notes:
      'Chinese Java/algorithm notes and blog, ~160 pages, configuration in config/_default/, one language zh-CN in content/zh, own render hooks and baseof. assets/snippets is a submodule of another repository (wangy325/snipy), absent here. Theme is a git submodule. Does not build with Hugo 0.111 offline: go.mod (go 1.22.4) and config `module:` import github.com/Runzelee/aplayer-hugo-module from the network; kept to show it, needs a prepare step or a newer Hugo.',
  },
]
