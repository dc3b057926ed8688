import { lineAt, lineIndex } from './text'
import { parse as parseToml } from 'smol-toml'
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml'
import type { BuildWarning } from '../diagnostics/build-warnings'
import { ContentError } from '../diagnostics/content-error'

/**
 * Splits a content file into front matter and body the way Hugo 0.111 does: YAML between `---`
 * lines, TOML between `+++` lines, or a JSON object, after any blank lines, spaces or tabs. A
 * byte-order mark and CRLF line endings are accepted. Line numbers are the file's own.
 */

export type FrontMatterFormat = 'yaml' | 'toml' | 'json' | 'none'

export interface SplitSource {
  format: FrontMatterFormat
  /** The front matter text, without its delimiters. */
  frontMatter: string
  /** 1-based line of the file on which the front matter text starts. */
  frontMatterLine: number
  /** The Markdown body. */
  body: string
  /** 1-based line of the file on which the body starts. */
  bodyLine: number
}

export interface ParsedSource extends SplitSource {
  /** Front matter fields with their keys as written. */
  data: Record<string, unknown>
  /** A key written twice (the last value counts, as in Hugo), naming the file and line. */
  warnings: BuildWarning[]
}

/** Line endings normalised to `\n`, byte-order mark removed. */
export function normalizeSource(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n')
}

const FENCES = { yaml: '---', toml: '+++' } as const

export function splitFrontMatter(rawText: string, file: string): SplitSource {
  const text = normalizeSource(rawText)
  // Hugo skips spaces, tabs and blank lines before the front matter.
  const start = /^[ \t\n]*/.exec(text)![0].length
  const openLine = lineAt(text, start)
  const lineEnd = text.indexOf('\n', start)
  const firstLine = text.slice(start, lineEnd === -1 ? text.length : lineEnd)

  for (const format of ['yaml', 'toml'] as const) {
    const fence = FENCES[format]
    if (firstLine.trimEnd() !== fence) continue
    // Hugo closes the front matter at the first line that starts with the fence (`----` too).
    const found = lineEnd === -1 ? -1 : text.indexOf(`\n${fence}`, lineEnd)
    if (found === -1) {
      throw new ContentError({
        file,
        line: openLine,
        message: `front matter opened with "${fence}" is never closed`,
        hint: `add a line "${fence}" after the last front-matter field`,
      })
    }
    const closeAt = found + 1
    let bodyStart = closeAt + fence.length
    if (text[bodyStart] === '\n') bodyStart++
    return {
      format,
      frontMatter: text.slice(lineEnd + 1, found),
      frontMatterLine: openLine + 1,
      body: text.slice(bodyStart),
      bodyLine: lineAt(text, bodyStart),
    }
  }

  if (text.startsWith('{', start)) {
    const end = endOfJsonObject(text, start)
    if (end === -1) {
      throw new ContentError({
        file,
        line: openLine,
        message: 'JSON front matter opened with "{" is never closed',
        hint: 'close the JSON object with "}" before the Markdown body',
      })
    }
    const bodyStart = text[end + 1] === '\n' ? end + 2 : end + 1
    return {
      format: 'json',
      frontMatter: text.slice(start, end + 1),
      frontMatterLine: openLine,
      body: text.slice(bodyStart),
      bodyLine: lineAt(text, bodyStart),
    }
  }

  return { format: 'none', frontMatter: '', frontMatterLine: 1, body: text, bodyLine: 1 }
}

/** Splits and parses; a syntax error names the file and the line in the file. */
export function parseSource(rawText: string, file: string): ParsedSource {
  return parseSplitSource(splitFrontMatter(rawText, file), file)
}

/** Parses the front matter of a file already split (after a check of its size, lib/content/content-limits.ts). */
export function parseSplitSource(split: SplitSource, file: string): ParsedSource {
  return { ...split, ...parseFrontMatterData(split, file) }
}

function parseFrontMatterData(split: SplitSource, file: string): Pick<ParsedSource, 'data' | 'warnings'> {
  const { format, frontMatter, frontMatterLine } = split
  if (format === 'none' || frontMatter.trim() === '') return { data: {}, warnings: [] }
  const parsed = parseDataText(format, frontMatter)
  if (!parsed.ok) {
    const { line, reason } = parsed
    // smol-toml's words for a key written twice, which TOML forbids (Hugo stops on it too).
    const repeated = format === 'toml' && /redefine an already defined/.test(reason)
    throw new ContentError({
      file,
      line: line === undefined ? frontMatterLine : frontMatterLine + line - 1,
      message: `invalid ${format.toUpperCase()} front matter: ${repeated ? 'a key (or table) written twice' : reason}`,
      hint: repeated
        ? 'remove one of the two: TOML does not allow a key twice, and Hugo stops on it too'
        : FIX_HINTS[format],
    })
  }
  const { data } = parsed
  const warnings = parsed.repeatedKeys.map(({ key, line, firstLine }): BuildWarning => ({
    file,
    line: frontMatterLine + line - 1,
    message: `front matter: ${key} is written again (first on line ${frontMatterLine + firstLine - 1}); the last value is used, as in Hugo`,
    hint: 'remove the one that should not count',
  }))
  for (const { line, reason } of parsed.notes)
    warnings.push({
      file,
      line: line === undefined ? frontMatterLine : frontMatterLine + line - 1,
      message: `front matter: ${reason}`,
    })
  if (data === null || data === undefined) return { data: {}, warnings }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError({
      file,
      line: frontMatterLine,
      message: `front matter must be a set of fields (key: value), not ${Array.isArray(data) ? 'a list' : typeof data}`,
      hint: FIX_HINTS[format],
    })
  }
  return { data: data as Record<string, unknown>, warnings }
}

