import { defListFromMarkdown, defListHastHandlers } from 'mdast-util-definition-list'
import { defList } from 'micromark-extension-definition-list'
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
