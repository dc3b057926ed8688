import type { ElementContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { h } from 'hastscript'
import katexLibrary from 'katex'
import { flag, type ShortcodeRenderer } from '../context'

/**
 * TeX rendered to HTML (with MathML for screen readers) at build time; the page then needs
 * only KaTeX's stylesheet. A formula KaTeX cannot read is shown as its source, and reported.
 */
export function renderMath(
  tex: string,
  display: boolean,
  warn: (message: string, hint?: string) => void,
): ElementContent[] {
  try {
    const html = katexLibrary.renderToString(tex, {
      displayMode: display,
      throwOnError: true,
      output: 'htmlAndMathml',
      strict: 'ignore',
    })
    const rendered = fromHtml(html, { fragment: true }).children as ElementContent[]
    return display ? [h('div', { className: ['math-display'] }, rendered)] : rendered
  } catch (error) {
    warn(
      `cannot typeset the formula: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      'check the TeX; it is shown as written until then',
    )
    return [h(display ? 'pre' : 'code', { className: ['math-error'] }, tex)]
  }
}

/** `{{< katex >}}x^2{{< /katex >}}` inline, `{{< katex display >}}` as a block. */
export const katex: ShortcodeRenderer = (context) =>
  renderMath(context.innerText(), flag(context.node, 'display'), context.warn)
