import { WORD_CHAR_AT, type Term } from './encoder'

const isWord = (text: string, at: number) => at >= 0 && at < text.length && WORD_CHAR_AT.test(text.slice(at, at + 2))
/** Between two terms typed side by side: nothing, or up to 3 spaces / punctuation marks. */
const isGap = (char: string | undefined) => char !== undefined && !/[\p{L}\p{N}\p{M}\uD800-\uDFFF]/u.test(char)

/** The term starts here, and a Latin word is whole here (`code`, not the start of `codex`). */
function termAt(text: string, term: Term, at: number): boolean {
  if (!text.startsWith(term.text, at)) return false
  return term.cjk || (!isWord(text, at - 1) && !isWord(text, at + term.text.length))
}

/** The terms occur in this order, side by side, somewhere in the (normalized) text. */
export function hasPhrase(text: string, terms: readonly Term[]): boolean {
  const [first, ...rest] = terms
  if (!first) return false
  for (let at = text.indexOf(first.text); at >= 0; at = text.indexOf(first.text, at + 1)) {
    if (!termAt(text, first, at)) continue
    let end = at + first.text.length
    const followed = rest.every((term) => {
      let next = end
      while (next - end < 3 && isGap(text[next])) next++
      if (!termAt(text, term, next)) return false
      end = next + term.text.length
      return true
    })
    if (followed) return true
  }
  return false
}

/** Occurrences of a term in the (normalized) text, counted up to `max`. */
export function occurrences(text: string, term: string, max: number): number {
  let count = 0
  for (let at = text.indexOf(term); at >= 0 && count < max; at = text.indexOf(term, at + term.length)) count++
  return count
}
