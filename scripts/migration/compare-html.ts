/**
 * What scripts/migration/compare.ts compares between a page Hugo built with hugo-book and the
 * same page built here: the menu tree, the article's heading ids and the article's visible text.
 * Pure functions over HTML strings, so they are tested with small pages (compare-html.test.ts).
 */
import type { Element, ElementContent, Root, Text } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'

export interface MenuItem {
  title: string
  /** Site path (`/docs/a/`) for links on the site, the full URL for others; null for a label. */
  href: string | null
  children: MenuItem[]
}

/** Our menu JSON (`/menu/tree.<hash>.json`, lib/site/tree.ts MenuNode), as far as the comparison reads it. */
interface MenuJsonNode {
  type: 'section' | 'page'
  url: string
  title: string
  hasContent?: boolean
  externalHref?: string
  children?: MenuJsonNode[]
}

export interface ArticleContent {
  /** Ids of the article's headings (h1–h6), in document order. */
  ids: string[]
  /** The article's visible text, whitespace collapsed to single spaces. */
  text: string
  /** The documented differences (NORMALISATIONS) that were taken out of this article. */
  normalised: NormalisationName[]
  /** Hugo's headings that have no id (raw HTML `<h2>`), by their text; ours gives them one. */
  idlessHeadings?: string[]
}

function parseHtml(html: string): Root {
  return fromHtml(html)
}

function isElement(node: ElementContent | Root): node is Element {
  return node.type === 'element'
}

function classes(node: Element): string[] {
  const value = node.properties['className']
  if (Array.isArray(value)) return value.map(String)
  return value === undefined || value === null ? [] : String(value).split(/\s+/)
}

function hasClass(node: Element, name: string): boolean {
  return classes(node).includes(name)
}

function children(node: Element | Root): Element[] {
  return (node.children as ElementContent[]).filter(isElement)
}

/** Depth-first, document order. */
function findAll(node: Element | Root, test: (element: Element) => boolean, into: Element[] = []): Element[] {
  for (const child of children(node)) {
    if (test(child)) into.push(child)
    findAll(child, test, into)
  }
  return into
}

function findFirst(node: Element | Root, test: (element: Element) => boolean): Element | undefined {
  for (const child of children(node)) {
    if (test(child)) return child
    const found = findFirst(child, test)
    if (found) return found
  }
  return undefined
}

