import type { SiteConfig } from '../config/site-config'
import { createContentLookup } from '../content/lookup'
import type { ContentSources } from '../content/sources'
import { siteWordsFor } from '../i18n'
import { createMarkdownProcessor, type MarkdownOptions } from '../markdown/pipeline'
import type { SiteShortcode, SiteShortcodes } from '../markdown/shortcodes/site-shortcode-api'
import { renderPage } from './page-record'
import { siteShortcodesFor } from './shortcode-modules'
import { createSite, type CreateSiteOptions, type Site, type SitePage } from './site'

/** What the Markdown chain takes from the site's settings: its language's words, math, raw HTML, code highlighting; and the site's own shortcodes, loaded. */
export function markdownOptionsFor(config: SiteConfig, siteShortcodes?: SiteShortcodes): MarkdownOptions {
  return {
    words: siteWordsFor(config).markdown,
    math: config.math.passthrough ? { block: config.math.block, inline: config.math.inline } : undefined,
    unsafeHtml: config.unsafeHtml,
    highlight: config.highlight,
    headingIdType: config.headingIdType,
    ...(config.typographer ? { typographer: config.typographer } : {}),
    ...(siteShortcodes ? { siteShortcodes } : {}),
  }
}

/** Every page of the sources rendered, with the one processor and lookup a build uses. */
async function renderPages(
  sources: Pick<ContentSources, 'pages' | 'assets'>,
  config: SiteConfig,
  shortcodes?: ReadonlyMap<string, SiteShortcode>,
): Promise<SitePage[]> {
  const byPath = new Map(sources.pages.map((page) => [page.filePath, page]))
  const processor = createMarkdownProcessor(
    markdownOptionsFor(config, shortcodes && siteShortcodesFor(shortcodes, config, (filePath) => byPath.get(filePath))),
  )
  const lookup = createContentLookup(sources, { basePath: config.basePath })
  const pages: SitePage[] = []
  for (const source of sources.pages) pages.push(await renderPage(processor, lookup, source, source.body))
  return pages
}

/**
 * The site built straight from the sources, the path contentlayer takes in its own process
 * (contentlayer.config.ts): for tests, benchmarks and tools. Sources with errors are refused.
 * `shortcodes`: the site's own, loaded by loadShortcodeModules (shortcode-modules.ts).
 */
export async function renderSite(
  sources: ContentSources,
  config: SiteConfig,
  options: CreateSiteOptions & { shortcodes?: ReadonlyMap<string, SiteShortcode> } = {},
): Promise<Site> {
  if (sources.errors.length > 0) throw sources.errors[0]
  const { shortcodes, ...siteOptions } = options
  return createSite(await renderPages(sources, config, shortcodes), config, siteOptions)
}
