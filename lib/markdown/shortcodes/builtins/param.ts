import { goPrint, isGoEmpty, lookupParam } from '../../../formats/hugo-params'
import type { ShortcodeRenderer } from '../context'

/**
 * Hugo's `{{< param "name" >}}`: the page's param, else the site's (a dotted name reaches into
 * tables: `author.name`), printed as Go prints it. `{{< >}}` shows it as text; `{{% %}}` reads it
 * as Markdown, its HTML escaped, as Hugo does. Where Hugo's template stops the build (no name, a
 * param that is missing, false, 0 or empty), this warns with the line and shows nothing.
 */
export const param: ShortcodeRenderer = (context) => {
  const name = context.node.params.positional[0]
  if (name === undefined || name === '') {
    context.warn(
      'param without a name: it shows nothing',
      'write {{< param "name" >}}, e.g. {{< param "description" >}}',
    )
    return []
  }
  const { pageParams = {}, siteParams = {} } = context.settings
  const value = lookupParam(name, pageParams, siteParams)
  if (isGoEmpty(value)) {
    context.warn(
      value === undefined
        ? `param "${name}" not found in the page's front matter nor in the site's params: it shows nothing`
        : `param "${name}" is ${JSON.stringify(value)}, which Hugo's param shortcode takes for not found: it shows nothing`,
      `set ${name.split('.').at(-1)} in the front matter or in the site's [params] (Hugo stops the build here)`,
    )
    return []
  }
  const text = goPrint(value)
  return context.node.markdown ? context.inlineMarkdown(escapeHtml(text)) : [{ type: 'text', value: text }]
}

/** Go's html/template escapes what a template prints; Markdown then reads the escaped text. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;')
}
