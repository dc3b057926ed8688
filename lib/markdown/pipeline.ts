import rehypeShiki from '@shikijs/rehype'
import type { ElementContent, Root as HastRoot } from 'hast'
import rehypeRaw from 'rehype-raw'
import rehypeStringify from 'rehype-stringify'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkCjkFriendlyStrikethrough from 'remark-cjk-friendly-gfm-strikethrough'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype'
import { unified, type Processor } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import type { BuildWarning } from '../diagnostics/build-warnings'
import { ContentError } from '../diagnostics/content-error'
import type { HugoParams } from '../formats/hugo-params'
import type { MarkdownWords } from '../i18n/words'
import {
  DEFAULT_CODE_HIGHLIGHT,
  rehypeCodeBlockFrames,
  rehypeSpecialCodeBlocks,
  remarkFenceAttributes,
  rehypeFocusableCode,
  shikiOptions,
  type CodeHighlightOptions,
} from './code-blocks'
import { remarkBlockAttributes } from './block-attributes'
import { definitionListHandlers, remarkDefinitionLists } from './definition-lists'
import { remarkEmoji } from './emoji'
import { remarkGithubAlerts } from './github-alerts'
import { rehypeHeadingAnchors } from './heading-anchors'
import { remarkHeadingAttributes } from './heading-attributes'
import { rehypeHeadingIds, remarkHeadingIdSource, type HeadingIdType } from './heading-ids'
import { rehypeImages } from './images'
import { remarkInternalLinks } from './internal-links'
import { rehypePageData, type PageAnalysis } from './page-data'
import { remarkPreprocess } from './preprocess'
import { expandSource, PLACEHOLDER_TRACE, type MathDelimiters } from './shortcodes/expand'
import { remarkFileLines, remarkShortcodeMarkers } from './shortcodes/markers'
import { rehypeShortcodes, type ShortcodeData } from './shortcodes/render'
import type { SiteShortcodes } from './shortcodes/site-shortcode-api'
import { rehypeDropDangerousUrls } from './safe-urls'
import { rehypeMarkTrusted, rehypeSanitizeAuthorHtml } from './sanitize'
import type { MarkdownSource } from './source'
import { rehypeTableScroll } from './table-scroll'
import { remarkTypographer, type TypographerSubstitutions } from './typographer'
import { rehypeUniqueIds } from './unique-ids'

export interface MarkdownOptions {
  /** The words the chain writes itself (footnotes, alerts, anchors' labels…), in the book's language. */
  words: MarkdownWords
  /** Passthrough math (`$$…$$`, `\(…\)`), when the site enables Hugo's passthrough extension. */
  math?: MathDelimiters
  /** Keep authors' raw HTML as written (Hugo's markup.goldmark.renderer.unsafe); else it is sanitised. */
  unsafeHtml?: boolean
  /** The site's own shortcodes, already loaded (lib/site/shortcode-modules.ts): the chain reads no files. */
  siteShortcodes?: SiteShortcodes
  /** Line numbers, fence attributes and themes of code blocks (Hugo's markup.highlight). */
  highlight?: CodeHighlightOptions
  /** Hugo's markup.goldmark.parser.autoHeadingIDType: how heading ids are made from their text (default `github`). */
  headingIdType?: HeadingIdType
  /** goldmark's typographer (curly quotes, dashes, ellipses) with these substitutions; off when undefined. */
  typographer?: Partial<TypographerSubstitutions>
  /** `~~struck~~` text (goldmark's strikethrough extension); on unless false. */
  strikethrough?: boolean
  /** `Term` / `: Definition` lists (goldmark's definitionList extension); on unless false. */
  definitionList?: boolean
  /** `:smile:` → 😄 (Hugo's enableEmoji); off unless true. */
  emoji?: boolean
  /** A `{.class #id}` line below a block gives it attributes (Hugo's markup.goldmark.parser.attribute.block); off unless true. */
  blockAttributes?: boolean
  /** Hugo's site params (`[params]`), which the param shortcode reads after the page's own. */
  siteParams?: HugoParams
}

/** What the page's Markdown and the Markdown inside its shortcodes are read with. */
type MarkdownSyntax = Pick<
  MarkdownOptions,
  'words' | 'typographer' | 'strikethrough' | 'definitionList' | 'emoji' | 'blockAttributes'
>

// unified types a processor by the trees each plugin turns into the next; the chain is typed by its plugins, not here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyProcessor = Processor<any, any, any, any, any>

/** Markdown syntax, shared by pages and by the Markdown inside shortcodes. */
function useMarkdownSyntax(processor: AnyProcessor, syntax: MarkdownSyntax): void {
  const { words, typographer } = syntax
  // goldmark strikes through only between `~~`: `1~n` keeps its tilde (GFM would take one `~` too).
  const tildes = { singleTilde: false }
  // Before positions are moved to the file's lines and before text is rewritten (block-attributes.ts).
  if (syntax.blockAttributes) processor.use(remarkBlockAttributes)
  processor
    .use(remarkFileLines)
    .use(remarkGfm, tildes)
    // CommonMark will not close `**“引号”**的` (punctuation before, a Han character after);
    // Chinese text is full of it. These follow the CJK-friendly amendment to the spec.
    .use(remarkCjkFriendly)
  if (syntax.strikethrough === false) processor.use(remarkWithoutStrikethrough)
  else processor.use(remarkCjkFriendlyStrikethrough, tildes)
  if (syntax.definitionList !== false) processor.use(remarkDefinitionLists)
  processor
    .use(remarkHeadingAttributes)
    .use(remarkHeadingIdSource)
    .use(remarkGithubAlerts, { words })
    .use(remarkShortcodeMarkers)
    .use(remarkInternalLinks)
  if (typographer) processor.use(remarkTypographer, { substitutions: typographer })
  if (syntax.emoji) processor.use(remarkEmoji)
}

