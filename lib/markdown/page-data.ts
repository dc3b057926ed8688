import type { Element, ElementContent, Root, RootContent } from 'hast'
import type { VFile } from 'vfile'
import { readableText } from './readable-text'

/** A heading as the ToC and search see it: the id is the one in the HTML. */
export interface Heading {
  level: number
  text: string
  id: string
}

/** The text of the page between two h2/h3 headings (the search index's unit). */
export interface TextSection {
  /** Undefined for the text above the first heading. */
  heading?: string
  id?: string
  level: number
  text: string
}

/** What the Markdown pipeline learns about a page while rendering it. */
export interface PageAnalysis {
  headings: Heading[]
  sections: TextSection[]
  plainText: string
  /** Text of the first `#` heading, the title fallback. */
  firstHeading?: string
  /** The heading (any level) the body opens with: the page's title when its text is the title's (lib/content/title-heading.ts). */
  openingHeading?: Heading
  /** Text of the first paragraph: the description when front matter has none. */
  firstParagraph?: string
  /** Text before Hugo's `<!--more-->` summary divider, when the page has one. */
  manualSummary?: string
  /** The page has typeset math (it needs KaTeX's stylesheet) or diagrams (it needs mermaid). */
  usesMath: boolean
  usesMermaid: boolean
  /** The page has code blocks (it needs their copy buttons' script). */
  usesCodeBlocks: boolean
}

const HEADING = /^h([1-6])$/

function headingLevel(node: RootContent | ElementContent): number {
  if (node.type !== 'element') return 0
  const match = HEADING.exec(node.tagName)
  return match ? Number(match[1]) : 0
}

function isFootnotes(node: Element): boolean {
  return node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Reads headings, sections and plain text from the rendered tree (after rehypeHeadingIds). */
function analyzeTree(tree: Root): PageAnalysis {
  const headings: Heading[] = []
  const collectHeadings = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      // A figure's caption title (an h4) is not in the table of contents, as in Hugo.
      if (node.type !== 'element' || isFootnotes(node) || node.tagName === 'figcaption') continue
      const level = headingLevel(node)
      if (level > 0)
        headings.push({ level, text: collapse(readableText(node)), id: String(node.properties['id'] ?? '') })
      else collectHeadings(node.children)
    }
  }
  collectHeadings(tree.children)

  const sections: TextSection[] = []
  let current: TextSection & { parts: string[] } = { level: 0, text: '', parts: [] }
  const close = () => {
    const text = collapse(current.parts.join(' '))
    if (text !== '' || current.heading !== undefined)
      sections.push({ heading: current.heading, id: current.id, level: current.level, text })
  }
  for (const node of tree.children) {
    const level = headingLevel(node)
    if (level === 2 || level === 3) {
      close()
      const element = node as Element
      current = {
        heading: collapse(readableText(element)),
        id: String(element.properties['id'] ?? ''),
        level,
        text: '',
        parts: [],
      }
    } else if (level === 1) {
      continue // the page title: indexed as the title, not as text
    } else if (node.type === 'element' || node.type === 'text') {
      current.parts.push(readableText(node as Element))
    }
  }
  close()

  const divider = tree.children.findIndex((node) => node.type === 'comment' && node.value.trim() === 'more')
  const manualSummary =
    divider === -1
      ? undefined
      : collapse(
          tree.children
            .slice(0, divider)
            .map((node) => (node.type === 'element' || node.type === 'text' ? readableText(node as Element) : ''))
            .join(' '),
        ) || undefined
  const firstElement = tree.children.find((node) => node.type === 'element')
  const firstParagraph = tree.children
    .filter((node): node is Element => node.type === 'element' && node.tagName === 'p')
    .map((node) => collapse(readableText(node)))
    .find((text) => text !== '')
  const firstH1 = headings.find((heading) => heading.level === 1)
  return {
    headings,
    sections,
    plainText: collapse(sections.map((section) => [section.heading, section.text].filter(Boolean).join(' ')).join(' ')),
    firstHeading: firstH1?.text || undefined,
    // Headings are collected in document order, so a body that opens with one has it first.
    ...(firstElement !== undefined && headingLevel(firstElement) > 0 ? { openingHeading: headings[0] } : {}),
    firstParagraph,
    manualSummary,
    ...usedFeatures(tree),
  }
}

function usedFeatures(tree: Root): Pick<PageAnalysis, 'usesMath' | 'usesMermaid' | 'usesCodeBlocks'> {
  let usesMath = false
  let usesMermaid = false
  let usesCodeBlocks = false
  const walk = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue
      const classes = (node.properties['className'] as string[] | undefined) ?? []
      if (classes.includes('katex')) usesMath = true
      if (classes.includes('mermaid')) usesMermaid = true
      if (node.tagName === 'pre' && node.children.some((child) => child.type === 'element' && child.tagName === 'code'))
        usesCodeBlocks = true
      walk(node.children)
    }
  }
  walk(tree.children)
  return { usesMath, usesMermaid, usesCodeBlocks }
}

/** Rehype plugin: stores the analysis on `file.data.page` for the caller. */
export function rehypePageData() {
  return (tree: Root, file: VFile) => {
    file.data['page'] = analyzeTree(tree)
  }
}

declare module 'vfile' {
  interface DataMap {
    page: PageAnalysis
  }
}