/** Removes, in place, every descendant the test matches. */
function prune(node: Element | Root, test: (element: Element) => boolean): void {
  node.children = (node.children as ElementContent[]).filter(
    (child) => !(isElement(child) && test(child)),
  ) as typeof node.children
  for (const child of children(node)) prune(child, test)
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Text a reader sees: no screen-reader-only words, no scripts. */
function visibleText(node: Element): string {
  const copy = structuredClone(node)
  prune(
    copy,
    (element) =>
      hasClass(element, 'visually-hidden') ||
      element.tagName === 'script' ||
      element.tagName === 'style' ||
      element.tagName === 'template',
  )
  return collapseWhitespace(toText(copy))
}

/** A page that only redirects (Hugo's aliases: `/en/` for the default language, `/posts/page/1/`). */
export function isRedirectPage(html: string): boolean {
  return /<meta\s+http-equiv=["']?refresh/i.test(html) && !/<article[\s>]/i.test(html)
}

/**
 * The site's address from its `baseURL`; a bare path (`baseURL = "/"`, arcion-docs) stands on a
 * placeholder host, so links to the site still read as its paths.
 */
export function siteURL(baseURL: string): URL {
  return new URL(baseURL, 'https://site.invalid/')
}

/**
 * A link as a site path, so Hugo's and ours compare whatever form each writes: relative links
 * (`relativeURLs`) are resolved against the page, and a link to the site's own host becomes its
 * path (`https://example.com/docs/` → `/docs/`), percent-escapes decoded. Other hosts keep the full URL.
 */
export function normaliseHref(href: string, pagePath: string, baseURL: string): string {
  const base = siteURL(baseURL)
  const page = new URL(
    pagePath.replace(/^\//, ''),
    new URL(base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`, base.origin),
  )
  let url: URL
  try {
    url = new URL(href, page)
  } catch {
    return href
  }
  if (url.origin !== base.origin) return url.href
  const local = url.pathname + url.search + url.hash
  try {
    return decodeURI(local)
  } catch {
    return local
  }
}

/** A menu entry's title and link: the first `a`, `span` or `label` with text that is not inside a nested list. */
function menuItem(
  li: Element,
  pagePath: string,
  baseURL: string,
  childrenOf: (li: Element) => MenuItem[],
): MenuItem | undefined {
  const own = {
    type: 'element',
    tagName: 'div',
    properties: {},
    children: li.children.filter((child) => !(isElement(child) && child.tagName === 'ul')),
  } as Element
  const head = findFirst(own, (element) => {
    return (
      ['a', 'span', 'label'].includes(element.tagName) &&
      !hasClass(element, 'visually-hidden') &&
      visibleText(element) !== ''
    )
  })
  // A menu bundle's entry may be bare words (`- **Pinned**` → `<li><p><strong>Pinned</strong></p>`): a label.
  if (!head) {
    const title = visibleText(own)
    return title === '' ? undefined : { title, href: null, children: childrenOf(li) }
  }
  // hugo-book wraps a collapsible section's title in a label: `<label><a href>Title</a></label>`.
  const link =
    head.tagName === 'a'
      ? head
      : head.tagName === 'label'
        ? findFirst(head, (element) => element.tagName === 'a')
        : undefined
  const rawHref = link && link.properties['role'] !== 'button' ? link.properties['href'] : undefined
  return {
    title: visibleText(head),
    href: typeof rawHref === 'string' ? normaliseHref(rawHref, pagePath, baseURL) : null,
    children: childrenOf(li),
  }
}

function listItems(
  ul: Element,
  pagePath: string,
  baseURL: string,
  childrenOf?: (li: Element) => MenuItem[] | undefined,
): MenuItem[] {
  const nested = (li: Element): MenuItem[] => {
    const own = childrenOf?.(li)
    if (own) return own
    return children(li)
      .filter((child) => child.tagName === 'ul')
      .flatMap((child) => listItems(child, pagePath, baseURL, childrenOf))
  }
  return children(ul)
    .filter((child) => child.tagName === 'li')
    .map((li) => menuItem(li, pagePath, baseURL, nested))
    .filter((item): item is MenuItem => item !== undefined)
}

/**
 * hugo-book's menu (`aside.book-menu nav`): its lists in order — `menu.before`, the book's tree,
 * `menu.after` — as one list of entries. The languages switch is not part of it.
 */
export function hugoMenu(html: string, pagePath: string, baseURL: string): MenuItem[] {
  const root = parseHtml(html)
  const aside = findFirst(root, (element) => element.tagName === 'aside' && hasClass(element, 'book-menu'))
  const nav = aside && findFirst(aside, (element) => element.tagName === 'nav')
  if (!nav) return []
  return children(nav)
    .filter((child) => child.tagName === 'ul' && !hasClass(child, 'book-languages'))
    .flatMap((ul) => listItems(ul, pagePath, baseURL))
}

/** A menu JSON node's entries as menu items; `prefix` (`/sub/path/cn`) is what the page puts before the JSON's URLs. */
function fromMenuJson(nodes: MenuJsonNode[], prefix: string): MenuItem[] {
  return nodes.map((node) => {
    const href = node.externalHref ?? (node.type === 'page' || node.hasContent ? `${prefix}${node.url}` : null)
    return { title: collapseWhitespace(node.title), href, children: fromMenuJson(node.children ?? [], prefix) }
  })
}

function findJsonNode(nodes: MenuJsonNode[], url: string): MenuJsonNode | undefined {
  for (const node of nodes) {
    if (node.url === url) return node
    const found = findJsonNode(node.children ?? [], url)
    if (found) return found
  }
  return undefined
}

/**
 * The menu file of the language a page belongs to: each language writes its own, in its folder
 * (`menu/tree.<hash>.json` at the root for the default language, `cn/menu/tree.<hash>.json`,
 * `en/menu/…` under defaultContentLanguageInSubdir). `menuFiles` are paths in the export, `pageUrl`
 * the page's path in it (`/cn/docs/`): the file whose folder holds the page most closely wins.
 */
export function menuFileFor(pageUrl: string, menuFiles: readonly string[]): string | undefined {
  let best: { file: string; depth: number } | undefined
  for (const file of menuFiles) {
    const folder = file.replace(/(?:^|\/)menu\/tree\.[0-9a-f]+\.json$/, '')
    const prefix = folder === '' ? '/' : `/${folder}/`
    if (!pageUrl.startsWith(prefix)) continue
    if (!best || prefix.length > best.depth) best = { file, depth: prefix.length }
  }
  return best?.file
}

/**
 * Our menu (`nav[aria-label]` with `.menu-before`, `.menu-tree`, `.menu-after`). A large book's
 * page leaves some sections' entries out (they show a `.menu-chevron-deferred` and an empty
 * `.menu-deferred` box naming the section) and loads them from its language's menu file
 * (`/menu/tree.<hash>.json`, `/cn/menu/…`) when opened: those entries, and whether the
 * section's title is a link, come from that JSON (`menuJson`), as a reader who opens the section
 * sees them. The JSON's URLs are the language's own (`/docs/a/`): the page puts the site's base
 * path and the language folder before them (`/sub/path/cn/docs/a/`), and so does this.
 */
export function ourMenu(html: string, pagePath: string, baseURL: string, menuJson?: string): MenuItem[] {
  const root = parseHtml(html)
  const tree = menuJson === undefined ? [] : (JSON.parse(menuJson) as MenuJsonNode[])
  // What the page writes before the JSON's URLs, learnt from the first deferred section: its link minus its JSON URL.
  let prefix: string | undefined
  const deferred = (item: Element): MenuItem[] | undefined => {
    // The entry's own row and box, not its nested list: an open section may hold deferred ones.
    const li = { ...item, children: item.children.filter((child) => !(isElement(child) && child.tagName === 'ul')) }
    if (!findFirst(li, (element) => hasClass(element, 'menu-chevron-deferred'))) return undefined
    const link = findFirst(li, (element) => element.tagName === 'a')
    const href =
      link && typeof link.properties['href'] === 'string'
        ? normaliseHref(link.properties['href'], pagePath, baseURL)
        : undefined
    const box = findFirst(li, (element) => hasClass(element, 'menu-deferred'))
    const section = box && typeof box.properties['dataSection'] === 'string' ? box.properties['dataSection'] : href
    const node = section === undefined ? undefined : findJsonNode(tree, section)
    if (!node || section === undefined)
      throw new Error(
        `menu section ${section ?? href ?? '(no link)'} loads its entries from the menu JSON, but the JSON has no such section`,
      )
    if (href !== undefined && href.endsWith(section)) prefix ??= href.slice(0, href.length - section.length)
    return fromMenuJson(node.children ?? [], prefix ?? '')
  }
  const lists = findAll(
    root,
    (element) => element.tagName === 'ul' && (hasClass(element, 'menu-before') || hasClass(element, 'menu-after')),
  )
  const treeRoot = findFirst(root, (element) => hasClass(element, 'menu-tree'))
  // A menu bundle may hold several lists (separated by <hr>), as hugo-book shows them.
  const treeLists = treeRoot ? children(treeRoot).filter((child) => child.tagName === 'ul') : []
  const before = lists.filter((ul) => hasClass(ul, 'menu-before')).flatMap((ul) => listItems(ul, pagePath, baseURL))
  const after = lists.filter((ul) => hasClass(ul, 'menu-after')).flatMap((ul) => listItems(ul, pagePath, baseURL))
  const items = treeLists.flatMap((list) => listItems(list, pagePath, baseURL, deferred))
  // A section title that is a link only because its entries are deferred (without JavaScript it
  // leads to the section's list) is a label in hugo-book when the section has no body.
  const jsonUrl = (href: string): string | undefined => {
    const start = prefix ?? ''
    return href.startsWith(start) ? href.slice(start.length) : undefined
  }
  const labels = (list: MenuItem[]): MenuItem[] =>
    list.map((item) => {
      const url = item.href === null ? undefined : jsonUrl(item.href)
      const node = url === undefined ? undefined : findJsonNode(tree, url)
      const href = node && node.type === 'section' && !node.hasContent && !node.externalHref ? null : item.href
      return { ...item, href, children: labels(item.children) }
    })
  return [...before, ...labels(items), ...after]
}

/** The differences between two menus, one line each, e.g. `2.1 title: "A" ≠ "B"`; empty when they are the same. */
export function diffMenus(hugo: MenuItem[], ours: MenuItem[], prefix = ''): string[] {
  const lines: string[] = []
  const count = Math.max(hugo.length, ours.length)
  for (let index = 0; index < count; index++) {
    const where = `${prefix}${index + 1}`
    const a = hugo[index]
    const b = ours[index]
    if (!a && b) {
      lines.push(`${where} only ours: "${b.title}" ${b.href ?? '(label)'}`)
      continue
    }
    if (a && !b) {
      lines.push(`${where} only Hugo: "${a.title}" ${a.href ?? '(label)'}`)
      continue
    }
    if (!a || !b) continue
    if (a.title !== b.title) lines.push(`${where} title: Hugo "${a.title}", ours "${b.title}"`)
    if (a.href !== b.href)
      lines.push(`${where} "${a.title}" href: Hugo ${a.href ?? '(label)'}, ours ${b.href ?? '(label)'}`)
    lines.push(...diffMenus(a.children, b.children, `${where}.`))
  }
  return lines
}

export function countMenuItems(items: MenuItem[]): number {
  return items.reduce((sum, item) => sum + 1 + countMenuItems(item.children), 0)
}

function headingIds(article: Element): string[] {
  return findAll(article, (element) => /^h[1-6]$/.test(element.tagName))
    .map((heading) => heading.properties['id'])
    .filter((id): id is string => typeof id === 'string')
}

const isAnchorLink = (element: Element): boolean =>
  element.tagName === 'a' && (hasClass(element, 'anchor') || hasClass(element, 'heading-anchor'))

/**
 * Differences the manual documents ("What differs from Hugo"), each taken out of both articles
 * before they are compared, so the figures count only differences nobody meant. Each has a name
 * (reported with the count of pages it changed) and says what it does to Hugo's article and to ours.
 */
export const NORMALISATIONS = {
  'line numbers': 'Chroma writes line numbers as text (a table cell or a span before each line); ours are drawn by CSS',
  'build-time KaTeX':
    'hugo-book leaves a formula as its TeX between \\( \\) or \\[ \\] for the browser; ours is typeset: both become ⟨TeX⟩, spaces out',
  footnotes:
    'ours titles the footnotes ("Footnotes", for screen readers and the ToC) and marks the way back ↩, goldmark ↩︎: the title and the back links are left out on both sides',
  'GitHub alerts':
    'a quote opening with [!NOTE] is an alert here, titled in the book’s language; Hugo 0.111 shows the marker as text: the title and the marker are left out',
  'unique ids in shortcodes':
    'Hugo may give two headings the same id (one inside expand or details, whose content markdownify renders apart); ours makes the second unique (`x-1`): it counts as Hugo’s repeat',
  'post date':
    'hugo-book shows a post’s date as an h5 under its linked title, inside the article; ours in the line under the title, with the reading time: that h5 is left out',
  'raw HTML heading ids': 'a heading written as raw HTML gets an id here, none in Hugo: its id is not compared',
  'CJK emphasis':
    'emphasis next to CJK punctuation follows the CJK-friendly amendment here (`**选择排序，**后` is bold); goldmark leaves the asterisks: they are left out when they touch CJK',
  'portable links':
    'with BookPortableLinks hugo-book puts a line break before every link, read as a space (`参考： 原文`): that break is left out',
  'passthrough math':
    'a site configuring `$` passthrough (a Hugo ≥ 0.122 setting) gets its formulas typeset here; Hugo 0.111 ignores the setting and shows the dollars, the TeX mangled by Markdown (`_` as emphasis): every formula is ⟨math⟩ on both sides',
} as const

export type NormalisationName = keyof typeof NORMALISATIONS

const CJK_EMPHASIS = /\*\*([^*\n]+?)\*\*/g
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u

function textNode(value: string): ElementContent {
  return { type: 'text', value }
}

/** ⟨TeX⟩ with its spaces out: the form a formula takes on both sides. */
function mathToken(tex: string): string {
  return `⟨${tex.replace(/\s+/g, '')}⟩`
}

/** Replaces, in place, every descendant the function returns content for; true when one was replaced. */
function replaceAll(node: Element | Root, replace: (element: Element) => ElementContent[] | undefined): boolean {
  let changed = false
  const next: ElementContent[] = []
  for (const child of node.children as ElementContent[]) {
    const replacement = isElement(child) ? replace(child) : undefined
    if (replacement) {
      next.push(...replacement)
      changed = true
      continue
    }
    if (isElement(child) && replaceAll(child, replace)) changed = true
    next.push(child)
  }
  node.children = next as typeof node.children
  return changed
}

function pruneCounting(node: Element | Root, test: (element: Element) => boolean): boolean {
  return replaceAll(node, (element) => (test(element) ? [] : undefined))
}

/** hugo-book's katex shortcode: `<span>\(x^2\)</span>` (`\[…\]` for display), nothing else in the span. */
const HUGO_FORMULA = /^\s*\\([([])([\s\S]*)\\([)\]])\s*$/

/** hugo-book's katex template, at a page's first formula: KaTeX's stylesheet and scripts, for the browser. */
function isKatexInclude(element: Element): boolean {
  const url = element.tagName === 'link' ? element.properties['href'] : element.properties['src']
  return (
    (element.tagName === 'link' || element.tagName === 'script') && typeof url === 'string' && /\/katex\//.test(url)
  )
}

/**
 * Takes out hugo-book's KaTeX include with the line breaks around it (the template's first lines,
 * read as a space before the formula: `高达 ⟨26!⟩`); true when one was there.
 */
function dropKatexInclude(node: Element): boolean {
  let dropped = false
  let afterInclude = false
  const kept: typeof node.children = []
  for (const child of node.children) {
    if (isElement(child) && isKatexInclude(child)) {
      const previous = kept.at(-1)
      if (!afterInclude && previous?.type === 'text') previous.value = previous.value.replace(/\n$/, '')
      if (previous?.type === 'text' && previous.value === '') kept.pop()
      dropped = afterInclude = true
      continue
    }
    if (afterInclude && child.type === 'text' && /^\n$/.test(child.value)) continue
    afterInclude = false
    if (isElement(child) && dropKatexInclude(child)) dropped = true
    kept.push(child)
  }
  node.children = kept
  return dropped
}

/** Chroma's line number: `span.lnt` (table) or `span.ln` (inline), or without classes (`noClasses`, Hugo's default) unselectable. */
function isChromaLineNumber(element: Element): boolean {
  if (element.tagName !== 'span') return false
  if (hasClass(element, 'lnt') || hasClass(element, 'ln')) return true
  const style = element.properties['style']
  return typeof style === 'string' && /(?:^|;)\s*user-select:\s*none/.test(style) && /^\s*\d+\s*$/.test(toText(element))
}

function normaliseHugo(article: Element): NormalisationName[] {
  const done: NormalisationName[] = []
  if (pruneCounting(article, isChromaLineNumber)) done.push('line numbers')
  // The template's span ends with a line break after `</span>`, read as a space (`π(x) ,`): it goes too.
  let formulas = false
  const formulaIn = (node: Element): void => {
    for (let index = 0; index < node.children.length; index++) {
      const child = node.children[index]!
      if (!isElement(child)) continue
      const match = child.tagName === 'span' && !child.children.some(isElement) && HUGO_FORMULA.exec(toText(child))
      if (!match || (match[1] === '(') !== (match[3] === ')')) {
        formulaIn(child)
        continue
      }
      node.children[index] = textNode(mathToken(match[2]!)) as (typeof node.children)[number]
      const next = node.children[index + 1]
      // An emptied text node would still read as a space (hast-util-to-text): it goes.
      if (next?.type === 'text') next.value = next.value.replace(/^\n/, '')
      if (next?.type === 'text' && next.value === '') node.children.splice(index + 1, 1)
      formulas = true
    }
  }
  formulaIn(article)
  if (dropKatexInclude(article)) formulas = true
  if (formulas) done.push('build-time KaTeX')
  if (pruneCounting(article, (element) => element.tagName === 'a' && hasClass(element, 'footnote-backref')))
    done.push('footnotes')
  // A post: `<h1><a>Title</a></h1><h5>date</h5>` (layouts/posts/single.html and docs/post-meta.html).
  const [first, second] = children(article)
  if (
    first?.tagName === 'h1' &&
    children(first).length === 1 &&
    children(first)[0]!.tagName === 'a' &&
    second?.tagName === 'h5'
  ) {
    article.children = article.children.filter((child) => child !== second)
    done.push('post date')
  }
  // Hugo 0.111 has no alerts: the quote's first paragraph starts with the marker as text.
  let alerts = false
  for (const quote of findAll(article, (element) => element.tagName === 'blockquote')) {
    const first = children(quote)[0]
    const text = first?.tagName === 'p' ? first.children[0] : undefined
    if (text?.type !== 'text' || !ALERT_MARKER.test(text.value)) continue
    text.value = text.value.replace(ALERT_MARKER, '')
    alerts = true
  }
  if (alerts) done.push('GitHub alerts')
  // The link hook's line break: hugo-book's portable-link template writes `\n  ` before the `<a>`
  // (goldmark's own soft break has no indentation). CJK emphasis goldmark leaves as `**…**`.
  let portable = false
  let emphasis = false
  const walk = (node: Element): void => {
    node.children.forEach((child, index) => {
      const next = node.children[index + 1]
      if (child.type === 'text' && next && isElement(next) && next.tagName === 'a' && /\n {2}$/.test(child.value)) {
        child.value = child.value.slice(0, -3)
        portable = true
      }
      if (child.type === 'text') {
        const value = child.value.replace(CJK_EMPHASIS, (whole, inner: string, offset: number, all: string) => {
          const touching = `${all[offset - 1] ?? ''}${inner.at(0) ?? ''}${inner.at(-1) ?? ''}${all[offset + whole.length] ?? ''}`
          return CJK.test(touching) ? inner : whole
        })
        if (value !== child.value) {
          child.value = value
          emphasis = true
        }
      }
      if (isElement(child) && child.tagName !== 'code' && child.tagName !== 'pre') walk(child)
    })
  }
  walk(article)
  if (emphasis) done.push('CJK emphasis')
  if (portable) done.push('portable links')
  return done
}

const ALERT_MARKER = /^\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/i

function normaliseOurs(article: Element): NormalisationName[] {
  const done: NormalisationName[] = []
  const alertTitle = (element: Element): boolean => element.tagName === 'p' && hasClass(element, 'book-hint-title')
  if (
    replaceAll(article, (element) =>
      element.tagName === 'blockquote' && hasClass(element, 'book-hint') && children(element).some(alertTitle)
        ? [{ ...element, children: element.children.filter((child) => !(isElement(child) && alertTitle(child))) }]
        : undefined,
    )
  )
    done.push('GitHub alerts')
  const formulas = replaceAll(article, (element) => {
    if (!hasClass(element, 'katex')) return undefined
    const annotation = findFirst(
      element,
      (child) => child.tagName === 'annotation' && child.properties['encoding'] === 'application/x-tex',
    )
    return annotation ? [textNode(mathToken(toText(annotation)))] : undefined
  })
  if (formulas) done.push('build-time KaTeX')
  if (
    pruneCounting(
      article,
      (element) =>
        hasClass(element, 'footnotes-title') ||
        (element.tagName === 'a' && element.properties['dataFootnoteBackref'] !== undefined),
    )
  )
    done.push('footnotes')
  return done
}

export interface ArticleOptions {
  /** The site configures `$` passthrough math: dollars in code are kept apart from formulas (withPassthroughMath). */
  passthroughMath?: boolean
}

/** A dollar in code (a shell prompt) is no formula's: it becomes ＄ on both sides, in place. */
function codeDollarsApart(node: Element): void {
  for (const child of node.children) {
    if (!isElement(child)) continue
    if (child.tagName === 'code' || child.tagName === 'pre')
      for (const text of findAllText(child)) text.value = text.value.replaceAll('$', '＄')
    else codeDollarsApart(child)
  }
}

function findAllText(node: Element): Text[] {
  return node.children.flatMap((child) =>
    child.type === 'text' ? [child] : isElement(child) ? findAllText(child) : [],
  )
}

/**
 * A formula between dollars in Hugo's text: `$$…$$` first, then `$…$` whose opening dollar is not
 * followed by a space (`($ 表示最新消息) … 用 $` is prose, as ours reads it).
 */
const DOLLAR_MATH = /\$\$[\s\S]+?\$\$|\$[^\s$][^$]*?\$/g
/** A typeset formula in our text, as normaliseOurs leaves it. */
const MATH_TOKEN = /⟨[^⟨⟩]*⟩/g

/**
 * For a site configuring `$` passthrough (Hugo ≥ 0.122): Hugo 0.111 shows `$…$` as text, its TeX
 * changed by Markdown, ours a typeset formula (⟨TeX⟩): each becomes ⟨math⟩ on both sides, so only
 * where formulas stand and the text around them are compared. Both articles' texts, and whether a
 * formula was found.
 */
export function withPassthroughMath(
  hugoText: string,
  ourText: string,
): { hugo: string; ours: string; changed: boolean } {
  const hugo = hugoText.replace(MATH_TOKEN, '⟨math⟩').replace(DOLLAR_MATH, '⟨math⟩')
  const ours = ourText.replace(MATH_TOKEN, '⟨math⟩')
  return { hugo, ours, changed: hugo !== hugoText }
}

/** Headings without an id, by their text. */
function idlessHeadings(article: Element): string[] {
  return findAll(
    article,
    (element) => /^h[1-6]$/.test(element.tagName) && typeof element.properties['id'] !== 'string',
  ).map((heading) => visibleText(heading))
}

/**
 * hugo-book's article (`article.book-article`: the page's content, nothing else), heading anchors
 * (`#`) left out. A site's own baseof may drop the class (kosli: `<article class="markdown">`):
 * then the page's one `article.markdown` that is not a post's.
 */
export function hugoArticle(html: string, options: ArticleOptions = {}): ArticleContent | undefined {
  const root = parseHtml(html)
  const isArticle = (element: Element): boolean => element.tagName === 'article' && hasClass(element, 'markdown')
  const articles = findAll(root, isArticle)
  const article =
    articles.find((element) => hasClass(element, 'book-article')) ??
    (articles.length === 1 && !hasClass(articles[0]!, 'book-post') ? articles[0] : undefined)
  if (!article) return undefined
  const copy = structuredClone(article)
  prune(copy, isAnchorLink)
  if (options.passthroughMath) codeDollarsApart(copy)
  const normalised = normaliseHugo(copy)
  return { ids: headingIds(copy), text: visibleText(copy), normalised, idlessHeadings: idlessHeadings(copy) }
}

/** How many characters two texts share at their start. */
function commonPrefixLength(a: string, b: string): number {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length++
  return length
}

/**
 * Our article's content (`article .markdown-body`), heading anchors left out. A page's leading
 * `# heading` is shown here as the article's `h1`, outside the body; otherwise that `h1` is the
 * page's title, which hugo-book shows on a post but not on a docs page. The title counts as
 * content when Hugo's article (`hugoText`) starts with the title's words and reads as the title
 * followed by our body further than it reads as our body alone: Hugo's text merely starting with
 * the title's words ("Encoding Menu…" under the title "Encoding") does not make the title content.
 */
export function ourArticle(
  html: string,
  hugoText?: string,
  hugoIdlessHeadings: string[] = [],
  options: ArticleOptions = {},
): ArticleContent | undefined {
  const root = parseHtml(html)
  const article = findFirst(root, (element) => element.tagName === 'article')
  if (!article) return undefined
  const copy = structuredClone(article)
  // A code block's bar (its language's name) is the book's own: Hugo's block has none.
  prune(copy, (element) => isAnchorLink(element) || hasClass(element, 'code-block-bar'))
  if (options.passthroughMath) codeDollarsApart(copy)
  const normalised = normaliseOurs(copy)
  // A raw-HTML heading Hugo leaves without an id gets one here (documented): its id is not compared.
  let rawHeadings = false
  if (hugoIdlessHeadings.length > 0)
    replaceAll(copy, (element) => {
      if (!/^h[1-6]$/.test(element.tagName) || typeof element.properties['id'] !== 'string') return undefined
      if (!hugoIdlessHeadings.includes(visibleText(element))) return undefined
      rawHeadings = true
      const { id: _id, ...properties } = element.properties
      return [{ ...element, properties }]
    })
  if (rawHeadings) normalised.push('raw HTML heading ids')
  const body = findFirst(copy, (element) => hasClass(element, 'markdown-body'))
  const title = children(copy).find((child) => child.tagName === 'h1')
  const titleText = title ? visibleText(title) : ''
  // The title keeps an id only when it is the body's own `# heading` (Hugo's h1): that id counts either way.
  const titleId = title && typeof title.properties['id'] === 'string' ? [title.properties['id']] : []
  const bodyContent = body
    ? { ids: [...titleId, ...headingIds(body)], text: visibleText(body), normalised }
    : { ids: titleId, text: '', normalised }
  if (titleText === '') return bodyContent
  const withTitle = { ...bodyContent, text: collapseWhitespace(`${titleText} ${bodyContent.text}`) }
  if (hugoText === undefined) return withTitle
  if (hugoText !== titleText && !hugoText.startsWith(`${titleText} `)) return bodyContent
  const further = commonPrefixLength(hugoText, withTitle.text) > commonPrefixLength(hugoText, bodyContent.text)
  return further ? withTitle : bodyContent
}

/** Where two texts first differ, with a little of each around it; undefined when they are equal. */
export function textDiff(hugo: string, ours: string, context = 40): string | undefined {
  if (hugo === ours) return undefined
  let start = 0
  while (start < hugo.length && start < ours.length && hugo[start] === ours[start]) start++
  let endHugo = hugo.length
  let endOurs = ours.length
  while (endHugo > start && endOurs > start && hugo[endHugo - 1] === ours[endOurs - 1]) {
    endHugo--
    endOurs--
  }
  const from = Math.max(0, start - context)
  const clip = (text: string, end: number): string => {
    const middle = text.slice(start, end)
    const shown = middle.length > 2 * context ? `${middle.slice(0, 2 * context)}…` : middle
    return `${from > 0 ? '…' : ''}${text.slice(from, start)}[${shown}]${text.slice(end, end + context)}${end + context < text.length ? '…' : ''}`
  }
  return `at character ${start}: Hugo ${JSON.stringify(clip(hugo, endHugo))} / ours ${JSON.stringify(clip(ours, endOurs))}`
}

/**
 * Our ids with each `x-1`, `x-2` that stands for an id Hugo repeats (`x` twice) written as Hugo's
 * `x`; `changed` says whether one was.
 */
export function withHugoRepeats(hugo: string[], ours: string[]): { ids: string[]; changed: boolean } {
  const count = (ids: string[], id: string): number => ids.filter((each) => each === id).length
  let changed = false
  const ids = [...ours]
  ids.forEach((id, index) => {
    const match = /^(.+)-(\d+)$/.exec(id)
    if (!match || hugo.includes(id)) return
    const base = match[1]!
    if (count(hugo, base) > 1 && count(hugo, base) > count(ids, base)) {
      ids[index] = base
      changed = true
    }
  })
  return { ids, changed }
}

/** Ids only one side has, e.g. `Hugo only: a, b; ours only: c`, or the order when both have the same ids. */
export function idsDiff(hugo: string[], ours: string[]): string | undefined {
  if (hugo.length === ours.length && hugo.every((id, index) => id === ours[index])) return undefined
  const onlyHugo = hugo.filter((id) => !ours.includes(id))
  const onlyOurs = ours.filter((id) => !hugo.includes(id))
  if (onlyHugo.length === 0 && onlyOurs.length === 0)
    return `same ids, other order or count: Hugo ${hugo.join(', ')}; ours ${ours.join(', ')}`
  const parts = []
  if (onlyHugo.length > 0) parts.push(`Hugo only: ${onlyHugo.join(', ')}`)
  if (onlyOurs.length > 0) parts.push(`ours only: ${onlyOurs.join(', ')}`)
  return parts.join('; ')
}

/**
 * The links of a page's article (hugo-book's `article.book-article`, our `article`) that stay on
 * the site, as site paths (`/sub/path/docs/a/#x`); links to other hosts and `mailto:` are left out.
 */
export function articleLinks(html: string, pagePath: string, baseURL: string): string[] {
  const root = parseHtml(html)
  const article =
    findFirst(root, (element) => element.tagName === 'article' && hasClass(element, 'book-article')) ??
    findFirst(root, (element) => element.tagName === 'article')
  if (!article) return []
  return findAll(article, (element) => element.tagName === 'a' && typeof element.properties['href'] === 'string')
    .map((link) => link.properties['href'] as string)
    .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href) || /^https?:/i.test(href))
    .map((href) => normaliseHref(href, pagePath, baseURL))
    .filter((href) => href.startsWith('/'))
}

/**
 * Our links that lead nowhere while Hugo's page has no such broken link. A link both break is
 * not counted, nor one Hugo breaks otherwise written (Hugo's broken links, unmatched, cancel as
 * many of ours).
 */
export function brokenOnlyInOurs(
  hugoLinks: string[],
  ourLinks: string[],
  existsInHugo: (href: string) => boolean,
  existsInOurs: (href: string) => boolean,
): string[] {
  const hugoBroken = new Set(hugoLinks.filter((href) => !existsInHugo(href)))
  const ourBroken = ourLinks.filter((href) => !existsInOurs(href))
  const hugoOnly = [...hugoBroken].filter((href) => !ourBroken.includes(href)).length
  return ourBroken.filter((href) => !hugoBroken.has(href)).slice(hugoOnly)
}

/** A shortcode placeholder, or the end of one's comment, a reader of the project's page would see. */
const PLACEHOLDER = /\uFDD0|\uFDD1|HAHAHUGO|!--sc:/i
// Not the columns' separator `<--->` (hugo-book's, and sites' own), which an unknown shortcode shows as written.
const STRAY_COMMENT_END = /(?<!<-)-->|(?<!<)–>/g

/** An article's text outside code: ASCII art in a code block may well hold `-->`. */
function proseText(html: string): string {
  const root = parseHtml(html)
  const article =
    findFirst(root, (element) => element.tagName === 'article' && hasClass(element, 'book-article')) ??
    findFirst(root, (element) => element.tagName === 'article')
  if (!article) return ''
  const copy = structuredClone(article)
  prune(copy, (element) => element.tagName === 'pre' || element.tagName === 'code' || element.tagName === 'svg')
  return visibleText(copy)
}

/**
 * What of a shortcode's placeholder reached our page: a placeholder character or marker in the
 * HTML that Hugo's page has not, or more `-->` (`–>` after the typographer) outside code in our
 * article's text than in Hugo's.
 */
export function leakIn(ourHtml: string, hugoHtml: string): string | undefined {
  const marker = PLACEHOLDER.exec(ourHtml)
  // Hugo itself leaves its placeholder in some ids (a `{{< >}}` in a heading): only ours counts.
  if (marker && !PLACEHOLDER.test(hugoHtml)) {
    const around = ourHtml.slice(Math.max(0, marker.index - 30), marker.index + 30)
    return `placeholder ${JSON.stringify(marker[0])} in the HTML: ${JSON.stringify(around)}`
  }
  const ours = proseText(ourHtml).match(STRAY_COMMENT_END)?.length ?? 0
  const hugo = proseText(hugoHtml).match(STRAY_COMMENT_END)?.length ?? 0
  return ours > hugo ? `${ours - hugo} more --> in the text than Hugo's` : undefined
}
