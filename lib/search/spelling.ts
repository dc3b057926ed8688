import type { VocabularyFile } from './search-format'

/** Only words of letters are corrected: not model names with digits (`gpt4` is not `gpt5`), not Chinese. */
const LETTERS = /^\p{L}+$/u
const MIN_LETTERS = 5
/** 1 edit for 5–8 letters, 2 beyond: short words have too many neighbours to guess from. */
export function allowedEdits(letters: number): number {
  return letters < MIN_LETTERS ? 0 : letters <= 8 ? 1 : 2
}
/** At most this many corrections of one word are searched. */
const MAX_CORRECTIONS = 3

/**
 * Edits (insertion, deletion, substitution, swap of two neighbours) from a to b, by code point;
 * `max + 1` as soon as it is sure to exceed max.
 */
export function editDistance(a: string, b: string, max: number): number {
  const x = Array.from(a)
  const y = Array.from(b)
  if (Math.abs(x.length - y.length) > max) return max + 1
  let before = new Array<number>(y.length + 1).fill(0)
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > max) return max + 1
    before = previous
    previous = current
  }
  return previous[y.length]!
}

/**
 * The book's words closest to a word it lacks (the fewest edits, then the most common first),
 * or none when the word is too short, not made of letters, or nothing is close enough.
 */
export async function closestWords(
  word: string,
  vocabulary: (length: number) => Promise<VocabularyFile>,
): Promise<string[]> {
  const letters = Array.from(word).length
  const max = LETTERS.test(word) ? allowedEdits(letters) : 0
  if (max === 0) return []
  const lengths = Array.from({ length: 2 * max + 1 }, (_, i) => letters - max + i).filter((length) => length > 0)
  const lists = await Promise.all(lengths.map(vocabulary))
  let best = max + 1
  let found: VocabularyFile = []
  for (const list of lists) {
    for (const entry of list) {
      const distance = editDistance(word, entry[0], best)
      if (distance < best) {
        best = distance
        found = [entry]
      } else if (distance === best && distance <= max) found.push(entry)
    }
  }
  return found
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_CORRECTIONS)
    .map(([entry]) => entry)
}
