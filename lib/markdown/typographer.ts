import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import type { Nodes, Parents, Root, Text } from 'mdast'
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference'
import type { VFile } from 'vfile'
import { parsedText } from './parsed-text'

/** What each of goldmark's typographic substitutions becomes (Hugo's markup.goldmark.extensions.typographer). */
export interface TypographerSubstitutions {
  leftSingleQuote: string
  rightSingleQuote: string
  leftDoubleQuote: string
  rightDoubleQuote: string
  enDash: string
  emDash: string
  ellipsis: string
  leftAngleQuote: string
  rightAngleQuote: string
  apostrophe: string
}

const DEFAULT_SUBSTITUTIONS: TypographerSubstitutions = {
  leftSingleQuote: '\u2018',
  rightSingleQuote: '\u2019',
  leftDoubleQuote: '\u201c',
  rightDoubleQuote: '\u201d',
  enDash: '\u2013',
  emDash: '\u2014',
  ellipsis: '\u2026',
  leftAngleQuote: '\u00ab',
  rightAngleQuote: '\u00bb',
  apostrophe: '\u2019',
}

// Go's classes as goldmark uses them (util.IsPunct/IsSpace on a byte, unicode.IsPunct/IsSpace on a rune).
const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/
const isAsciiPunct = (char: string | undefined) => char !== undefined && ASCII_PUNCT.test(char)
const isAsciiSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r'
const isUnicodePunct = (char: string) => /^\p{P}$/u.test(char)
const isUnicodeSpace = (char: string) =>
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(char)
const isPunctRune = (char: string) => isAsciiPunct(char) || isUnicodePunct(char)
const isSpaceRune = (char: string) => isAsciiSpace(char) || isUnicodeSpace(char)
const isLetter = (char: string | undefined) => char !== undefined && /^\p{L}$/u.test(char)
const isDigit = (char: string | undefined) => char !== undefined && /^\p{Nd}$/u.test(char)
const isNumeric = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9'

/**
 * goldmark reads `line[2]` as a byte: after a multi-byte character it is a continuation
 * byte, never punctuation or space. `line` is a list of characters here.
 */
function byteAt(line: string[], index: number): string | undefined {
  let at = 0
  for (const char of line) {
    if (at === index) return char
    at += Buffer.byteLength(char)
    if (at > index) return '\u0080'
  }
  return undefined
}
function byteLength(line: string[]): number {
  let length = 0
  for (const char of line) length += Buffer.byteLength(char)
  return length
}

interface Counter {
  single: number
  double: number
}

/**
 * goldmark's typographer (extension/typographer.go, v1.5.4, as in Hugo 0.111) for one
 * character: `line` is the rest of its line in the source (the character first),
 * `before` the character before it. Returns the replacement and how many characters it takes.
 */
