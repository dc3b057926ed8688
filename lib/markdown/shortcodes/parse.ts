import { lineIndex } from '../../formats/text'
// Hugo shortcodes in a page's source, found the way Hugo finds them: before Markdown,
// anywhere in the text (code blocks included, which is why authors escape examples as
// `{{</* name */>}}`). The result is a tree: text, and shortcodes holding what stands
// between their opening and closing tags.

export interface ShortcodeParams {
  positional: string[]
  named: Record<string, string>
}

export interface ShortcodeNode {
  type: 'shortcode'
  name: string
  params: ShortcodeParams
  /** `{{% … %}}`: the inner text is Markdown. `{{< … >}}`: it is used as given. */
  markdown: boolean
  /** Has a closing tag (or the self-closing `/>}}` form: false). */
  paired: boolean
  /** Offsets in the source: the whole shortcode, and its inner text. */
  start: number
  end: number
  innerStart: number
  innerEnd: number
  /** 1-based line of the opening tag. */
  line: number
  children: ShortcodeChild[]
}

export interface TextNode {
  type: 'text'
  start: number
  end: number
  // An escaped shortcode `{{</* x */>}}` stands for the literal text `{{< x >}}`.
  literal?: string
}

export type ShortcodeChild = ShortcodeNode | TextNode

export interface ParseWarning {
  line: number
  message: string
  hint: string
}

interface Tag {
  start: number
  end: number
  name: string
  closing: boolean
  selfClosing: boolean
  markdown: boolean
  params: ShortcodeParams
}

