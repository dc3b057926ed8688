import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { createPageComparator } from '../../../content/order'
import { flag, type ShortcodeRenderer } from '../context'

/** `{{< section [summary] >}}` in a section's _index.md: its pages, in menu order, optionally with their descriptions. */
export const section: ShortcodeRenderer = (context) => {
  const { index, sourcePath, language } = context.settings
  const here = index.byFilePath.get(sourcePath)
  if (!here?.sectionDir && here?.kind !== 'home') {
    context.warn('section lists the pages of a section; this page is not one', 'use it in a section’s _index.md')
    return []
  }
  const dir = here.sectionDir ?? ''
  const compare = createPageComparator(language)
  const pages = index.pages
    .filter((page) => page.parentDir === dir && !page.draft && !page.hidden && (page.kind !== 'page' || page.hasContent))
    .sort((a, b) => compare(a, b))
  const withSummary = flag(context.node, 'summary')
  const items: ElementContent[] = pages.flatMap((page) => [
    h('dt', [h('a', { href: page.url }, page.linkTitle)]),
    ...(withSummary && page.description ? [h('dd', page.description)] : []),
  ])
  return [h('dl', { className: ['book-section-list'] }, items)]
}
