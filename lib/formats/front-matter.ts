import { lineAt } from './text'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { ContentError } from '../diagnostics/content-error'

/**
 * Splits a content file into front matter and body the way Hugo does:
 * YAML between `---` lines, TOML between `+++` lines, or a JSON object that
 * opens the file. A byte-order mark and CRLF line endings are accepted.
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
}

/** Line endings normalised to `\n`, byte-order mark removed. */
export function normalizeSource(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n')
}

const FENCES = { yaml: '---', toml: '+++' } as const

export function splitFrontMatter(rawText: string, file: string): SplitSource {
  const text = normalizeSource(rawText)
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'))

  for (const format of ['yaml', 'toml'] as const) {
    const fence = FENCES[format]
    if (firstLine.trimEnd() !== fence) continue
    const lines = text.split('\n')
    const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === fence)
    if (close === -1) {
      throw new ContentError({
        file,
        line: 1,
        message: `front matter opened with "${fence}" is never closed`,
        hint: `add a line "${fence}" after the last front-matter field`,
      })
    }
    return {
      format,
      frontMatter: lines.slice(1, close).join('\n'),
      frontMatterLine: 2,
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
    }
  }

  if (text.startsWith('{')) {
    const end = endOfJsonObject(text)
    if (end === -1) {
      throw new ContentError({
        file,
        line: 1,
        message: 'JSON front matter opened with "{" is never closed',
        hint: 'close the JSON object with "}" before the Markdown body',
      })
    }
    const frontMatter = text.slice(0, end + 1)
    let body = text.slice(end + 1)
    const bodyLine = lineAt(text, end + 1) + (body.startsWith('\n') ? 1 : 0)
    if (body.startsWith('\n')) body = body.slice(1)
    return { format: 'json', frontMatter, frontMatterLine: 1, body, bodyLine }
  }

  return { format: 'none', frontMatter: '', frontMatterLine: 1, body: text, bodyLine: 1 }
}

/** Splits and parses; a syntax error names the file and the line in the file. */
export function parseSource(rawText: string, file: string): ParsedSource {
  const split = splitFrontMatter(rawText, file)
  return { ...split, data: parseFrontMatterData(split, file) }
}

function parseFrontMatterData(split: SplitSource, file: string): Record<string, unknown> {
  const { format, frontMatter, frontMatterLine } = split
  if (format === 'none' || frontMatter.trim() === '') return {}
  const parsed = parseDataText(format, frontMatter)
  if (!parsed.ok) {
    const { line, reason } = parsed
    throw new ContentError({
      file,
      line: line === undefined ? frontMatterLine : frontMatterLine + line - 1,
      message: `invalid ${format.toUpperCase()} front matter: ${reason}`,
      hint: FIX_HINTS[format],
    })
  }
  const { data } = parsed
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError({
      file,
      line: frontMatterLine,
      message: `front matter must be a set of fields (key: value), not ${Array.isArray(data) ? 'a list' : typeof data}`,
      hint: FIX_HINTS[format],
    })
  }
  return data as Record<string, unknown>
}

const FIX_HINTS: Record<Exclude<FrontMatterFormat, 'none'>, string> = {
  yaml: 'write one "key: value" per line and quote values that contain ": " or start with a special character',
  toml: 'write one "key = value" per line; strings need quotes, e.g. title = "标题"',
  json: 'the front matter must be one valid JSON object, e.g. { "title": "标题" }',
}

/**
 * YAML, TOML or JSON text as data (front matter here, Hugo's configuration files in
 * lib/config/hugo-config.ts), or the 1-based line within `text` and a one-line reason it
 * does not parse.
 */
export function parseDataText(
  format: 'yaml' | 'toml' | 'json',
  text: string,
): { ok: true; data: unknown } | { ok: false; line: number | undefined; reason: string } {
  try {
    return {
      ok: true,
      data: format === 'yaml' ? parseYaml(text) : format === 'toml' ? parseToml(text) : JSON.parse(text),
    }
  } catch (error) {
    return { ok: false, ...describeSyntaxError(error, text) }
  }
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

/** 1-based line number of a character offset. */

/** Index of the `}` that closes the object opening `text`, or -1; braces in strings do not count. */
function endOfJsonObject(text: string): number {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
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
