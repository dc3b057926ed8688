import type { Nodes, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { MARKER } from './expand'

/**
 * Remark plugin: the markers left by preprocessing (HTML comments `<!--sc:3-->`) become
 * `sc-marker` elements for rehypeShortcodes; a block marker stays a block, an inline one
 * stays inline. A marker inside code (Hugo also expands shortcodes there) shows the
 * shortcode as it was written.
 */
export function remarkShortcodeMarkers() {
  return (tree: Root, file: VFile) => {
    const data = file.data.shortcodes
    if (!data) return
    visit(tree, (node: Nodes, _index, parent) => {
      if (node.type === 'html') {
        const match = MARKER.exec(node.value.replace(/\n/g, ''))
        if (!match) return
        const converted = node as unknown as { type: string; data: Record<string, unknown> }
        converted.type = 'shortcodeMarker'
        const block = parent?.type !== 'paragraph' && parent?.type !== 'heading' && parent?.type !== 'tableCell'
        converted.data = {
          hName: 'sc-marker',
          hProperties: { dataKind: match[1], dataIndex: match[2], dataBlock: String(block) },
        }
      } else if (node.type === 'code' || node.type === 'inlineCode') {
        node.value = node.value.replace(/<!--(sc|math):(\d+)\s*-->/g, (whole, kind: string, index: string) => {
          if (kind === 'math') return whole
          const shortcode = data.expansion.shortcodes[Number(index)]
          return shortcode ? data.source.slice(shortcode.start, shortcode.end) : whole
        })
      }
    })
  }
}
