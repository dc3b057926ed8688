import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { locateContentFile, pageUrl } from '../../content/paths'
import { readPageMeta } from '../../content/page-meta'
import { displayPath, type ContentSources, type SourcePage } from '../../content/sources'
import { decodeUtf8 } from '../../content/utf8'
import { ContentError, isContentError } from '../../diagnostics/content-error'
import { blankFrontMatter, normalizeSource, parseSource } from '../../formats/front-matter'
import { menuBundleFiles } from '../../site/menu-bundle'

/**
 * BookMenuBundle: the bundle the setting names, made ready to be staged and rendered like a
 * page (the source step leaves headless bundles out of the pages). A page that is already
 * built is its own bundle; a setting that names no file is an error naming the setting.
 */
export function menuBundleSource(
  sources: ContentSources,
  setting: string,
  configFile: string,
  cwd: string = process.cwd(),
): { page?: SourcePage; error?: ContentError } {
  const candidates = menuBundleFiles(setting)
  if (sources.pages.some((page) => candidates.includes(page.filePath))) return {}
  const filePath = candidates.find((file) => existsSync(path.join(sources.contentDir, file)))
  if (filePath === undefined) {
    return {
      error: new ContentError({
        file: configFile,
        message: `params.BookMenuBundle = ${JSON.stringify(setting)}: no such page (looked for ${candidates
          .slice(0, 3)
          .map((file) => displayPath(sources.contentDir, file, cwd))
          .join(', ')})`,
        hint: `create ${displayPath(sources.contentDir, candidates[0]!, cwd)} with headless: true and the menu as a Markdown list of links, or remove BookMenuBundle to show the file tree`,
      }),
    }
  }
  const shown = displayPath(sources.contentDir, filePath, cwd)
  try {
    const text = normalizeSource(decodeUtf8(readFileSync(path.join(sources.contentDir, filePath)), shown))
    const source = parseSource(text, shown)
    const meta = readPageMeta(source, shown)
    const location = locateContentFile(filePath)
    return {
      page: {
        filePath,
        displayPath: shown,
        location,
        meta,
        url: pageUrl(location, { slug: meta.slug, url: meta.url }),
        parentDir: null,
        body: blankFrontMatter(text, source),
      },
    }
  } catch (error) {
    if (isContentError(error)) return { error }
    throw error
  }
}
