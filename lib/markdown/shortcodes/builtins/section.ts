import { h } from 'hastscript'
import { flag, type ShortcodeRenderer } from '../context'

/** The attribute that marks where the site model writes a section's list of pages. */
export const SECTION_LIST_ATTRIBUTE = 'data-section-list'

/**
 * `{{< section [summary] >}}` in a section's _index.md: its pages, in menu order, optionally
 * with their descriptions. Which pages, their titles and their order are the site's to know,
 * so this leaves a placeholder (`<dl data-section-list="docs/a">`) that the site model
 * fills (lib/site/section-lists.ts): the list is right even when a child page changes alone.
 */
export const section: ShortcodeRenderer = (context) => {
  const match = /^(?:(.*)\/)?_index\.(?:md|markdown)$/i.exec(context.settings.sourcePath)
  if (!match) {
    context.warn('section lists the pages of a section; this page is not one', 'use it in a section’s _index.md')
    return []
  }
  const properties: Record<string, string> = {
    className: 'book-section-list',
    [SECTION_LIST_ATTRIBUTE]: match[1] ?? '',
  }
  if (flag(context.node, 'summary')) properties['data-summary'] = 'true'
  return [h('dl', properties)]
}
