import rehypeShiki from '@shikijs/rehype'
import type { ElementContent, Root as HastRoot } from 'hast'
import rehypeRaw from 'rehype-raw'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkCjkFriendlyStrikethrough from 'remark-cjk-friendly-gfm-strikethrough'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype'
import { unified, type Processor } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { rehypeRememberAnalysis } from './analysis-registry'
import { rehypeSpecialCodeBlocks } from './code-blocks'
import { remarkGithubAlerts } from './github-alerts'
import { rehypeHeadingAnchors } from './heading-anchors'
import { remarkHeadingAttributes } from './heading-attributes'
import { rehypeImages } from './images'
import { remarkInternalLinks } from './internal-links'
import { rehypePageData, type PageAnalysis } from './page-data'
import { remarkPreprocess } from './preprocess'
import type { MathDelimiters } from './shortcodes/expand'
import { remarkShortcodeMarkers } from './shortcodes/markers'
import { rehypeShortcodes, type ShortcodeData } from './shortcodes/render'
import { rehypeDropDangerousUrls } from './safe-urls'
import { rehypeMarkTrusted, rehypeSanitizeAuthorHtml } from './sanitize'
import { rehypeTableScroll } from './table-scroll'
import { rehypeUniqueIds } from './unique-ids'

export interface MarkdownOptions {
  /** Absolute path of the content folder. */
  contentDir: string
  /** The book's language (orders the pages a `section` shortcode lists). */
  language?: string
  /** Passthrough math (`$$…$$`, `\(…\)`), when the site enables Hugo's passthrough extension. */
  math?: MathDelimiters
  /** Keep authors' raw HTML as written (Hugo's markup.goldmark.renderer.unsafe); else it is sanitised. */
  unsafeHtml?: boolean
}

type AnyProcessor = Processor<any, any, any, any, any>

/** Markdown syntax, shared by pages and by the Markdown inside shortcodes. */
function useMarkdownSyntax(processor: AnyProcessor): void {
  processor
    .use(remarkGfm)
    // CommonMark will not close `**“引号”**的` (punctuation before, a Han character after);
    // Chinese text is full of it. These follow the CJK-friendly amendment to the spec.
    .use(remarkCjkFriendly)
    .use(remarkCjkFriendlyStrikethrough)
    .use(remarkHeadingAttributes)
    .use(remarkGithubAlerts)
    .use(remarkShortcodeMarkers)
    .use(remarkInternalLinks)
}

const REMARK_REHYPE: RemarkRehypeOptions = {
  allowDangerousHtml: true,
  footnoteLabel: '脚注',
  footnoteLabelProperties: { className: ['footnotes-title'] },
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
    `返回正文第 ${referenceIndex + 1} 处引用${rereferenceIndex > 1 ? `（${rereferenceIndex}）` : ''}`,
}

/** The Markdown of a shortcode's inner text, rendered with the page's own syntax (nested shortcodes included). */
const fragmentProcessor = unified().use(remarkParse)
useMarkdownSyntax(fragmentProcessor)
fragmentProcessor.use(remarkRehype, REMARK_REHYPE).use(rehypeShortcodes, { fragment: renderFragment }).freeze()

function renderFragment(markdown: string, data: ShortcodeData): ElementContent[] {
  const file = new VFile({ value: markdown, data: { shortcodes: data, rawDocumentData: { sourceFilePath: data.settings.sourcePath } } })
  const tree = fragmentProcessor.runSync(fragmentProcessor.parse(file), file) as HastRoot
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

/**
 * The one Markdown → HTML chain (contentlayer's `markdown: (builder) => …` hook and the
 * tests both use it). Order matters: shortcodes are rendered before raw HTML is parsed;
 * ids are given before the page data is read; the page data is read before anchors and
 * highlighting add their own text.
 */
export function configureMarkdown(builder: AnyProcessor, options: MarkdownOptions): void {
  builder.use(remarkParse).use(remarkPreprocess, { contentDir: options.contentDir, language: options.language ?? 'zh-CN', math: options.math })
  useMarkdownSyntax(builder)
  builder
    .use(remarkRehype, REMARK_REHYPE)
    .use(rehypeShortcodes, { fragment: renderFragment })
  // Sanitising needs to know which elements are ours before the author's HTML is parsed (sanitize.ts).
  if (!options.unsafeHtml) builder.use(rehypeMarkTrusted)
  builder.use(rehypeRaw)
  if (!options.unsafeHtml) builder.use(rehypeSanitizeAuthorHtml)
  builder
    .use(rehypeDropDangerousUrls)
    .use(rehypeSpecialCodeBlocks)
    .use(rehypeSlug)
    .use(rehypeUniqueIds, { contentDir: options.contentDir })
    .use(rehypePageData)
    .use(rehypeHeadingAnchors)
    .use(rehypeTableScroll)
    .use(rehypeImages, { contentDir: options.contentDir })
    .use(rehypeShiki, {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      langs: [],
      lazy: true,
      fallbackLanguage: 'text',
    })
    .use(rehypeRememberAnalysis)
    .use(rehypeStringify)
}

export interface RenderedMarkdown {
  html: string
  page: PageAnalysis
}

/** Renders a whole content file (front matter included) outside contentlayer. */
export async function renderMarkdown(text: string, sourcePath: string, options: MarkdownOptions): Promise<RenderedMarkdown> {
  const processor = unified()
  configureMarkdown(processor, options)
  const file = new VFile({ value: text, path: sourcePath, data: { rawDocumentData: { sourceFilePath: sourcePath } } })
  const result = await processor.process(file)
  return { html: String(result.value), page: result.data.page! }
}
