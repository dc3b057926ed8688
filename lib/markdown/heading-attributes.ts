import type { Heading, Root } from 'mdast'
import { visit } from 'unist-util-visit'

const ATTRIBUTES = /\s*\{([^{}]*)\}\s*$/

/**
 * Remark plugin for goldmark's heading attributes: `## Title {#custom-id}`,
 * `## Title {anchor=false}`, `## Title {.class}`. The id wins over the generated one; the
 * attributes as written are kept for the id goldmark makes from the rest (heading-ids.ts).
 */
export function remarkHeadingAttributes() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1)
      if (!last || last.type !== 'text') return
      const match = ATTRIBUTES.exec(last.value)
      if (!match) return
      const properties: Record<string, string | string[]> = {}
      const classes: string[] = []
      for (const token of match[1]!.trim().split(/\s+/)) {
        if (token.startsWith('#') && token.length > 1) properties['id'] = token.slice(1)
        else if (token.startsWith('.') && token.length > 1) classes.push(token.slice(1))
        else if (/^anchor=["']?false["']?$/.test(token)) properties['dataAnchor'] = 'false'
        else if (/^[\w-]+=/.test(token))
          continue // other attributes: accepted, not used
        else return // not an attribute list: leave the text alone
      }
      if (classes.length > 0) properties['className'] = classes
      last.value = last.value.slice(0, match.index)
      heading.data = {
        ...heading.data,
        headingAttributes: match[0],
        hProperties: { ...(heading.data?.hProperties ?? {}), ...properties },
      }
    })
  }
}
