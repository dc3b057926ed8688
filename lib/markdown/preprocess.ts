import type { Root } from 'mdast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { ContentError } from '../diagnostics/content-error'
import { expandSource, NoncharacterInText, type ExpandOptions, type MathDelimiters } from './shortcodes/expand'
import { refText } from './shortcodes/builtins/refs'
import type { ShortcodeSettings } from './shortcodes/context'
import { sourceOf } from './source'

export interface PreprocessOptions {
  settings: Omit<ShortcodeSettings, 'sourcePath' | 'displayPath' | 'lookup' | 'warnings' | 'pageParams'>
  /** Passthrough math delimiters, when the site enables them. */
  math?: MathDelimiters
}

/**
 * Unified plugin, used after remark-parse: what Hugo does before Markdown. Shortcodes (and
 * passthrough math) become markers and refs become URLs before the text is parsed; every
 * line keeps its number, so positions still point into the author's file. The text handed
 * in is the body with its front matter blanked (lib/content/sources.ts).
 */
export function remarkPreprocess(this: Processor, options: PreprocessOptions) {
  const parse = this.parser
  if (!parse) throw new Error('remarkPreprocess must come after remark-parse')
  this.parser = (document: string, file: VFile) => {
    const { path: sourcePath, displayPath, lookup, warnings, params } = sourceOf(file)
    const warn = (line: number, message: string, hint: string) =>
      warnings.push({ file: displayPath, line, message, hint })
    const unresolved = new Set<string>()
    const expansion = expandOrStop(document, displayPath, {
      textOf: (node) => refText(node, { lookup, sourcePath, warn, unresolved }),
      math: options.math,
    })
    for (const warning of expansion.warnings) warn(warning.line, warning.message, warning.hint)
    file.data.shortcodes = {
      expansion,
      source: document,
      settings: {
        ...options.settings,
        sourcePath,
        displayPath,
        lookup,
        warnings,
        math: options.math,
        ...(params ? { pageParams: params } : {}),
      },
      lineOffset: 0,
      ids: new Map(),
      unresolvedRefs: unresolved,
    }
    return parse(expansion.text, file) as Root
  }
}

function expandOrStop(document: string, displayPath: string, options: ExpandOptions) {
  try {
    return expandSource(document, options)
  } catch (error) {
    if (!(error instanceof NoncharacterInText)) throw error
    throw new ContentError({
      file: displayPath,
      line: error.line,
      message: error.message,
      hint: 'delete it (a copy and paste may have brought it in): the build uses these characters to mark where shortcodes stand',
    })
  }
}
