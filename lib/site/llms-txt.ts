import type { Page } from 'contentlayer/generated'
import type { List, ListItem, Root, RootContent } from 'mdast'
import { absolutePageUrl, type SiteConfig } from '../config/site-config'
import { lookupParam } from '../formats/hugo-params'
import { LLMS_FULL_TXT_URL, LLMS_TXT_URL, markdownUrl } from '../content/markdown-paths'
import { splitLeadingHeading } from '../markdown/leading-heading'
import { markdownText, pageMarkdown, titleAndSummary } from '../markdown/page-markdown'
import { pageRouteUrls } from './page-routes'
import type { Site } from './site'
import type { MenuNode } from './tree'

/**
 * The book for language models, as llmstxt.org proposes: each page's Markdown beside the page
 * (`/docs/a/index.html.md`), `/llms.txt` (the book's title, its description and the menu as
 * lists of links to the pages' Markdown) and `/llms-full.txt` (every page's Markdown, in the
 * order llms.txt lists them). Each language has its own, at the top of its folder.
 */

/** The page's address on the site, for links (segments percent-encoded as the sitemap writes them). */
function addressOf(site: Site, url: string): string {
  return absolutePageUrl(site.config, url.split('/').map(encodeURIComponent).join('/'))
}

/** The pages that have an HTML page of their own (not the taxonomy lists, nor the blog's further pagers). */
function pagesWithMarkdown(site: Site): Page[] {
  return pageRouteUrls(site).flatMap((url) => site.page(url) ?? [])
}

/** One page as Markdown: its title, front matter's description, its body; an empty section lists its pages, as its HTML page does. */
function markdownOfPage(site: Site, page: Page): string {
  const leading = page.startsWithHeading ? splitLeadingHeading(page.html) : undefined
  const listsChildren = site.config.listEmptySections && page.isSection && !page.hasContent
  return pageMarkdown({
    title: page.title,
    ...(page.meta.description ? { description: page.meta.description } : {}),
    html: leading ? leading.rest : page.html,
    address: addressOf(site, page.url),
    ...(listsChildren
      ? {
          children: site.children(page).map((child) => ({
            title: child.linkTitle,
            address: addressOf(site, child.url),
            summary: child.meta.description ?? child.summary,
          })),
        }
      : {}),
  })
}

/** A link in llms.txt: to the page's Markdown (a menu entry leading elsewhere keeps its address). */
interface Entry {
  title: string
  url: string
  children: Entry[]
}

/**
 * The book in llms.txt's order: the home page; the menu, a group for each of its top sections
 * (the pages at its top level go with the home page); then the pages the menu does not show
 * (hidden ones, those outside the book's section) as llmstxt.org's "Optional" group.
 */
interface Group {
  title: string
  entries: Entry[]
  /** The section's Markdown when it has no text of its own (not linked: the heading names it); llms-full.txt holds it. */
  unlisted?: string
}

function bookOutline(site: Site): { lead: Entry[]; groups: Group[]; optional: Entry[] } {
  const pages = new Map(pagesWithMarkdown(site).map((page) => [page.url, page]))
  const listed = new Set<string>()
  const entryOf = (page: Page): Entry => {
    listed.add(page.url)
    return { title: page.linkTitle, url: addressOf(site, markdownUrl(page.url)), children: [] }
  }
  const nodeEntries = (nodes: readonly MenuNode[]): Entry[] =>
    nodes.flatMap((node): Entry[] => {
      if (node.externalHref) return [{ title: node.title, url: node.externalHref, children: [] }]
      const page = pages.get(node.url)
      const children = node.type === 'section' ? nodeEntries(node.children) : []
      if (!page) return children
      return [{ ...entryOf(page), children }]
    })
  const home = site.pages.find((page) => page.kind === 'home')
  const lead: Entry[] = home && pages.has(home.url) ? [entryOf(home)] : []
  const groups: Group[] = []
  for (const node of site.menu?.children ?? []) {
    if (node.type === 'page') {
      lead.push(...nodeEntries([node]))
      continue
    }
    const page = node.externalHref ? undefined : pages.get(node.url)
    const children = nodeEntries(node.children)
    // The group's heading names the section; its own page leads the list when it has text.
    if (page && !page.hasContent) listed.add(page.url)
    groups.push({
      title: node.title,
      entries: [...(page && page.hasContent ? [entryOf(page)] : []), ...children],
      ...(page && !page.hasContent ? { unlisted: addressOf(site, markdownUrl(page.url)) } : {}),
    })
  }
  const optional = [...pages.values()]
    .filter((page) => !listed.has(page.url))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map(entryOf)
  return { lead, groups, optional }
}

