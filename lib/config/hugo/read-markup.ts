/**
 * Goldmark settings: math passed through between delimiters (Hugo's
 * markup.goldmark.extensions.passthrough), raw HTML kept (markup.goldmark.renderer.unsafe),
 * the typographer (markup.goldmark.extensions.typographer), strikethrough and definition lists
 * (markup.goldmark.extensions.strikethrough, .definitionList), how heading ids are made
 * (markup.goldmark.parser.autoHeadingIDType), block attributes (markup.goldmark.parser.attribute.block);
 * and emoji shortcodes (enableEmoji).
 */
import type { MathConfig, SiteConfig, SiteConfigInput, TypographicSubstitution } from '../site-config'
import type { Reader } from './reader'

export function readMarkup(reader: Reader): SiteConfigInput {
  const out: SiteConfigInput = {}
  const math = readMath(reader)
  if (math) out.math = math
  const unsafe = reader.flag('markup.goldmark.renderer.unsafe')
  if (unsafe !== undefined) out.unsafeHtml = unsafe
  const typographer = readTypographer(reader)
  if (typographer !== undefined) out.typographer = typographer
  const strikethrough = reader.flag('markup.goldmark.extensions.strikethrough')
  if (strikethrough !== undefined) out.strikethrough = strikethrough
  const definitionList = reader.flag('markup.goldmark.extensions.definitionlist')
  if (definitionList !== undefined) out.definitionList = definitionList
  const enableEmoji = reader.flag('enableemoji')
  if (enableEmoji !== undefined) out.enableEmoji = enableEmoji
  const blockAttributes = reader.flag('markup.goldmark.parser.attribute.block')
  if (blockAttributes !== undefined) out.blockAttributes = blockAttributes
  const idType = reader.text('markup.goldmark.parser.autoheadingidtype')
  if (idType !== undefined) {
    if (ID_TYPES.includes(idType as SiteConfig['headingIdType']))
      out.headingIdType = idType as SiteConfig['headingIdType']
    else
      reader.warn(
        'markup.goldmark.parser.autoheadingidtype',
        `expected one of ${ID_TYPES.join(', ')}, found "${idType}"; "github" is used`,
      )
  }
  return out
}

const ID_TYPES: readonly SiteConfig['headingIdType'][] = ['github', 'github-ascii', 'blackfriday']

const SUBSTITUTIONS: readonly TypographicSubstitution[] = [
  'leftSingleQuote',
  'rightSingleQuote',
  'leftDoubleQuote',
  'rightDoubleQuote',
  'enDash',
  'emDash',
  'ellipsis',
  'leftAngleQuote',
  'rightAngleQuote',
  'apostrophe',
]

/**
 * Hugo 0.111 takes `typographer = false`; later versions a table with `disable = true` and
 * replacement strings (HTML, as `&laquo;`), which are read as the text they stand for.
 */
function readTypographer(reader: Reader): SiteConfig['typographer'] | undefined {
  const base = 'markup.goldmark.extensions.typographer'
  const value = reader.get(base)
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) {
    const on = reader.flag(base)
    return on === undefined ? undefined : on ? {} : false
  }
  if (reader.flag(`${base}.disable`) === true) return false
  const substitutions: Partial<Record<TypographicSubstitution, string>> = {}
  for (const name of SUBSTITUTIONS) {
    const text = reader.get(`${base}.${name.toLowerCase()}`)
    if (typeof text === 'string') substitutions[name] = decodeHtmlText(text)
  }
  return substitutions
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsaquo: '\u2039',
  rsaquo: '\u203a',
}

/** `&laquo;&nbsp;` → `« `: the entities a replacement is usually written with, and numeric ones. */
function decodeHtmlText(html: string): string {
  return html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      )
    return NAMED[name] ?? whole
  })
}

function readMath(reader: Reader): Partial<MathConfig> | undefined {
  const base = 'markup.goldmark.extensions.passthrough'
  const enable = reader.flag(`${base}.enable`)
  const block = readDelimiters(reader, `${base}.delimiters.block`)
  const inline = readDelimiters(reader, `${base}.delimiters.inline`)
  if (enable === undefined && block === undefined && inline === undefined) return undefined
  return { passthrough: enable ?? false, ...(block ? { block } : {}), ...(inline ? { inline } : {}) }
}

/** A list of [open, close] pairs; other entries are left out with a warning. */
function readDelimiters(reader: Reader, lowerPath: string): [string, string][] | undefined {
  const value = reader.get(lowerPath)
  if (value === undefined || value === null) return undefined
  const pairs: unknown[] = Array.isArray(value) ? value : []
  const valid = pairs.filter(
    (pair): pair is [string, string] =>
      Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string' && part !== ''),
  )
  if (!Array.isArray(value) || valid.length !== pairs.length) {
    reader.warn(
      lowerPath,
      'expected a list of [open, close] pairs, e.g. [["\\\\(", "\\\\)"]]; the other entries are left out',
    )
  }
  return valid.map(([open, close]) => [open, close])
}
