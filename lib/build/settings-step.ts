import path from 'node:path'
import book from '../../site.config'
import { loadBuildContext, type BuildContext, type Env } from '../config/build-context'
import { displayPath } from '../content/sources'
import { isContentError, type ContentError } from '../diagnostics/content-error'
import type { BuildWarning } from '../diagnostics/build-warnings'
import { dictionaryLanguages, wordsFor } from '../i18n'
import { STOP } from './common/messages'

/**
 * The build's first step: its settings (lib/config/build-context.ts), every language's, read
 * once. With HUGO_SITE it has a title naming the site folder, says which configuration files were read and, in one
 * line, which settings have no effect here; settings of the wrong kind are warnings naming those
 * files. A file that does not parse is an error with its line, and the build stops.
 */
export type SettingsStep =
  | { ok: true; title?: string; lines: string[]; warnings: BuildWarning[]; context: BuildContext }
  | { ok: false; title?: string; error: ContentError; stop: string }

export function settingsStep(env: Env = process.env, cwd: string = process.cwd()): SettingsStep {
  const hugoSite = env['HUGO_SITE']
  const title = hugoSite
    ? `Reading the Hugo site configuration in ${displayPath(path.resolve(cwd, hugoSite), '', cwd)}`
    : undefined
  let context: BuildContext
  try {
    context = loadBuildContext(book, env, cwd)
  } catch (error) {
    if (!isContentError(error)) throw error
    return { ok: false, title, error, stop: STOP.config }
  }
  const { hugo } = context
  const words = context.languages.flatMap((language) => wordsLine(language.config.language))
  if (!hugo) return { ok: true, title, lines: words, warnings: [], context }
  const file = configFiles(context, cwd)
  return {
    ok: true,
    title,
    lines: [
      `read ${hugo.files.join(', ')}`,
      ...(hugo.ignoredLine ? [hugo.ignoredLine] : []),
      ...(hugo.languagesNotBuilt ? [`languages not built: ${hugo.languagesNotBuilt.join(', ')}`] : []),
      ...words,
    ],
    warnings: hugo.warnings.map((message) => ({ file, message })),
    context,
  }
}

/**
 * How warnings about the site configuration name it: the Hugo configuration files read
 * (`site/hugo.toml + site/config/_default/params.toml`), else the default book's site.config.ts.
 */
export function configFiles(context: Pick<BuildContext, 'hugo' | 'siteDir'>, cwd: string = process.cwd()): string {
  const { hugo, siteDir } = context
  if (!hugo || !siteDir) return 'site.config.ts'
  return hugo.files.map((file) => displayPath(siteDir, file, cwd)).join(' + ')
}

/** Said once per build: a language without a dictionary (lib/i18n) gets the English words. */
function wordsLine(language: string): string[] {
  if (!wordsFor(language).fallback) return []
  return [
    `no interface words for the language "${language}": the book's own words (menu, search, footnotes…) are English; dictionaries: ${dictionaryLanguages.join(', ')}`,
  ]
}
