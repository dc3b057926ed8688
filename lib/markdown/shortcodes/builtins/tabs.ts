import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { param, type ShortcodeRenderer } from '../context'

/** The radio group of a tabs given an id (`tabs-os`): characters an id should not hold become `-`. */
export function tabsGroup(id: string): string {
  return `tabs-${id.replace(/[^\p{L}\p{N}_-]+/gu, '-')}`
}

/**
 * `{{< tabs "id" >}}{{< tab "Name" >}}…{{< /tab >}}…{{< /tabs >}}` (the id may be left out):
 * radio buttons and labels, so switching works without script; the first tab is selected.
 */
export const tabs: ShortcodeRenderer = (context) => {
  const given = param(context.node, 0, 'id')
  const group = given ? tabsGroup(given) : context.uniqueId('tabs')
  const children: ElementContent[] = []
  const tabList = context.nested('tab')
  if (tabList.length === 0)
    context.warn('tabs has no {{< tab "Name" >}} inside', 'put each tab’s content in {{< tab "Name" >}} … {{< /tab >}}')
  tabList.forEach((tab, index) => {
    const id = `${group}-${index}`
    children.push(
      h('input', { type: 'radio', className: ['toggle'], name: group, id, checked: index === 0 }),
      h('label', { htmlFor: id }, tab.inlineMarkdown(param(tab.node, 0, 'name') ?? `Tab ${index + 1}`)),
      h('div', { className: ['book-tabs-content', 'markdown-inner'] }, tab.inner()),
    )
  })
  return [h('div', { className: ['book-tabs'] }, children)]
}

/** A tab outside tabs: its content alone. */
export const tab: ShortcodeRenderer = (context) => {
  context.warn('tab outside {{< tabs >}}', 'wrap the tabs of a group in {{< tabs >}} … {{< /tabs >}}')
  return context.inner()
}
