import { DEFAULT_CONTENT_LIMITS, type ContentLimits } from '../config/site-config'
import { ContentError } from '../diagnostics/content-error'
import type { SplitSource } from '../formats/front-matter'
import { scanNesting, type NestingKind } from './nesting-depth'

/**
 * The bounds a page must keep (ContentLimits, lib/config/site-config.ts), checked as each file is
 * read, before anything parses it: a page past one stops the build at its line with what to do,
 * instead of a render that runs for minutes or a stack overflow naming no line. Each message
 * names the setting and a value that would let the page through, for a book that means it.
 */

/** Where the setting is written: site.config.ts `limits`, or a Hugo site's `[params.BookLimits]`. */
function raise(key: keyof ContentLimits, to: number): string {
  return `raise limits.${key} to ${to} (site.config.ts, or ${key} under [params.BookLimits] in a Hugo site's configuration)`
}

/** A file larger than limits.pageKB, at the line where it passes the limit. */
export function pageSizeError(bytes: Buffer, file: string, limits: ContentLimits = DEFAULT_CONTENT_LIMITS): ContentError | undefined {
  const limit = limits.pageKB * 1024
  if (bytes.length <= limit) return undefined
  let line = 1
  for (let at = bytes.indexOf(10); at !== -1 && at < limit; at = bytes.indexOf(10, at + 1)) line++
  return new ContentError({
    file,
    line,
    message: `the page is ${kilobytes(bytes.length)} KB, more than the ${limits.pageKB} KB a page may be (it passes that on this line)`,
    hint: `split the page into smaller pages, or ${raise('pageKB', kilobytes(bytes.length))}`,
  })
}

/** Front matter larger than limits.frontMatterKB, at its first line. */
export function frontMatterSizeError(
  split: SplitSource,
  file: string,
  limits: ContentLimits = DEFAULT_CONTENT_LIMITS,
): ContentError | undefined {
  const bytes = Buffer.byteLength(split.frontMatter)
  if (bytes <= limits.frontMatterKB * 1024) return undefined
  return new ContentError({
    file,
    line: split.frontMatterLine,
    message: `the front matter is ${kilobytes(bytes)} KB, more than the ${limits.frontMatterKB} KB front matter may be`,
    hint: `move the data into a data file or the page's text, or ${raise('frontMatterKB', kilobytes(bytes))}`,
  })
}

const NESTED: Record<NestingKind, string> = {
  list: 'lists nest',
  blockquote: 'blockquotes (">") nest',
  html: 'HTML elements nest',
  shortcode: 'shortcodes nest',
}

/**
 * Lists, blockquotes, HTML elements or shortcodes nested deeper than limits.nesting, at the line
 * where they pass it (`text`: the file's text with its front matter blanked, so lines are the file's).
 */
export function nestingError(text: string, file: string, limits: ContentLimits = DEFAULT_CONTENT_LIMITS): ContentError | undefined {
  const { tooDeep, deepest } = scanNesting(text, limits.nesting)
  if (!tooDeep) return undefined
  const { depth } = deepest[tooDeep.kind]
  return new ContentError({
    file,
    line: tooDeep.line,
    message: `${NESTED[tooDeep.kind]} ${depth} levels deep, more than the ${limits.nesting} a page may nest (it passes ${limits.nesting} on this line)`,
    hint: `nest less deeply (split the list or the page), or ${raise('nesting', depth)}`,
  })
}

/** Bytes as whole KB, rounded up (a file 1 byte over 256 KB is 257 KB, which passes 256). */
function kilobytes(bytes: number): number {
  return Math.ceil(bytes / 1024)
}
