import rehypeShiki from '@shikijs/rehype'
import rehypeRaw from 'rehype-raw'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkCjkFriendlyStrikethrough from 'remark-cjk-friendly-gfm-strikethrough'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import { rehypeRememberAnalysis } from './analysis-registry'
import { rehypeHeadingAnchors } from './heading-anchors'
import { rehypeImages } from './images'
import { rehypePageData, type PageAnalysis } from './page-data'
import { remarkSkipFrontMatter } from './skip-front-matter'
import { rehypeTableScroll } from './table-scroll'

export interface MarkdownOptions {
  /** Absolute path of the content folder. */
  contentDir: string
}

/**
 * The one Markdown → HTML chain (contentlayer's `markdown: (builder) => …` hook and the
 * tests both use it). Order matters: ids are given before the page data is read, and
 * the page data is read before anchors and highlighting add their own text.
 */
export function configureMarkdown(builder: Processor<any, any, any, any, any>, options: MarkdownOptions): void {
  builder
    .use(remarkParse)
    .use(remarkSkipFrontMatter)
    .use(remarkGfm)
    // CommonMark will not close `**“引号”**的` (punctuation before, a Han character after);
    // Chinese text is full of it. These follow the CJK-friendly amendment to the spec.
    .use(remarkCjkFriendly)
    .use(remarkCjkFriendlyStrikethrough)
    .use(remarkRehype, {
      allowDangerousHtml: true,
      footnoteLabel: '脚注',
      footnoteLabelProperties: { className: ['footnotes-title'] },
      footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
        `返回正文第 ${referenceIndex + 1} 处引用${rereferenceIndex > 1 ? `（${rereferenceIndex}）` : ''}`,
    })
    .use(rehypeRaw)
    .use(rehypeSlug)
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
