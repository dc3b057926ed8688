import { existsSync, statSync } from 'node:fs'
import type { BuildContext, BuildLanguage } from '../config/build-context'
import { urlRulesOf } from '../config/site-config'
import {
  displayPath,
  implicitSectionDirs,
  implicitSectionUrl,
  readContentSources,
  sourcesSummary,
  type ContentSources,
} from '../content/sources'
import type { ContentError } from '../diagnostics/content-error'
import type { BuildWarning } from '../diagnostics/build-warnings'
import { resolveMenuPageRefs } from '../site/menu-entries'
import { menuBundleSource } from './sources/menu-bundle-source'
import { missingContentFolder, STOP } from './common/messages'
import { configFiles } from './settings-step'
import { shortcodeModuleNames, shortcodesFolder } from './render/shortcode-modules'
import { unimplementedShortcodes } from './sources/unimplemented-shortcodes'

/** One language's content, read once. */
export interface LanguageSources {
  language: BuildLanguage
  sources: ContentSources
}

/**
 * The sources step: every language's content folder read once (lib/content/sources.ts), with a
 * line that accounts for every Markdown file, the problems that stop the build (each naming file
 * and line, all at once) and the menu entries whose pageRef names no page (warnings). It only
 * reads, so the build runs it before waiting for the build lock: bad content fails at once.
 */
export type SourcesStep =
  | { ok: false; stop: string }
  | {
      ok: true
      title: string
      /** `48 pages from 51 Markdown files (2 drafts, 1 headless bundle)`, one line a language. */
      summary: string[]
      languages: LanguageSources[]
      errors: ContentError[]
      warnings: BuildWarning[]
      /** Present when `errors` stop the build. */
      stop?: string
    }

export function sourcesStep(context: BuildContext, cwd: string = process.cwd()): SourcesStep {
  for (const { contentDir } of context.languages) {
    if (!existsSync(contentDir) || !statSync(contentDir).isDirectory())
      return { ok: false, stop: missingContentFolder(contentDir, context.hugo !== undefined) }
  }
  const file = configFiles(context, cwd)
  const errors: ContentError[] = []
  const warnings: BuildWarning[] = []
  const summary: string[] = []
  const languages = context.languages.map((language): LanguageSources => {
    const { config, contentDir } = language
    // The static folders' files too: a page's relative image may point at one, as the browser resolves it from the page's URL.
    const sources = readContentSources(contentDir, {
      cwd,
      urls: urlRulesOf(config),
      limits: config.limits,
      // The language at the top of the site shares it with the site's own files and the other languages' folders.
      place: {
        atSiteRoot: language.folder === '',
        ...(context.multilingual ? { languageFolders: context.languages.map(({ key }) => key) } : {}),
      },
      ...(context.hugo ? { staticDirs: context.hugo.staticDirs } : {}),
    })
    // Menu entries that name a page by its content path (Hugo's pageRef) are checked against the pages read.
    // (with the folders Hugo makes sections without an _index.md: a pageRef may name one.)
    const sectionDirs = new Set(
      sources.pages.filter((page) => page.location.kind !== 'page').map((page) => page.location.dir),
    )
    const targets = [
      ...sources.pages.map((page) => ({
        filePath: page.filePath,
        url: page.url,
        linkTitle: page.meta.linkTitle ?? page.meta.title ?? '',
      })),
      ...implicitSectionDirs(sources.pages, sectionDirs).map((dir) => ({
        url: implicitSectionUrl(dir),
        linkTitle: '',
      })),
    ]
    warnings.push(...resolveMenuPageRefs(config.menu, targets).warnings.map((message) => ({ file, message })))
    errors.push(...sources.errors)
    warnings.push(...sources.warnings)
    summary.push(`${context.languages.length > 1 ? `${language.key}: ` : ''}${sourcesSummary(sources)}`)
    // BookMenuBundle: the headless bundle is rendered with the pages; the site model takes it out (lib/site/menu-bundle.ts).
    if (config.menuBundle) {
      const bundle = menuBundleSource(sources, config.menuBundle, file, cwd)
      if (bundle.page) sources.pages.push(bundle.page)
      if (bundle.error) errors.push(bundle.error)
    }
    return { language, sources }
  })
  // The Hugo site's shortcode templates that no module in shortcodes/ implements, with the pages that call them.
  const unimplemented =
    context.siteDir &&
    unimplementedShortcodes(
      context.siteDir,
      shortcodeModuleNames(shortcodesFolder(context, cwd)),
      languages.flatMap(({ sources }) => sources.pages),
      cwd,
    )
  if (unimplemented) warnings.push(unimplemented)
  const folders = [...new Set(context.languages.map(({ contentDir }) => displayPath(contentDir, '', cwd)))]
  return {
    ok: true,
    title: `Reading the content in ${folders.join(', ')}`,
    summary,
    languages,
    errors,
    warnings,
    ...(errors.length > 0 ? { stop: STOP.content(errors.length) } : {}),
  }
}
