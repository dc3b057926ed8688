import type { Root } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { reportWarning } from '../diagnostics/build-warnings'
import { contentIndex } from '../content/content-index'
import { displayPath } from '../content/source-file'
import { expandSource, type MathDelimiters } from './shortcodes/expand'
import { refText } from './shortcodes/builtins/refs'
import { blankFrontMatter } from './skip-front-matter'
import { sourcePathOf } from './source-path'

export interface PreprocessOptions {
  contentDir: string
  language: string
  /** Passthrough math delimiters, when the site enables them. */
  math?: MathDelimiters
}

/**
 * Unified plugin, used after remark-parse: what Hugo does before Markdown. The front
 * matter is blanked, shortcodes (and passthrough math) become markers, refs become URLs;
 * every line keeps its number, so positions still point into the author's file.
 *
 * contentlayer names the file (`vfile.data.rawDocumentData`) in a transformer, which runs
 * after parsing: so the parser only keeps the text, and this plugin's transformer, the
 * first of the chain, expands and parses it once the page's path is known.
 */
export function remarkPreprocess(this: Processor, options: PreprocessOptions) {
  const parse = this.parser
  if (!parse) throw new Error('remarkPreprocess must come after remark-parse')
  const documents = new WeakMap<VFile, string>()
  this.parser = (document, file) => {
    documents.set(file, document)
    return { type: 'root', children: [] }
  }
  return (tree: Root, file: VFile) => {
    const sourcePath = sourcePathOf(file)
    const source = blankFrontMatter(documents.get(file) ?? String(file.value), sourcePath)
    const index = contentIndex(options.contentDir)
    const shown = displayPath(options.contentDir, sourcePath)
    const warn = (line: number, message: string, hint: string) => reportWarning({ file: shown, line, message, hint })
    const unresolved = new Set<string>()
    const expansion = expandSource(source, { textOf: (node) => refText(node, { index, sourcePath, warn, unresolved }), math: options.math })
    for (const warning of expansion.warnings) warn(warning.line, warning.message, warning.hint)
    file.data.shortcodes = {
      expansion,
      source,
      settings: { contentDir: options.contentDir, sourcePath, displayPath: shown, index, language: options.language, math: options.math },
      lineOffset: 0,
      ids: new Map(),
      unresolvedRefs: unresolved,
    }
    const parsed = parse(expansion.text, file) as Root
    tree.children = parsed.children
    tree.position = parsed.position
  }
}
