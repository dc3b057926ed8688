import { h } from 'hastscript'
import { flag, param, type ShortcodeRenderer } from '../context'

/** `{{< details "Title" open >}}` or `{{< details title="Title" open=true >}}`: a disclosure that works without script. */
export const details: ShortcodeRenderer = (context) => {
  const title = param(context.node, 0, 'title') ?? context.settings.words.detailsSummary
  return [h('details', { className: ['book-details'], open: flag(context.node, 'open') }, [h('summary', context.inlineMarkdown(title)), h('div', { className: ['markdown-inner'] }, context.inner())])]
}

/** `{{< expand "Label" >}}`: the old name of details (closed, with a label). */
export const expand: ShortcodeRenderer = (context) => {
  const label = param(context.node, 0, 'label') ?? context.settings.words.expandSummary
  return [h('details', { className: ['book-details', 'book-expand'] }, [h('summary', context.inlineMarkdown(label)), h('div', { className: ['markdown-inner'] }, context.inner())])]
}
