import { h } from 'hastscript'
import { flag, param, type ShortcodeRenderer } from '../context'

/** `{{< details "Title" open >}}` or `{{< details title="Title" open=true >}}`: a disclosure that works without script. */
export const details: ShortcodeRenderer = (context) => {
  const title = param(context.node, 0, 'title') ?? context.settings.words.detailsSummary
  return [
    h('details', { className: ['book-details'], open: flag(context.node, 'open') }, [
      h('summary', context.inlineMarkdown(title)),
      h('div', { className: ['markdown-inner'] }, context.inner()),
    ]),
  ]
}

/**
 * `{{< expand "Label" "Symbol" >}}`: the old name of details (closed, with a label). hugo-book
 * shows the symbol (default ↕) at the end of the head.
 */
export const expand: ShortcodeRenderer = (context) => {
  const label = param(context.node, 0, 'label') ?? context.settings.words.expandSummary
  const symbol = context.node.params.positional[1] ?? '↕'
  return [
    h('details', { className: ['book-details', 'book-expand'] }, [
      h('summary', [
        h('span', context.inlineMarkdown(label)),
        ' ',
        h('span', { className: ['book-expand-symbol'], ariaHidden: 'true' }, symbol),
      ]),
      h('div', { className: ['markdown-inner'] }, context.inner()),
    ]),
  ]
}
