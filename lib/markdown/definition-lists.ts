import { defListFromMarkdown, defListHastHandlers } from 'mdast-util-definition-list'
import { defList } from 'micromark-extension-definition-list'
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types'
import type { Processor } from 'unified'

/**
 * Remark plugin: goldmark's definition lists (on by default in Hugo), `<dl>`, `<dt>`, `<dd>`:
 *
 *     Term 1
 *     Term 2
 *     : A definition, tight (no `<p>`)
 *
 *     : Another, loose (after a blank line: in a `<p>`), its own blocks indented below it
 *
 * Each line of the paragraph before the first `:` is a term, as in goldmark.
 */
export function remarkDefinitionLists(this: Processor) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(defList)
  ;(data.fromMarkdownExtensions ??= []).push(defListFromMarkdown)
}

/** How remark-rehype turns the lists' nodes into `<dl>`, `<dt>` and `<dd>`. */
export const definitionListHandlers = defListHastHandlers

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    defListDescriptionIndent: 'defListDescriptionIndent'
  }
}

/** micromark's codes for a space, a tab and the virtual spaces a tab expands to. */
const isSpaceOrTab = (code: Code) => code === 32 || code === -2 || code === -1

/**
 * Two departures of the syntax extension from goldmark, corrected on its construct in place (the
 * extension reaches the same object again for a second `:` of a list, so a copy would miss those):
 *
 * - goldmark opens a definition only when a space or tab follows the `:` (`: ` then nothing is an
 *   empty one); a bare `:` at the end of a line stays text, as in the Notepad++ manual's
 *   `**Data Structure**` / `:` / a code fence.
 * - The indentation that keeps a line inside a definition is written as a `linePrefix` token, which
 *   micromark's list reads as its own indentation: a list starting where the definition's text
 *   starts then wants its continuation lines indented twice, and `a. sub` under `2. two` fell out of
 *   the list. Renamed once matched, the prefix is the definition's alone, as a list item's is.
 */
const construct = defList.document?.[58] as Construct & { continuation: Construct }
const openDefinition = construct.tokenize
const continueDefinition = construct.continuation.tokenize

construct.tokenize = function (this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const open = openDefinition.call(this, effects, ok, nok)
  return (code) => {
    if (code !== 58) return nok(code)
    return effects.check({ tokenize: colonThenSpace, partial: true }, open, nok)(code)
  }
}

function colonThenSpace(effects: Effects, ok: State, nok: State): State {
  return (code) => {
    effects.enter('defListDescriptionMarker')
    effects.consume(code)
    effects.exit('defListDescriptionMarker')
    return (next) => (isSpaceOrTab(next) ? ok(next) : nok(next))
  }
}

construct.continuation.tokenize = function (this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return continueDefinition.call(
    this,
    effects,
    (code) => {
      const tail = this.events.at(-1)
      if (tail && tail[0] === 'exit' && tail[1].type === 'linePrefix') tail[1].type = 'defListDescriptionIndent'
      return ok(code)
    },
    nok,
  )
}