function typographicReplacement(
  line: string[],
  before: string,
  counter: Counter,
  subs: TypographerSubstitutions,
): [string, number] | undefined {
  const c = line[0]
  const n = byteLength(line)
  if (n > 2) {
    if (c === '-' && line[1] === '-' && line[2] === '-') return [subs.emDash, 3]
    if (c === '.') return line[1] === '.' && line[2] === '.' ? [subs.ellipsis, 3] : undefined
  }
  if (n > 1) {
    if (c === '<') return line[1] === '<' ? [subs.leftAngleQuote, 2] : undefined
    if (c === '>') return line[1] === '>' ? [subs.rightAngleQuote, 2] : undefined
    if (c === '-' && line[1] === '-') return [subs.enDash, 2]
  }
  if (c !== "'" && c !== '"') return undefined
  // parser.ScanDelimiter: a run of the same quote, flanking as CommonMark's emphasis.
  let runEnd = 1
  while (line[runEnd] === c) runEnd++
  const after = line[runEnd] ?? ' '
  const beforePunct = isPunctRune(before)
  const beforeSpace = isSpaceRune(before)
  const afterPunct = isPunctRune(after)
  const afterSpace = isSpaceRune(after)
  const canOpen = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
  const canClose = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
  const byte2 = byteAt(line, 2)
  if (c === "'") {
    if (canOpen && !canClose && n > 3 && isNumeric(line[1]) && isNumeric(line[2]) && line[3] === 's') {
      const next = line[4] ?? ' '
      if (isSpaceRune(next) || isPunctRune(next)) return [subs.apostrophe, 1] // '90s
    }
    if (n > 1 && (isUnicodePunct(before) || isUnicodeSpace(before)) && ['t', 'e', 'n', 'l'].includes(line[1]!))
      return [subs.apostrophe, 1] // 'twas, 'em, 'n'
    if (n > 1 && (isDigit(before) || isLetter(before)) && isLetter(line[1])) return [subs.apostrophe, 1] // don't
    if (canOpen && !canClose) {
      let right = false
      // Alice's, I'm, Don't, You'd; I've, I'll, You're
      if (n > 1 && ['s', 'm', 't', 'd'].includes(line[1]!) && (n < 3 || isAsciiPunct(byte2) || isAsciiSpace(byte2)))
        right = true
      const byte3 = byteAt(line, 3)
      const pair = `${line[1]}${line[2]}`
      if (n > 2 && ['ve', 'll', 're'].includes(pair) && (n < 4 || isAsciiPunct(byte3) || isAsciiSpace(byte3)))
        right = true
      if (!right) counter.single++
      return [right ? subs.rightSingleQuote : subs.leftSingleQuote, 1]
    }
    // goldmark's condition reads `A && B || C && D`: any quote not before a digit (Smiths', doin').
    if (n > 2 && !isDigit(line[1])) return [subs.rightSingleQuote, 1]
    if (counter.single > 0) {
      const maybeClose =
        canClose &&
        canOpen &&
        n > 1 &&
        isUnicodePunct(line[1]!) &&
        (n === 2 || (n > 2 && isAsciiPunct(byte2)) || isAsciiSpace(byte2))
      if ((canClose && !canOpen) || maybeClose) {
        counter.single--
        return [subs.rightSingleQuote, 1]
      }
    }
    return undefined
  }
  if (canOpen && !canClose) {
    counter.double++
    return [subs.leftDoubleQuote, 1]
  }
  if (counter.double > 0) {
    const maybeClose =
      canClose &&
      canOpen &&
      n > 1 &&
      isUnicodePunct(line[1]!) &&
      (n === 2 || (n > 2 && isAsciiPunct(byte2)) || isAsciiSpace(byte2))
    if ((canClose && !canOpen) || maybeClose) {
      if (n > 1 && line[1] === '"' && isDigit(before)) return undefined // Monitor 21""
      counter.double--
      return [subs.rightDoubleQuote, 1]
    }
  }
  return undefined
}

const TRIGGERS = new Set(["'", '"', '-', '.', '<', '>'])
/** Blocks whose text goldmark parses line by line: the typographer sees one of their lines at a time. */
const LINE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'defListTerm'])
const ENTITY = /^&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/

/**
 * The entity at `at` in the source and the text the parser made of it (`&amp;` → `&`), as
 * micromark decodes it; undefined when there is none there (an unknown name is text as written).
 */
function entityAt(source: string, at: number): { length: number; text: string } | undefined {
  const match = ENTITY.exec(source.slice(at, at + 40))
  if (!match) return undefined
  const [whole, decimal, hex, name] = match
  const text =
    decimal !== undefined
      ? decodeNumericCharacterReference(decimal, 10)
      : hex !== undefined
        ? decodeNumericCharacterReference(hex, 16)
        : decodeNamedCharacterReference(name!)
  return text === false ? undefined : { length: whole.length, text }
}

/**
 * Where each character of a text node stands in the source; -1 for characters written as
 * an escape (`\"`) or an entity (`&quot;`), which goldmark leaves as they are. Undefined when
 * the two cannot be matched (the node is then left alone).
 */
