import { existsSync, statSync } from 'node:fs'
import type { BuildContext } from '../config/build-context'
import { urlRulesOf } from '../config/site-config'
import { displayPath, readContentSources, sourcesSummary, type ContentSources } from '../content/sources'
import type { ContentError } from '../diagnostics/content-error'
import type { BuildWarning } from '../diagnostics/build-warnings'
import { resolveMenuPageRefs } from '../site/menu-entries'
import { shortcodeModuleNames, shortcodesFolder } from '../site/shortcode-folder'
import { configFiles } from './config-step'
import { menuBundleSource } from './menu-bundle'
import { missingContentFolder, STOP } from './messages'
import { unimplementedShortcodes } from './unimplemented-shortcodes'

/**
 * The content step: the content folder read once (lib/content/sources.ts), with a line that
 * accounts for every Markdown file, the problems that stop the build (each naming file and
 * line, all at once) and the menu entries whose pageRef names no page (warnings). It only
 * reads, so the build runs it before waiting for the build lock: bad content fails at once.
 */
export type ContentStep =
  | { ok: false; stop: string }
  | {
      ok: true
      title: string
      /** `48 pages from 51 Markdown files (2 drafts, 1 headless bundle)`. */
      summary: string
      sources: ContentSources
      errors: ContentError[]
      warnings: BuildWarning[]
      /** Present when `errors` stop the build. */
      stop?: string
    }

export function contentStep(
  context: Pick<BuildContext, 'config' | 'contentDir' | 'hugo' | 'siteDir'>,
  cwd: string = process.cwd(),
): ContentStep {
  const { contentDir } = context
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory())
    return { ok: false, stop: missingContentFolder(contentDir, context.hugo !== undefined) }
  // The static folders' files too: a page's relative image may point at one, as the browser resolves it from the page's URL.
  const sources = readContentSources(contentDir, {
    cwd,
    urls: urlRulesOf(context.config),
    ...(context.hugo ? { staticDirs: context.hugo.staticDirs } : {}),
  })
  const summary = sourcesSummary(sources)
  // Menu entries that name a page by its content path (Hugo's pageRef) are checked against the pages read.
  const targets = sources.pages.map((page) => ({
    filePath: page.filePath,
    url: page.url,
    linkTitle: page.meta.linkTitle ?? page.meta.title ?? '',
  }))
  const file = configFiles(context, cwd)
  const warnings: BuildWarning[] = resolveMenuPageRefs(context.config.menu, targets).warnings.map((message) => ({
    file,
    message,
  }))
  // The Hugo site's shortcode templates that no module in shortcodes/ implements, with the pages that call them.
  const unimplemented =
    context.siteDir &&
    unimplementedShortcodes(context.siteDir, shortcodeModuleNames(shortcodesFolder(context, cwd)), sources.pages, cwd)
  if (unimplemented) warnings.push(unimplemented)
  const { errors } = sources
  // BookMenuBundle: the headless bundle is rendered with the pages; the site model takes it out (lib/site/menu-bundle.ts).
  if (context.config.menuBundle) {
    const bundle = menuBundleSource(sources, context.config.menuBundle, file, cwd)
    if (bundle.page) sources.pages.push(bundle.page)
    if (bundle.error) errors.push(bundle.error)
  }
  return {
    ok: true,
    title: `Reading the content in ${displayPath(contentDir, '', cwd)}`,
    summary,
    sources,
    errors,
    warnings,
    ...(errors.length > 0 ? { stop: STOP.content(errors.length) } : {}),
  }
}
