import { joinedWord, splitTerms, type Term } from './encoder'
import { markText, type Pattern, type Segment } from './snippet'

/**
 * What to mark: the terms as matched (a relaxed search matches, and marks, CJK pairs and
 * parts); Latin words joined as the index holds them (`claude-code` marks `Claude Code` too).
 */
export function patternsFor(terms: readonly Term[]): Pattern[] {
  return terms.map((term, i) => ({ text: term.cjk ? term.text : joinedWord(term.text), term: i, wholeWord: !term.cjk }))
}

/**
 * The text with these (normalized) terms marked, by the rules of the result snippets. Kept
 * apart from query.ts so that marking a page does not load FlexSearch.
 */
export function markTerms(text: string, terms: readonly string[]): Segment[] {
  return markText(text, patternsFor(terms.flatMap((term) => splitTerms(term))))
}