function entryList(entries: readonly Entry[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: entries.map((entry): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: entry.url, children: [{ type: 'text', value: entry.title }] }],
        },
        ...(entry.children.length > 0 ? [entryList(entry.children)] : []),
      ],
    })),
  }
}

/** The book's description: its settings', else a Hugo site's `params.description` (which hugo-book's own pages do not read). */
export function siteDescription(config: Pick<SiteConfig, 'description' | 'params'>): string {
  if (config.description) return config.description
  const param = config.params ? lookupParam('description', config.params) : undefined
  return typeof param === 'string' ? param : ''
}

/** `/llms.txt`: the book's title and description, the home page, then the menu's sections, each a list of links to its pages' Markdown. */
function llmsTxt(site: Site): string {
  const { lead, groups, optional } = bookOutline(site)
  const children: RootContent[] = [...titleAndSummary(site.config.title, siteDescription(site.config))]
  if (lead.length > 0) children.push(entryList(lead))
  for (const group of groups) {
    if (group.entries.length === 0) continue
    children.push(
      { type: 'heading', depth: 2, children: [{ type: 'text', value: group.title }] },
      entryList(group.entries),
    )
  }
  // llmstxt.org: "Optional" (in English, whatever the book's language) marks links a short context may skip.
  if (optional.length > 0)
    children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Optional' }] }, entryList(optional))
  return markdownText({ type: 'root', children } satisfies Root)
}

/** The pages in llms.txt's order, each once. */
function outlineOrder(site: Site): string[] {
  const { lead, groups, optional } = bookOutline(site)
  const urls: string[] = []
  const walk = (entries: readonly Entry[]) => {
    for (const entry of entries) {
      urls.push(entry.url)
      walk(entry.children)
    }
  }
  walk(lead)
  for (const group of groups) {
    if (group.unlisted) urls.push(group.unlisted)
    walk(group.entries)
  }
  walk(optional)
  return urls
}

/**
 * Every file of the language for language models, by site path (`/docs/a/index.html.md`,
 * `/llms.txt`, `/llms-full.txt`): `llms-full.txt` is every page's Markdown in llms.txt's order.
 */
export function markdownFiles(site: Site): Map<string, string> {
  const files = new Map<string, string>()
  const byAddress = new Map<string, string>()
  for (const page of pagesWithMarkdown(site)) {
    const url = markdownUrl(page.url)
    const text = markdownOfPage(site, page)
    files.set(url, text)
    byAddress.set(addressOf(site, url), text)
  }
  const full = outlineOrder(site).flatMap((address) => byAddress.get(address) ?? [])
  files.set(LLMS_TXT_URL, llmsTxt(site))
  files.set(LLMS_FULL_TXT_URL, full.join('\n'))
  return files
}

/**
 * The site's `/llms.txt` when every language lives under its folder (defaultContentLanguageInSubdir):
 * the title and description, and each language's llms.txt and llms-full.txt.
 */
export function languagesLlmsTxt(
  title: string,
  description: string,
  languages: readonly { name: string; address: string }[],
): string {
  const children: RootContent[] = [
    ...titleAndSummary(title, description),
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: languages.flatMap((language): ListItem[] =>
        [LLMS_TXT_URL, LLMS_FULL_TXT_URL].map((file) => ({
          type: 'listItem',
          spread: false,
          children: [
            {
              type: 'paragraph',
              children: [
                {
                  type: 'link',
                  url: new URL(file.slice(1), language.address).href,
                  children: [{ type: 'text', value: `${language.name}: ${file.slice(1)}` }],
                },
              ],
            },
          ],
        })),
      ),
    },
  ]
  return markdownText({ type: 'root', children })
}
