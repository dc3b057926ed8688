import { normalizeSource, splitFrontMatter } from '../formats/front-matter'

/**
 * The file's front matter turned into spaces, keeping every line break: the Markdown
 * parser then sees only the body, and every position it reports (line, column,
 * offset) is still the position in the author's file.
 */
export function blankFrontMatter(rawText: string, file: string): string {
  const split = splitFrontMatter(rawText, file)
  if (split.format === 'none') return rawText
  const normalized = normalizeSource(rawText)
  const bodyStart = normalized.length - split.body.length
  const rawBodyStart = rawOffset(rawText, bodyStart)
  return rawText.slice(0, rawBodyStart).replace(/[^\r\n]/g, ' ') + rawText.slice(rawBodyStart)
}

/** Offset in the raw text of an offset in its normalised form (BOM dropped, CRLF → LF). */
function rawOffset(rawText: string, normalizedOffset: number): number {
  let raw = rawText.charCodeAt(0) === 0xfeff ? 1 : 0
  for (let seen = 0; seen < normalizedOffset && raw < rawText.length; seen++) {
    raw += rawText[raw] === '\r' && rawText[raw + 1] === '\n' ? 2 : 1
  }
  return raw
}