function sourceOffsets(value: string, source: string, start: number, end: number): number[] | undefined {
  const offsets: number[] = []
  let i = start
  let j = 0
  while (j < value.length) {
    if (i >= end) return undefined
    const char = source[i]!
    const entity = char === '&' ? entityAt(source, i) : undefined
    if (char === '\\' && i + 1 < end && isAsciiPunct(source[i + 1]) && value[j] === source[i + 1]) {
      offsets.push(-1)
      i += 2
      j++
    } else if (entity && value.startsWith(entity.text, j)) {
      for (let k = 0; k < entity.text.length; k++) offsets.push(-1)
      i += entity.length
      j += entity.text.length
    } else if (char === value[j]) {
      offsets.push(i)
      i++
      j++
    } else if (char === ' ' || char === '\t' || char === '>' || char === '\n') {
      i++ // indentation and blockquote markers that the tree leaves out of continuation lines
    } else return undefined
  }
  return offsets
}

/** The position, in the source, of the content of the block a text node is in. */
interface LineBlock {
  start: number
  end: number
}

function isAutolink(node: Nodes, source: string): boolean {
  return node.type === 'link' && node.position?.start.offset !== undefined && source[node.position.start.offset] !== '['
}

/**
 * Remark plugin: goldmark's typographer, on by default in Hugo. Straight quotes become curly,
 * `--` an en dash, `---` an em dash, `...` an ellipsis, `<<`/`>>` guillemets — only in text:
 * code, URLs, raw HTML and escaped characters keep what was written. Each decision reads the
 * source around the character, as goldmark does, so emphasis marks and line ends count.
 */
export function remarkTypographer(options: { substitutions?: Partial<TypographerSubstitutions> } = {}) {
  const subs = { ...DEFAULT_SUBSTITUTIONS, ...options.substitutions }
  return (tree: Root, file: VFile) => {
    const source = parsedText(file)
    // goldmark counts open quotes for the whole document, not per paragraph (its reset never runs).
    const counter: Counter = { single: 0, double: 0 }
    const walk = (node: Parents, block: LineBlock | undefined) => {
      for (const child of node.children) {
        if (child.type === 'text') {
          if (block) replaceInText(child, block, source, counter, subs)
        } else if ('children' in child && !isAutolink(child, source)) {
          walk(child, LINE_BLOCKS.has(child.type) ? contentOf(child) : block)
        }
      }
    }
    walk(tree, undefined)
  }
}

function contentOf(node: Parents): LineBlock | undefined {
  const first = node.children[0]?.position?.start.offset
  const last = node.children.at(-1)?.position?.end.offset
  return first === undefined || last === undefined ? undefined : { start: first, end: last }
}

function replaceInText(
  node: Text,
  block: LineBlock,
  source: string,
  counter: Counter,
  subs: TypographerSubstitutions,
): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  const value = node.value
  if (![...TRIGGERS].some((trigger) => value.includes(trigger))) return
  const offsets = sourceOffsets(value, source, start, end)
  if (!offsets) return
  let out = ''
  let j = 0
  while (j < value.length) {
    const offset = offsets[j]!
    const char = value[j]!
    if (offset < 0 || !TRIGGERS.has(char)) {
      out += char
      j++
      continue
    }
    const newline = source.indexOf('\n', offset)
    const lineEnd = newline === -1 || newline >= block.end ? block.end : newline + 1
    const line = [...source.slice(offset, lineEnd)]
    const before = offset === block.start ? '\n' : precedingChar(source, offset)
    const replacement = typographicReplacement(line, before, counter, subs)
    // A replacement that takes more characters needs them in this node, written as they are.
    if (replacement && offsets.slice(j, j + replacement[1]).every((at, k) => at === offset + k)) {
      out += replacement[0]
      j += replacement[1]
    } else {
      out += char
      j++
    }
  }
  node.value = out
}

function precedingChar(source: string, offset: number): string {
  const code = source.codePointAt(offset - 1)!
  if (code >= 0xdc00 && code <= 0xdfff && offset >= 2) return String.fromCodePoint(source.codePointAt(offset - 2)!)
  return String.fromCodePoint(code)
}
