import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import { withBasePath } from '../formats/base-path'
import { SECTION_LIST_ATTRIBUTE } from '../markdown/shortcodes/builtins/section'

/** A page as a section list shows it. */
export interface ListedPage {
  url: string
  linkTitle: string
  meta: { description?: string }
  /** Hugo's .Summary (lib/site/site.ts). */
  summary: string
}

const PLACEHOLDER = new RegExp(
  `<dl class="book-section-list" ${SECTION_LIST_ATTRIBUTE}="([^"]*)"( data-summary="true")?></dl>`,
  'g',
)

/** True when the page's HTML has a `{{< section >}}` list to fill. */
export function hasSectionList(html: string): boolean {
  return html.includes(` ${SECTION_LIST_ATTRIBUTE}="`)
}

/**
 * Fills the placeholders the `section` shortcode leaves with the section's pages, in menu
 * order (`pagesOf` is the site's own list of a section's children), with hugo-book's
 * `default .Summary .Description` when the shortcode asked for `summary`: the front-matter
 * description, else the summary (`<!--more-->` or the opening); links under the site's base path.
 */
export function fillSectionLists(
  html: string,
  pagesOf: (sectionDir: string) => readonly ListedPage[],
  basePath = '',
): string {
  return html.replace(PLACEHOLDER, (_match, dir: string, summary: string | undefined) => {
    const items = pagesOf(unescapeAttribute(dir)).flatMap((page) => {
      const text = page.meta.description ?? page.summary
      return [
        h('dt', [h('a', { href: withBasePath(basePath, page.url) }, page.linkTitle)]),
        ...(summary && text ? [h('dd', text)] : []),
      ]
    })
    return toHtml(h('dl', { className: ['book-section-list'] }, items))
  })
}

function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x22;/g, '"')
    .replace(/&amp;/g, '&')
}
