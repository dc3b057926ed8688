import { createProcessor } from '@mdx-js/mdx'
import rehypeShiki from '@shikijs/rehype'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkCjkFriendlyStrikethrough from 'remark-cjk-friendly-gfm-strikethrough'
import remarkGfm from 'remark-gfm'
import { VFile } from 'vfile'
import type { BuildWarning } from '../diagnostics/build-warnings'
import { isContentError } from '../diagnostics/content-error'
import type { MarkdownWords } from '../i18n/words'
import {
  DEFAULT_CODE_HIGHLIGHT,
  rehypeFocusableCode,
  rehypeCodeBlockFrames,
  rehypeSpecialCodeBlocks,
  remarkFenceAttributes,
  shikiOptions,
  type CodeHighlightOptions,
} from '../markdown/code-blocks'
import { rehypeHeadingAnchors } from '../markdown/heading-anchors'
import { rehypeHeadingIds, remarkHeadingIdSource, type HeadingIdType } from '../markdown/heading-ids'
import { remarkRehypeOptions } from '../markdown/pipeline'
import { rehypeTableScroll } from '../markdown/table-scroll'
import { rehypeUniqueIds } from '../markdown/unique-ids'
import { MdxContentError } from './mdx-content-error'
import { remarkPageImports } from './page-imports'

export interface MdxOptions {
  /** The words the chain writes itself (footnotes, anchors' labels, tables' labels), in the book's language. */
  words: MarkdownWords
  /** Line numbers and themes of code blocks (Hugo's markup.highlight), as on Markdown pages. */
  highlight?: CodeHighlightOptions
  /** Hugo's markup.goldmark.parser.autoHeadingIDType, as on Markdown pages (default `github`). */
  headingIdType?: HeadingIdType
  /**
   * The names of the components every page is given through `props.components` (the built-ins).
   * When set, a capitalised tag that is none of them and that the page does not import or export
   * stops the build at its place; when undefined, such a tag fails only when the page renders.
   */
  components?: readonly string[]
}

export interface CompiledMdx {
  /**
   * The page as an ES module with JSX (to be bundled as a `.jsx` file): its default export renders
   * the page and takes the built-in components as `components`; imports by path are absolute.
   */
  code: string
  /** The local files the page imports, absolute: a change to one of them changes the page. */
  imports: string[]
  /** What the chain found wrong but could render (a heading id used twice), with lines. */
  warnings: BuildWarning[]
}

export interface MdxInput {
  /** The page's text after its front matter. */
  body: string
  /** The page's absolute path: imports by path are looked up from its folder. */
  file: string
  /** The line of the file the body starts on: errors and warnings give the file's own lines. */
  firstLine: number
  options: MdxOptions
  /** How errors and warnings name the page (`content/docs/a.mdx`); the absolute path when undefined. */
  displayPath?: string
}

// @mdx-js/mdx types its processor by the trees it turns into JavaScript; only `process` is used here.
type MdxProcessor = ReturnType<typeof createProcessor>

/** One processor per options object (a build makes one): Shiki's themes and grammars load once. */
const processors = new WeakMap<MdxOptions, MdxProcessor>()

function processorFor(options: MdxOptions): MdxProcessor {
  let processor = processors.get(options)
  if (processor) return processor
  const highlight = options.highlight ?? DEFAULT_CODE_HIGHLIGHT
  // goldmark strikes through only between `~~`, as on Markdown pages (pipeline.ts).
  const tildes = { singleTilde: false }
  processor = createProcessor({
    jsx: true,
    outputFormat: 'program',
    development: false,
    remarkPlugins: [
      [remarkPageImports, { components: options.components }],
      [remarkGfm, tildes],
      remarkCjkFriendly,
      [remarkCjkFriendlyStrikethrough, tildes],
      remarkHeadingIdSource,
      remarkFenceAttributes,
    ],
    remarkRehypeOptions: remarkRehypeOptions(options.words),
    // The order of the Markdown chain's (pipeline.ts): ids before anchors, highlighting last.
    rehypePlugins: [
      rehypeSpecialCodeBlocks,
      [rehypeHeadingIds, { type: options.headingIdType }],
      rehypeUniqueIds,
      [rehypeHeadingAnchors, { words: options.words }],
      [rehypeTableScroll, { words: options.words }],
      rehypeCodeBlockFrames,
      [rehypeShiki, shikiOptions(highlight)],
      rehypeFocusableCode,
    ],
  })
  processors.set(options, processor)
  return processor
}

/**
 * Compiles one MDX page to an ES module for the bundler, with the Markdown pages' syntax (GFM,
 * CJK-friendly emphasis), Hugo's heading ids, `#` anchors and highlighted code blocks. A syntax
 * error, an import that names no file or (with `options.components`) an unknown component stops
 * with an MdxContentError at the file's line and column.
 */
export async function compileMdx(input: MdxInput): Promise<CompiledMdx> {
  const displayPath = input.displayPath ?? input.file
  const warnings: BuildWarning[] = []
  // Blank lines for the front matter: every position in the trees is then the file's own.
  const value = '\n'.repeat(Math.max(0, input.firstLine - 1)) + input.body
  const file = new VFile({
    value,
    path: input.file,
    data: {
      source: {
        path: input.file,
        displayPath,
        lookup: { page: () => undefined, hasUrl: () => false, fileUrl: () => undefined },
        warnings,
      },
    },
  })
  try {
    const result = await processorFor(input.options).process(file)
    return { code: String(result.value), imports: result.data.imports ?? [], warnings }
  } catch (error) {
    throw asContentError(error, displayPath)
  }
}

/** What MDX's parser throws (a VFileMessage): where, what, and which part of the syntax. */
interface MdxMessage {
  reason: string
  line?: number
  column?: number
  source?: string
  url?: string
}

function isMdxMessage(error: unknown): error is MdxMessage {
  return error instanceof Error && typeof (error as Partial<MdxMessage>).reason === 'string'
}

/** MDX's error at the file's line and column with a fix; errors of ours pass as they are. */
function asContentError(error: unknown, displayPath: string): unknown {
  if (isContentError(error) || !isMdxMessage(error)) return error
  return new MdxContentError({
    file: displayPath,
    line: error.line,
    column: error.column,
    message: `MDX: ${error.reason}`,
    hint: `${syntaxHint(error.source)}${error.url ? ` (MDX explains this error: ${error.url})` : ''}`,
  })
}

function syntaxHint(source: string | undefined): string {
  if (source === 'micromark-extension-mdx-jsx')
    return 'close or correct the tag; in text, write `<` as `\\<` and `{` as `\\{` (MDX reads them as the start of a component and of JavaScript)'
  if (source === 'micromark-extension-mdx-expression')
    return 'correct the JavaScript between `{` and `}`; in text, write `{` as `\\{`; a comment is `{/* text */}`'
  if (source === 'micromark-extension-mdxjs-esm')
    return 'correct the import or export line (a line starting with `import` or `export` is JavaScript in MDX)'
  return 'correct the MDX at this place: MDX is Markdown where `<`, `{` and lines starting with import/export are code'
}