/** Remark plugin: `~~text~~` stays as written (Hugo's `strikethrough = false`); remark-gfm cannot leave it out alone. */
function remarkWithoutStrikethrough(this: AnyProcessor) {
  ;(this.data().micromarkExtensions ??= []).push({ disable: { null: ['strikethrough'] } })
}

/** How the Markdown tree becomes HTML: footnotes in the book's words, definition lists (MDX pages use it too). */
export function remarkRehypeOptions(words: MarkdownWords): RemarkRehypeOptions {
  return {
    allowDangerousHtml: true,
    handlers: definitionListHandlers,
    footnoteLabel: words.footnotesLabel,
    footnoteLabelProperties: { className: ['footnotes-title'] },
    footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
      words.footnoteBackLabel(referenceIndex, rereferenceIndex),
  }
}

/** The chain for a shortcode's inner Markdown: the page's own syntax, nested shortcodes included. */
function createFragmentRenderer(syntax: MarkdownSyntax): (markdown: string, data: ShortcodeData) => ElementContent[] {
  const processor = unified().use(remarkParse)
  useMarkdownSyntax(processor, syntax)
  processor.use(remarkRehype, remarkRehypeOptions(syntax.words)).use(rehypeShortcodes, { fragment: renderFragment })
  processor.freeze()
  function renderFragment(markdown: string, data: ShortcodeData): ElementContent[] {
    const { sourcePath, displayPath, lookup, warnings } = data.settings
    const file = new VFile({
      value: markdown,
      path: sourcePath,
      data: { shortcodes: data, source: { path: sourcePath, displayPath, lookup, warnings } },
    })
    const tree = processor.runSync(processor.parse(file), file) as HastRoot
    // Positions of the fragment count from its first line: make them lines of the page's file.
    if (data.lineOffset > 0) {
      visit(tree, (node) => {
        if (node.position) {
          node.position.start.line += data.lineOffset
          node.position.end.line += data.lineOffset
        }
      })
    }
    return tree.children as ElementContent[]
  }
  return renderFragment
}

export type MarkdownProcessor = AnyProcessor

/**
 * The one Markdown → HTML chain, made once per build and used for every page. Order
 * matters: shortcodes are rendered before raw HTML is parsed; ids are given before the
 * page data is read; the page data is read before anchors and highlighting add their own text.
 */
export function createMarkdownProcessor(options: MarkdownOptions): MarkdownProcessor {
  const { words } = options
  const highlight = options.highlight ?? DEFAULT_CODE_HIGHLIGHT
  const fragment = createFragmentRenderer(options)
  const processor = unified()
    .use(remarkParse)
    .use(remarkPreprocess, {
      settings: {
        words,
        siteShortcodes: options.siteShortcodes,
        unsafeHtml: options.unsafeHtml,
        ...(options.siteParams ? { siteParams: options.siteParams } : {}),
      },
      math: options.math,
    })
  useMarkdownSyntax(processor, options)
  processor.use(remarkFenceAttributes).use(remarkRehype, remarkRehypeOptions(words)).use(rehypeShortcodes, { fragment })
  // Sanitising needs to know which elements are ours before the author's HTML is parsed (sanitize.ts).
  if (!options.unsafeHtml) processor.use(rehypeMarkTrusted)
  processor.use(rehypeRaw)
  if (!options.unsafeHtml) processor.use(rehypeSanitizeAuthorHtml)
  processor
    .use(rehypeDropDangerousUrls)
    .use(rehypeSpecialCodeBlocks)
    .use(rehypeHeadingIds, { type: options.headingIdType })
    .use(rehypeUniqueIds)
    .use(rehypePageData)
    .use(rehypeHeadingAnchors, { words })
    .use(rehypeTableScroll, { words })
    .use(rehypeImages, { words })
    .use(rehypeCodeBlockFrames)
    .use(rehypeShiki, shikiOptions(highlight))
    .use(rehypeFocusableCode)
    .use(rehypeStringify)
  return processor.freeze()
}

export interface RenderedMarkdown {
  html: string
  analysis: PageAnalysis
  /** What the chain found wrong on the page (a broken link, a missing image), in the order it found it. */
  warnings: BuildWarning[]
}

/** Renders one page's body (front matter blanked, so lines are the file's) with what it may link to. */
export async function renderMarkdown(
  processor: MarkdownProcessor,
  body: string,
  source: Omit<MarkdownSource, 'warnings'>,
): Promise<RenderedMarkdown> {
  const warnings: BuildWarning[] = []
  const file = new VFile({ value: body, path: source.path, data: { source: { ...source, warnings } } })
  const result = await processor.process(file)
  const html = String(result.value)
  if (PLACEHOLDER_TRACE.test(html)) throw placeholderLeft(html, body, source.displayPath)
  return { html, analysis: result.data.page!, warnings }
}

/**
 * A placeholder in the HTML means a shortcode went where the chain does not look: the page would
 * show a stray mark and lose the shortcode. Nothing a reader sees may carry one: the build stops.
 */
export function placeholderLeft(html: string, body: string, displayPath: string): ContentError {
  const index = Number(/\uFDD0[SM](\d+)/.exec(html)?.[1] ?? 0)
  const shortcode = expandSource(body).shortcodes[index]
  return new ContentError({
    file: displayPath,
    line: shortcode?.line,
    message: `the shortcode ${shortcode ? `{{< ${shortcode.name} >}} ` : ''}could not be put back where it stands`,
    hint: 'this is a fault of the build, not of the page: please report it with this page; moving the shortcode onto a line of its own avoids it',
  })
}
