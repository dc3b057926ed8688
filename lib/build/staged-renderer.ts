import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { BuildContext } from '../config/build-context'
import { collectWarnings, reportWarning, type BuildWarning } from '../diagnostics/build-warnings'
import { createMarkdownProcessor, type MarkdownProcessor } from '../markdown/pipeline'
import { renderPage } from '../site/page-record'
import { markdownOptionsFor } from '../site/render-site'
import { loadSiteShortcodes } from '../site/shortcode-modules'
import type { SitePage } from '../site/site'
import { readRendered, RENDER_CACHE_DIR, renderKey, writeRendered } from './render-cache'
import { STAGED_CONTENT, stagedPath, stagedSourcesReader } from './stage'

export interface StagedRender {
  page: SitePage
  warnings: BuildWarning[]
  /** True when the render came from the cache of rendered Markdown. */
  cached: boolean
}

/**
 * Renders staged pages (lib/build/stage.ts) through the cache of rendered Markdown
 * (lib/build/render-cache.ts): the one way a page is rendered, by the build's render workers
 * (scripts/render-worker.ts) and by contentlayer's computed field (contentlayer.config.ts).
 */
export function createStagedRenderer(context: Pick<BuildContext, 'config' | 'siteDir'>, cwd: string = process.cwd()) {
  const sources = stagedSourcesReader(cwd, { basePath: context.config.basePath })
  const cacheDir = path.join(cwd, RENDER_CACHE_DIR)
  // Made once, after the site's own shortcode modules (shortcodes/*.tsx) have loaded; a module that does not load fails every page.
  let processor: Promise<MarkdownProcessor> | undefined
  const markdownProcessor = () =>
    (processor ??= loadSiteShortcodes(
      context,
      (filePath) => sources().byStagedPath.get(stagedPath(filePath)),
      cwd,
    ).then((shortcodes) => createMarkdownProcessor(markdownOptionsFor(context.config, shortcodes))))

  return {
    /**
     * The page staged at `stagedFile` (relative to the stage), its body read from the stage: the
     * same bytes for the render workers and contentlayer, so the same cache key. `report`: print
     * the warnings of a render made now (contentlayer's field does; the build's render step
     * reports every page's warnings itself, cached ones too).
     */
    async render(stagedFile: string, options: { report?: boolean } = {}): Promise<StagedRender> {
      const body = readFileSync(path.join(cwd, STAGED_CONTENT, stagedFile), 'utf8')
      const staged = sources()
      const record = staged.byStagedPath.get(stagedFile)
      if (!record)
        throw new Error(`${stagedFile} has no source record: run "npm run build", which stages the content first`)
      const key = renderKey(staged.renderFingerprint, record, body)
      const hit = readRendered(cacheDir, key)
      if (hit) return { ...hit, cached: true }
      const made = await markdownProcessor()
      const { value: page, warnings } = await collectWarnings(() => renderPage(made, staged.lookup, record, body))
      writeRendered(cacheDir, key, { page, warnings })
      if (options.report) warnings.forEach(reportWarning)
      return { page, warnings, cached: false }
    },
  }
}
