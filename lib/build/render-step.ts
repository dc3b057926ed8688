import path from 'node:path'
import type { SiteConfig } from '../config/site-config'
import { createContentLookup } from '../content/lookup'
import { readingMinutes } from '../content/reading-time'
import type { SourceRecord } from '../content/sources'
import { summarize } from '../content/summary'
import { ContentError, isContentError } from '../diagnostics/content-error'
import type { BuildWarning } from '../diagnostics/build-warnings'
import { plainProblem, type Problem } from '../diagnostics/problem'
import { siteWordsFor } from '../i18n'
import { TAXONOMIES } from '../site/taxonomies'
import {
  createMarkdownProcessor,
  renderMarkdown,
  type MarkdownOptions,
  type RenderedMarkdown,
  type MarkdownProcessor,
} from '../markdown/pipeline'
import type { SiteShortcode } from '../markdown/shortcodes/site-shortcode-api'
import { loadSiteShortcodes, siteShortcodesFor } from './render/shortcode-modules'
import { readSiteData } from './render/site-data'
import { runInWorkers } from './common/worker-pool'
import { mdxBuiltins } from '../../components/mdx/builtins'
import { isMdxFile } from '../formats/page-files'
import { compileMdx, type MdxOptions } from '../mdx/compile-mdx'
import { mdxPageData } from '../mdx/page-data'
import { renderMdxToHtml, resetMdxRenderer } from '../mdx/render-mdx'
import type { RenderedFields } from './documents/staged-page'

/**
 * The render step: each page whose document must be made again (lib/build/documents-step.ts)
 * has its Markdown rendered, by worker processes (render-worker.ts) when there are enough pages
 * to pay for them (the largest first, each to the worker that is free), else in this process.
 * The records and their warnings come back as values; nothing is written.
 */

/** What every worker is told once: each language's settings and what its pages may link to. */
export interface RenderInit {
  cwd: string
  siteDir?: string
  languages: {
    key: string
    config: SiteConfig
    records: SourceRecord[]
    assets: string[]
    staticFiles?: string[]
    /** Its content folder as seen from the site's folder (`content`): Hugo finds a page by that path too. */
    contentFolder?: string
    /** Its content folder, absolute: an MDX page's imports are found from its own folder. */
    contentDir: string
  }[]
}

export interface RenderJob {
  language: string
  record: SourceRecord
  body: string
}

export type RenderResult = { rendered: RenderedFields; warnings: BuildWarning[] } | { failure: Problem }

/** Pages a render worker is given: enough that starting one (a second or two) pays. */
const PAGES_PER_WORKER = 50

export interface RenderStepResult {
  results: RenderResult[]
  workers: number
}

/** Renders the jobs, in workers when they are many; results in the jobs' order. */
export async function renderStep(
  init: RenderInit,
  jobs: readonly RenderJob[],
  options: { cores: number },
): Promise<RenderStepResult> {
  const workers = Math.min(options.cores, Math.floor(jobs.length / PAGES_PER_WORKER))
  const seconds = renderSeconds(init)
  if (workers < 2) {
    const render = await createRenderer(init)
    const results: RenderResult[] = []
    for (const job of jobs) {
      // In this process a page cannot be stopped mid-render: one over the budget stops the build when it ends.
      const started = performance.now()
      const result = await render(job)
      results.push(
        performance.now() - started > seconds * 1000 ? { failure: plainProblem(overrun(job, seconds, false)) } : result,
      )
    }
    // The MDX pages' modules stay loaded until then: a rebuild under `npm run dev` reads edited components again.
    if (jobs.some((job) => isMdxFile(job.record.filePath))) await resetMdxRenderer()
    return { results, workers: 0 }
  }
  const results = await runInWorkers<RenderJob, RenderResult>(
    new URL('./render/render-worker.ts', import.meta.url),
    init,
    jobs,
    {
      workers,
      weight: (job) => job.body.length,
      // A worker still on a page after the budget is killed: a hang stops the build naming the page.
      budget: { ms: seconds * 1000, overrun: (job) => overrun(job, seconds, true) },
    },
  )
  return { results, workers }
}

/** The time one page may take (limits.renderSeconds): the most any language allows. */
function renderSeconds(init: RenderInit): number {
  return Math.max(...init.languages.map(({ config }) => config.limits.renderSeconds))
}

/** A page over the budget: `stopped` when its worker was killed, else it ran to the end in the build's process. */
function overrun(job: RenderJob, seconds: number, stopped: boolean): ContentError {
  return new ContentError({
    file: job.record.displayPath,
    message: `took longer than ${seconds} s to render${stopped ? '; it was stopped' : ''}`,
    hint: `split the page into smaller pages, or raise limits.renderSeconds (site.config.ts, or renderSeconds under [params.BookLimits] in a Hugo site's configuration)`,
  })
}

/** What the Markdown chain takes from a language's settings: its words, math, raw HTML, code highlighting, params, the site's own shortcodes. */
function markdownOptionsFor(config: SiteConfig, siteShortcodes?: MarkdownOptions['siteShortcodes']): MarkdownOptions {
  return {
    words: siteWordsFor(config).markdown,
    math: config.math.passthrough ? { block: config.math.block, inline: config.math.inline } : undefined,
    unsafeHtml: config.unsafeHtml,
    highlight: config.highlight,
    headingIdType: config.headingIdType,
    strikethrough: config.strikethrough,
    definitionList: config.definitionList,
    emoji: config.enableEmoji,
    blockAttributes: config.blockAttributes,
    ...(config.typographer ? { typographer: config.typographer } : {}),
    ...(config.params ? { siteParams: config.params } : {}),
    ...(siteShortcodes ? { siteShortcodes } : {}),
  }
}

