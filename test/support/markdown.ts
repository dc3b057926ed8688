import { existsSync } from 'node:fs'
import { createContentLookup } from '../../lib/content/lookup'
import { formatWarning } from '../../lib/diagnostics/build-warnings'
import { displayPath, readContentSources } from '../../lib/content/sources'
import { blankFrontMatter, normalizeSource, parseSource, splitFrontMatter } from '../../lib/formats/front-matter'
import { hugoParams, PAGE_DATE_KEYS } from '../../lib/formats/hugo-params'
import { wordsFor } from '../../lib/i18n'
import {
  createMarkdownProcessor,
  renderMarkdown,
  type MarkdownOptions,
  type MarkdownProcessor,
} from '../../lib/markdown/pipeline'
import type { MathDelimiters } from '../../lib/markdown/shortcodes/expand'
import type { PageAnalysis } from '../../lib/markdown/page-data'

export interface RenderFileOptions {
  /** A content folder the page may link to (refs, links, images); none by default. */
  contentDir?: string
  language?: string
  math?: MathDelimiters
  unsafeHtml?: boolean
  /** goldmark's extensions and Hugo's Markdown settings, as a site's configuration sets them. */
  settings?: Pick<MarkdownOptions, 'typographer' | 'strikethrough' | 'definitionList' | 'emoji' | 'blockAttributes'>
  /** The site's Hugo params (`[params]`). */
  siteParams?: Record<string, unknown>
}

const processors = new Map<string, MarkdownProcessor>()

/**
 * One content file (front matter included) through the production chain, as the build
 * renders it: for tests of the Markdown chain alone.
 */
export async function renderMarkdownFile(
  text: string,
  sourcePath: string,
  options: RenderFileOptions = {},
): Promise<{ html: string; page: PageAnalysis; warnings: string[] }> {
  const language = options.language ?? 'zh-CN'
  const key = JSON.stringify([language, options.math, options.unsafeHtml, options.settings, options.siteParams])
  let processor = processors.get(key)
  if (!processor) {
    processor = createMarkdownProcessor({
      words: wordsFor(language).words.markdown,
      math: options.math,
      unsafeHtml: options.unsafeHtml,
      ...options.settings,
      ...(options.siteParams ? { siteParams: hugoParams(options.siteParams) } : {}),
    })
    processors.set(key, processor)
  }
  const lookup = createContentLookup(
    options.contentDir && existsSync(options.contentDir)
      ? readContentSources(options.contentDir)
      : { pages: [], assets: [] },
  )
  const normalized = normalizeSource(text)
  const body = blankFrontMatter(normalized, splitFrontMatter(normalized, sourcePath))
  const shown = displayPath(options.contentDir ?? '/nonexistent-content', sourcePath)
  const { html, analysis, warnings } = await renderMarkdown(processor, body, {
    path: sourcePath,
    displayPath: shown,
    lookup,
    params: hugoParams(frontMatterData(normalized, sourcePath), PAGE_DATE_KEYS),
  })
  return { html, page: analysis, warnings: warnings.map(formatWarning) }
}

/** The page's front matter, for its params; a body that only looks like front matter (`{{% hint %}}` first) has none. */
function frontMatterData(text: string, sourcePath: string): Record<string, unknown> {
  try {
    return parseSource(text, sourcePath).data
  } catch {
    return {}
  }
}
