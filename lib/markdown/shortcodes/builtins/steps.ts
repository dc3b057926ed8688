import { h } from 'hastscript'
import { param, type ShortcodeRenderer } from '../context'

/** `{{% steps %}}` around an ordered list: numbered steps. */
export const steps: ShortcodeRenderer = (context) => {
  const extraClass = param(context.node, -1, 'class')
  return [h('div', { className: ['book-steps', ...(extraClass ? extraClass.split(/\s+/) : [])] }, context.inner())]
}
