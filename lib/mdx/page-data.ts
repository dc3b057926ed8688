import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { SKIP, visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { rehypePageData, type PageAnalysis } from '../markdown/page-data'

const HEADING = /^h[1-6]$/

/**
 * What an MDX page's rendered HTML gives the book, read as a Markdown page's HTML is read
 * (lib/markdown/page-data.ts): headings for the ToC, text sections for search, the lead
 * paragraph and the reading text. The `#` anchors are left out of the headings' text, and the
 * code blocks' language labels out of the text, as on Markdown pages (whose data is read before
 * the anchors and labels are added). A heading a component
 * draws without an id stays in the text but not in the ToC: no link could lead to it.
 */
export function mdxPageData(html: string): PageAnalysis {
  const tree = fromHtml(html, { fragment: true })
  withoutHeadingAnchors(tree)
  withoutCodeBlockBars(tree)
  const file = new VFile()
  rehypePageData()(tree, file)
  const analysis = file.data.page!
  return { ...analysis, headings: analysis.headings.filter((heading) => heading.id !== '') }
}

function withoutHeadingAnchors(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    if (!HEADING.test(node.tagName)) return
    node.children = node.children.filter((child) => !(child.type === 'element' && isHeadingAnchor(child)))
    return SKIP
  })
}

function withoutCodeBlockBars(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined || !hasClass(node, 'code-block-bar')) return
    parent.children.splice(index, 1)
    return index
  })
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties['className']
  return Array.isArray(classes) && classes.includes(name)
}

function isHeadingAnchor(node: Element): boolean {
  return node.tagName === 'a' && hasClass(node, 'heading-anchor')
}
