import type { Nodes, Paragraph, Parents, Root, RootContent, Table, Text } from 'mdast'
import type { Properties } from 'hast'
import type { VFile } from 'vfile'

/** `{.class #id key=value key="a value"}`, as goldmark's attribute parser reads it. */
const ATTRIBUTE_LIST = /^\{\s*((?:(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s"'{}]+))\s*)*)\}$/
const ATTRIBUTE = /([.#])([\w-]+)|([\w-]+)=(?:"([^"]*)"|'([^']*)'|([^\s"'{}]+))/g

/** The attributes of a `{…}` line, or undefined when it is not one (it then stays text, as in goldmark). */
function parseBlockAttributes(line: string): Properties | undefined {
  const match = ATTRIBUTE_LIST.exec(line.trim())
  if (!match) return undefined
  // In the order written, the classes joined where the first one is (goldmark's order).
  const properties: Properties = {}
  const classes: string[] = []
  const addClasses = (...names: string[]) => {
    properties['className'] = classes
    classes.push(...names)
  }
  for (const [, sigil, name, key, double, single, bare] of match[1]!.matchAll(ATTRIBUTE)) {
    if (sigil === '.') addClasses(name!)
    else if (sigil === '#') properties['id'] = name!
    else if (key === 'class') addClasses(...(double ?? single ?? bare ?? '').split(/\s+/).filter(Boolean))
    else properties[key!] = double ?? single ?? bare ?? ''
  }
  return properties
}

/**
 * Remark plugin for Hugo's block attributes (`markup.goldmark.parser.attribute.block = true`): a
 * `{.class #id}` line right below a paragraph, list, quote, table or rule gives that block
 * its attributes:
 *
 *     1. one
 *     2. two
 *     {.alph}
 *
 * In goldmark the line ends the block above it; CommonMark reads it as the block's last line (a
 * list item's or a quote's lazy continuation, a table's last row), so it is found there, and the
 * block it belongs to is told by its indentation. A `{…}` line after a blank line, a code block or
 * a heading, or first in its container, sets nothing and is dropped, as in Hugo + hugo-book. Runs before anything
 * rewrites text (typographer, emoji) or positions (shortcodes).
 */
export function remarkBlockAttributes() {
  return (tree: Root, file: VFile) => {
    const lines = String(file.value ?? '').split('\n')
    const edits: (() => void)[] = []
    const walk = (node: Nodes, ancestors: Parents[]) => {
      if (node.type === 'paragraph') {
        const edit = paragraphAttributes(node, ancestors, lines)
        if (edit) edits.push(edit)
      } else if (node.type === 'table') {
        const edit = tableAttributes(node)
        if (edit) edits.push(edit)
      }
      if ('children' in node) for (const child of node.children) walk(child, [...ancestors, node])
    }
    walk(tree, [])
    // After the walk: removing nodes during it would skip their siblings.
    for (const edit of edits) edit()
  }
}

function paragraphAttributes(paragraph: Paragraph, ancestors: Parents[], lines: string[]): (() => void) | undefined {
  const last = paragraph.children.at(-1)
  if (last?.type !== 'text') return undefined
  const lineStart = last.value.lastIndexOf('\n') + 1
  const properties = parseBlockAttributes(last.value.slice(lineStart))
  if (!properties) return undefined
  // One type for every parent's children: their union of node types is too large to compare against.
  const siblings = ancestors.at(-1)!.children as RootContent[]
  if (lineStart === 0) {
    // The paragraph is the `{…}` line alone: it belongs to the block just above it, if any.
    if (paragraph.children.length > 1) return undefined
    const index = siblings.indexOf(paragraph)
    const previous = index > 0 ? siblings[index - 1] : undefined
    const adjacent =
      previous?.position && paragraph.position && previous.position.end.line + 1 === paragraph.position.start.line
    return () => {
      siblings.splice(siblings.indexOf(paragraph), 1)
      // hugo-book's heading template writes only the id Hugo made before, and Hugo gives a code
      // fence's attributes to its highlighter alone: neither shows them.
      if (previous && adjacent && previous.type !== 'code' && previous.type !== 'heading')
        setAttributes(previous, properties)
    }
  }
  const column = braceColumn(paragraph, last.value.slice(lineStart), lines)
  const target = column === undefined ? paragraph : blockOfLine(paragraph, ancestors, column)
  return () => {
    last.value = last.value.slice(0, lineStart).replace(/[ \t]*\n$/, '')
    if (last.value === '') paragraph.children.pop()
    const previous = paragraph.children.at(-1)
    if (previous?.type === 'break') paragraph.children.pop()
    setAttributes(target, properties)
  }
}

/**
 * The column the `{…}` line starts at: from the text as written when the paragraph's last line there
 * is this line, else from where the paragraph ends (which counts spaces after the `}`).
 */
function braceColumn(paragraph: Paragraph, line: string, lines: string[]): number | undefined {
  const end = paragraph.position?.end
  if (!end) return undefined
  const written = lines[end.line - 1]
  const at = written?.indexOf(line) ?? -1
  if (written !== undefined && at >= 0 && written.slice(at + line.length).trim() === '') return at + 1
  return end.column - line.length
}

/**
 * The block a `{…}` line at this column closes: the paragraph when the line is inside the
 * paragraph's own container, else the list or quote whose items it is less indented than.
 */
function blockOfLine(paragraph: Paragraph, ancestors: Parents[], column: number): Nodes {
  let target: Nodes = paragraph
  for (let depth = ancestors.length - 1; depth > 0; depth--) {
    const container = ancestors[depth]!
    if (container.type !== 'listItem' && container.type !== 'blockquote') continue
    const contentColumn = container.children[0]?.position?.start.column
    if (contentColumn === undefined || column >= contentColumn) break
    // Not inside this item or quote: the line follows the list (or the quote) as a whole.
    target = container.type === 'listItem' ? ancestors[depth - 1]! : container
  }
  return target
}

function tableAttributes(table: Table): (() => void) | undefined {
  const row = table.children.at(-1)
  if (!row || table.children.length < 2) return undefined
  const [first, ...rest] = row.children
  if (!first || rest.some((cell) => cell.children.length > 0)) return undefined
  const only = first.children.length === 1 ? first.children[0] : undefined
  const properties = only?.type === 'text' ? parseBlockAttributes((only as Text).value) : undefined
  if (!properties) return undefined
  return () => {
    table.children.pop()
    setAttributes(table, properties)
  }
}

/** Attributes the block already has (a heading's own `{#id}`) win, as in Hugo. */
function setAttributes(node: Nodes, properties: Properties): void {
  const data = (node.data ??= {}) as { hProperties?: Properties }
  data.hProperties = { ...properties, ...data.hProperties }
}