/**
 * The renderer of one process: one Markdown processor and one lookup per language, made on first
 * use, after the site's own shortcode modules have loaded. A page that cannot be rendered is a
 * failure naming it; the others go on.
 */
export async function createRenderer(init: RenderInit): Promise<(job: RenderJob) => Promise<RenderResult>> {
  const shortcodes: ReadonlyMap<string, SiteShortcode> = await loadSiteShortcodes(
    init.siteDir === undefined ? {} : { siteDir: init.siteDir },
    init.cwd,
  )
  // Hugo's .Site.Data, read once, for the modules only: a site without modules never reads its data/.
  const data = shortcodes.size > 0 ? readSiteData(path.join(init.siteDir ?? init.cwd, 'data'), init.cwd) : {}
  const made = new Map<string, { processor: MarkdownProcessor; lookup: ReturnType<typeof createContentLookup> }>()
  const toolsFor = (key: string) => {
    let tools = made.get(key)
    if (!tools) {
      const language = init.languages.find((candidate) => candidate.key === key)
      if (!language) throw new Error(`no language "${key}" to render with`)
      const byPath = new Map(language.records.map((record) => [record.filePath, record]))
      const siteShortcodes =
        shortcodes.size > 0
          ? siteShortcodesFor(shortcodes, language.config, (file) => byPath.get(file), data)
          : undefined
      tools = {
        processor: createMarkdownProcessor(markdownOptionsFor(language.config, siteShortcodes)),
        lookup: createContentLookup(
          {
            pages: language.records,
            assets: language.assets,
            ...(language.staticFiles ? { staticFiles: language.staticFiles } : {}),
          },
          {
            basePath: language.config.basePath,
            language: language.key,
            ...(language.contentFolder === undefined ? {} : { contentFolder: language.contentFolder }),
            taxonomies: language.config.disableKinds.includes('taxonomy') ? [] : TAXONOMIES,
          },
        ),
      }
      made.set(key, tools)
    }
    return tools
  }
  const mdxOptions = new Map<string, MdxOptions>()
  const mdxOptionsFor = (key: string) => {
    let options = mdxOptions.get(key)
    if (!options) {
      const { config } = init.languages.find((candidate) => candidate.key === key)!
      // One object a language: the compiler is made once for it (lib/mdx/compile-mdx.ts).
      options = {
        words: siteWordsFor(config).markdown,
        highlight: config.highlight,
        headingIdType: config.headingIdType,
        components: MDX_BUILTIN_NAMES,
      }
      mdxOptions.set(key, options)
    }
    return options
  }
  return async ({ language, record, body }) => {
    try {
      const { html, analysis, warnings, mdx }: RenderedMarkdown & { mdx?: string } = isMdxFile(record.filePath)
        ? await renderMdxPage(
            body,
            record,
            init.languages.find((candidate) => candidate.key === language)!.contentDir,
            mdxOptionsFor(language),
          )
        : await renderMarkdown(toolsFor(language).processor, body, {
            path: record.filePath,
            displayPath: record.displayPath,
            lookup: toolsFor(language).lookup,
            ...(record.params ? { params: record.params } : {}),
          })
      const rendered: RenderedFields = {
        html,
        headings: analysis.headings,
        sections: analysis.sections,
        ...(analysis.firstHeading === undefined ? {} : { firstHeading: analysis.firstHeading }),
        ...(analysis.openingHeading === undefined ? {} : { openingHeading: analysis.openingHeading }),
        lead: summarize(analysis.firstParagraph ?? analysis.plainText),
        opening: summarize(analysis.plainText),
        ...(analysis.manualSummary === undefined ? {} : { manualSummary: analysis.manualSummary }),
        readingMinutes: readingMinutes(analysis.plainText),
        usesMath: analysis.usesMath,
        usesMermaid: analysis.usesMermaid,
        usesCodeBlocks: analysis.usesCodeBlocks,
        ...(mdx === undefined ? {} : { mdx }),
      }
      return { rendered, warnings }
    } catch (error) {
      // Plain data: a worker sends it to the build, which prints it and stops.
      if (isContentError(error)) return { failure: plainProblem(error) }
      return {
        failure: {
          where: record.displayPath,
          message: `cannot be rendered: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        },
      }
    }
  }
}

/** The built-in components' names: an MDX page using another capitalised tag it does not import stops at its line. */
const MDX_BUILTIN_NAMES = Object.keys(mdxBuiltins({ words: { detailsSummary: '' }, warn: () => {} }))

/**
 * An MDX page: compiled to the module its route renders (lib/mdx/compile-mdx.ts), and rendered
 * here once, with the built-in components, for what its document holds of it (text, headings,
 * sections: ToC and search), as a Markdown page's rendering gives.
 */
async function renderMdxPage(body: string, record: SourceRecord, contentDir: string, options: MdxOptions) {
  const file = path.join(contentDir, record.filePath)
  const compiled = await compileMdx({ body, file, firstLine: 1, options, displayPath: record.displayPath })
  const warnings: BuildWarning[] = [...compiled.warnings]
  const components = mdxBuiltins({
    words: options.words,
    warn: (message, hint) => warnings.push({ file: record.displayPath, message, ...(hint ? { hint } : {}) }),
  })
  const html = await renderMdxToHtml({ code: compiled.code, file, components, displayPath: record.displayPath })
  return { html, analysis: mdxPageData(html), warnings, mdx: compiled.code }
}