const FIX_HINTS: Record<Exclude<FrontMatterFormat, 'none'>, string> = {
  yaml: 'write one "key: value" per line and quote values that contain ": " or start with a special character',
  toml: 'write one "key = value" per line; strings need quotes, e.g. title = "标题"',
  json: 'the front matter must be one valid JSON object, e.g. { "title": "标题" }',
}

/** A key written again in the same table: where (1-based lines within the text), as written (`menu.docs.weight`). */
export interface RepeatedKey {
  key: string
  line: number
  firstLine: number
}

interface ParsedData {
  ok: true
  data: unknown
  repeatedKeys: RepeatedKey[]
  /** What the YAML parser warns of (an unknown tag such as `!foo`), with the line within the text. */
  notes: { line: number | undefined; reason: string }[]
}

/**
 * YAML, TOML or JSON text as data (front matter here, Hugo's configuration files in
 * lib/config/hugo-config.ts), or the 1-based line within `text` and a one-line reason it
 * does not parse. A key written twice in YAML or JSON keeps its last value, as Hugo's
 * decoders do, and is listed in `repeatedKeys`; TOML forbids it (an error, as in Hugo).
 */
export function parseDataText(
  format: 'yaml' | 'toml' | 'json',
  text: string,
): ParsedData | { ok: false; line: number | undefined; reason: string } {
  try {
    if (format === 'toml') return { ok: true, data: parseToml(text), repeatedKeys: [], notes: [] }
    if (format === 'json') return { ok: true, data: JSON.parse(text), repeatedKeys: repeatedJsonKeys(text), notes: [] }
    const document = parseDocument(text, { uniqueKeys: false })
    if (document.errors.length > 0) throw document.errors[0]
    const notes = document.warnings.map((warning) => describeSyntaxError(warning, text))
    return { ok: true, data: document.toJS(), repeatedKeys: repeatedKeysOf(document, text), notes }
  } catch (error) {
    return { ok: false, ...describeSyntaxError(error, text) }
  }
}

/** JSON is YAML: the YAML parser finds where a key of valid JSON is repeated. */
function repeatedJsonKeys(json: string): RepeatedKey[] {
  const document = parseDocument(json, { uniqueKeys: false })
  return document.errors.length > 0 ? [] : repeatedKeysOf(document, json)
}

function repeatedKeysOf(document: Document, text: string): RepeatedKey[] {
  const repeated: RepeatedKey[] = []
  const lineOf = lineIndex(text)
  const visit = (node: unknown, path: string) => {
    if (isSeq(node)) node.items.forEach((item, index) => visit(item, `${path}[${index}]`))
    if (!isMap(node)) return
    const firstLines = new Map<string, number>()
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue
      const key = path === '' ? String(pair.key.value) : `${path}.${String(pair.key.value)}`
      const line = lineOf(pair.key.range?.[0] ?? 0)
      const firstLine = firstLines.get(key)
      if (firstLine === undefined) firstLines.set(key, line)
      else repeated.push({ key, line, firstLine })
      visit(pair.value, key)
    }
  }
  visit(document.contents, '')
  return repeated
}

/** The 1-based line (within `text`) and a one-line reason from a parser's error. */
function describeSyntaxError(error: unknown, text: string): { line: number | undefined; reason: string } {
  const message = error instanceof Error ? error.message : String(error)
  const reason = message
    .split('\n')[0]!
    .replace(/^Invalid TOML document: /, '')
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?$/, '')
  const withLinePos = error as { linePos?: [{ line: number }]; line?: number }
  if (Array.isArray(withLinePos.linePos) && withLinePos.linePos[0]) return { line: withLinePos.linePos[0].line, reason }
  if (typeof withLinePos.line === 'number') return { line: withLinePos.line, reason }
  const lineMatch = /\(line (\d+) column \d+\)/.exec(message)
  if (lineMatch) return { line: Number(lineMatch[1]), reason }
  const positionMatch = /at position (\d+)/.exec(message)
  if (positionMatch) return { line: lineAt(text, Number(positionMatch[1])), reason }
  return { line: undefined, reason }
}

/** Index of the `}` that closes the object opening at `start`, or -1; braces in strings do not count. */
function endOfJsonObject(text: string, start: number): number {
  let depth = 0
  let inString = false
  for (let index = start; index < text.length; index++) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{') depth++
    else if (char === '}' && --depth === 0) return index
  }
  return -1
}

/** The (normalised) text with its front matter turned into blank lines: the body keeps the file's line numbers. */
export function blankFrontMatter(text: string, split: SplitSource): string {
  const bodyStart = text.length - split.body.length
  return text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + split.body
}

/**
 * The 1-based file line on which a top-level front-matter key is written, so that an
 * error about a field's value can point at it. Keys compare case-insensitively, as in Hugo.
 */
export function lineOfField(split: SplitSource, key: string): number | undefined {
  const wanted = key.toLowerCase()
  const lines = split.frontMatter.split('\n')
  const pattern = /^\s{0,2}["']?([A-Za-z_][\w-]*)["']?\s*[:=]/
  for (let index = 0; index < lines.length; index++) {
    const match = pattern.exec(lines[index]!)
    if (match && match[1]!.toLowerCase() === wanted) return split.frontMatterLine + index
  }
  return undefined
}
