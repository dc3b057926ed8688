import type { SiteConfig } from '../config/site-config'
import { createContentLookup } from '../content/lookup'
import type { ContentSources } from '../content/sources'
import { wordsFor } from '../i18n'
import { createMarkdownProcessor, type MarkdownOptions } from '../markdown/pipeline'
import { renderPage } from './page-record'
import { createSite, type CreateSiteOptions, type Site, type SitePage } from './site'

/** What the Markdown chain takes from the site's settings: its language's words, math, raw HTML. */
export function markdownOptionsFor(config: SiteConfig): MarkdownOptions {
  return {
    words: wordsFor(config.language).words.markdown,
    math: config.math.passthrough ? { block: config.math.block, inline: config.math.inline } : undefined,
    unsafeHtml: config.unsafeHtml,
  }
}

/** Every page of the sources rendered, with the one processor and lookup a build uses. */
async function renderPages(sources: Pick<ContentSources, 'pages' | 'assets'>, config: SiteConfig): Promise<SitePage[]> {
  const processor = createMarkdownProcessor(markdownOptionsFor(config))
  const lookup = createContentLookup(sources)
  const pages: SitePage[] = []
  for (const source of sources.pages) pages.push(await renderPage(processor, lookup, source, source.body))
  return pages
}

/**
 * The site built straight from the sources, the path contentlayer takes in its own process
 * (contentlayer.config.ts): for tests, benchmarks and tools. Sources with errors are refused.
 */
export async function renderSite(sources: ContentSources, config: SiteConfig, options: CreateSiteOptions = {}): Promise<Site> {
  if (sources.errors.length > 0) throw sources.errors[0]
  return createSite(await renderPages(sources, config), config, options)
}
