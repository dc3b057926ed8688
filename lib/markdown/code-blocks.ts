import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { reportWarning } from '../diagnostics/build-warnings'
import { renderMath } from './shortcodes/builtins/katex'
import { mermaidBlock } from './shortcodes/builtins/mermaid'

/**
 * Rehype plugin (before highlighting): ```mermaid blocks become diagrams drawn in the
 * browser, ```katex (and ```math) blocks become typeset formulas.
 */
export function rehypeSpecialCodeBlocks() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
      const classes = (code?.properties['className'] as string[] | undefined) ?? []
      const language = classes.find((name) => name.startsWith('language-'))?.slice('language-'.length)
      if (!code || !language) return
      const text = toString(code).replace(/\n$/, '')
      if (language === 'mermaid') parent.children[index] = mermaidBlock(text)
      else if (language === 'katex' || language === 'math') {
        const data = file.data.shortcodes
        const line = (node.position?.start.line ?? 0) + (data?.lineOffset ?? 0)
        const warn = (message: string, hint?: string) => reportWarning({ file: data?.settings.displayPath ?? file.path ?? '', line, message, hint })
        parent.children.splice(index, 1, ...renderMath(text, true, warn))
      }
    })
  }
}