const OPEN = /\{\{([<%])(\/\*)?/g

/** Reads the tag opening at `start` (`{{<` or `{{%`), or undefined when it is not one. */
function readTag(source: string, start: number, delimiter: string): Tag | undefined {
  const close = delimiter === '<' ? '>}}' : '%}}'
  let position = start + 3
  const params: ShortcodeParams = { positional: [], named: {} }
  const skipSpace = () => {
    while (position < source.length && /\s/.test(source[position]!)) position++
  }
  skipSpace()
  let closing = false
  if (source[position] === '/') {
    closing = true
    position++
    skipSpace()
  }
  const name = /^[\w./-]+/.exec(source.slice(position, position + 200))?.[0]
  if (!name) return undefined
  position += name.length
  let selfClosing = false
  for (;;) {
    skipSpace()
    if (source.startsWith(close, position)) break
    if (source.startsWith(`/${close}`, position)) {
      selfClosing = true
      position++
      break
    }
    const value = readValue(source, position)
    if (!value) return undefined
    position = value.end
    if (source[position] === '=') {
      const named = readValue(source, position + 1)
      if (!named) return undefined
      params.named[value.text] = named.text
      position = named.end
    } else params.positional.push(value.text)
  }
  return { start, end: position + close.length, name, closing, selfClosing, markdown: delimiter === '%', params }
}

/** A parameter: "quoted" (with \" escapes), `raw` (may span lines), or a bare word. */
function readValue(source: string, position: number): { text: string; end: number } | undefined {
  const quote = source[position]
  if (quote === '"') {
    let text = ''
    for (let index = position + 1; index < source.length; index++) {
      const char = source[index]!
      if (char === '\\' && index + 1 < source.length) text += source[++index]
      else if (char === '"') return { text, end: index + 1 }
      else if (char === '\n') return undefined
      else text += char
    }
    return undefined
  }
  if (quote === '`') {
    const end = source.indexOf('`', position + 1)
    return end === -1 ? undefined : { text: source.slice(position + 1, end), end: end + 1 }
  }
  const word = /^[^\s"=`]+?(?=\s|=|\/?[>%]\}\}|$)/.exec(source.slice(position, position + 500))?.[0]
  return word ? { text: word, end: position + word.length } : undefined
}

/** Shortcodes that only make sense with a closing tag: one left open is reported. */
const PAIRED_SHORTCODES = new Set([
  'hint',
  'details',
  'expand',
  'tabs',
  'tab',
  'columns',
  'button',
  'steps',
  'mermaid',
  'katex',
])

/**
 * Parses the shortcodes of `source`. Openings without a closing tag stand alone (like
 * `ref`); a closing tag without an opening is reported and shown as text.
 */
export function parseShortcodes(source: string): { children: ShortcodeChild[]; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = []
  const lineAt = lineIndex(source)
  const root: ShortcodeNode = {
    type: 'shortcode',
    name: '',
    params: { positional: [], named: {} },
    markdown: true,
    paired: true,
    start: 0,
    end: source.length,
    innerStart: 0,
    innerEnd: source.length,
    line: 1,
    children: [],
  }
  const stack: ShortcodeNode[] = [root]
  let textStart = 0
  const flushText = (until: number) => {
    if (until > textStart) stack.at(-1)!.children.push({ type: 'text', start: textStart, end: until })
  }

  for (const match of source.matchAll(OPEN)) {
    if (match.index < textStart) continue
    if (match[2] !== undefined) {
      const escaped = readEscaped(source, match.index, match[1]!)
      if (!escaped) {
        warnings.push({
          line: lineAt(match.index),
          message: `escaped shortcode {{${match[1]}/* is never closed`,
          hint: `end it with */${match[1] === '<' ? '>' : '%'}}}`,
        })
        continue
      }
      flushText(escaped.start)
      textStart = escaped.end
      stack.at(-1)!.children.push(escaped)
      continue
    }
    const tag = readTag(source, match.index, match[1]!)
    if (!tag) continue
    flushText(tag.start)
    textStart = tag.end
    const parent = stack.at(-1)!
    const line = lineAt(tag.start)
    if (tag.closing) {
      let opener = stack.findLastIndex((node, index) => index > 0 && node.name === tag.name)
      const innermost = stack.length > 1 ? stack.at(-1)! : undefined
      const lastNested = innermost?.children.findLast((child) => child.type === 'shortcode')
      if (opener === -1 && innermost && lastNested?.type === 'shortcode' && lastNested.name === tag.name) {
        // Hugo 0.111 checks a closing tag against the last shortcode nested in the open one, not
        // the open one itself: `{{< tabs >}}…{{% /tab %}}{{< /tab >}}` closes the tabs there.
        warnings.push({
          line,
          message: `closing shortcode ${closingTag(tag)} closes {{${innermost.markdown ? '%' : '<'} ${innermost.name} ${innermost.markdown ? '%' : '>'}}} of line ${innermost.line}, as Hugo 0.111 reads it`,
          hint: `write ${closingTag({ markdown: innermost.markdown, name: innermost.name })}`,
        })
        opener = stack.length - 1
      }
      if (opener === -1) {
        warnings.push({
          line,
          message: `closing shortcode ${closingTag(tag)} has no opening tag`,
          hint: `remove it, or add {{< ${tag.name} >}} before it`,
        })
        parent.children.push({ type: 'text', start: tag.start, end: tag.end })
        continue
      }
      // Shortcodes opened after this one and never closed stand alone: their content moves up.
      while (stack.length - 1 > opener) {
        const unclosed = stack.pop()!
        standAlone(unclosed, stack.at(-1)!, warnings)
      }
      const node = stack.pop()!
      node.innerEnd = tag.start
      node.end = tag.end
      node.paired = true
      continue
    }
    const node: ShortcodeNode = {
      type: 'shortcode',
      name: tag.name,
      params: tag.params,
      markdown: tag.markdown,
      paired: false,
      start: tag.start,
      end: tag.end,
      innerStart: tag.end,
      innerEnd: tag.end,
      line,
      children: [],
    }
    parent.children.push(node)
    if (!tag.selfClosing) stack.push(node)
  }
  flushText(source.length)
  while (stack.length > 1) standAlone(stack.pop()!, stack.at(-1)!, warnings)
  return { children: root.children, warnings }
}

// Hugo's escaped shortcode: from `{{</*` to the next `*/>}}` (`{{%/*` to `*/%}}`) everything is
// text, nested tags, line breaks and spacing included; only the comment marks go:
// `{{</* katex >}}…{{< /katex */>}}` shows `{{< katex >}}…{{< /katex >}}`.
function readEscaped(source: string, start: number, delimiter: string): TextNode | undefined {
  const close = delimiter === '<' ? '>}}' : '%}}'
  const innerStart = start + 5
  const closeAt = source.indexOf(`*/${close}`, innerStart)
  if (closeAt === -1) return undefined
  const end = closeAt + 2 + close.length
  return { type: 'text', start, end, literal: `{{${delimiter}${source.slice(innerStart, closeAt)}${close}` }
}

/** An opening that was never closed: it ends at its own tag, and what it collected follows it. */
function standAlone(node: ShortcodeNode, parent: ShortcodeNode, warnings: ParseWarning[]): void {
  if (PAIRED_SHORTCODES.has(node.name)) {
    warnings.push({
      line: node.line,
      message: `shortcode ${node.markdown ? `{{% ${node.name} %}}` : `{{< ${node.name} >}}`} is never closed`,
      hint: `add {{${node.markdown ? '%' : '<'} /${node.name} ${node.markdown ? '%' : '>'}}} where its content ends`,
    })
  }
  const moved = node.children
  node.children = []
  node.innerStart = node.innerEnd = node.end
  parent.children.push(...moved)
}

function closingTag(tag: { markdown: boolean; name: string }): string {
  return tag.markdown ? `{{% /${tag.name} %}}` : `{{< /${tag.name} >}}`
}
