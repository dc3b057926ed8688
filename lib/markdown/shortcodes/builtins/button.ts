import { isExternalUrl } from '../../../formats/text'
import { h } from 'hastscript'
import { param, type ShortcodeRenderer } from '../context'

/** `{{< button href="…" >}}Label{{< /button >}}` or `relref="/docs/a"`; external links open in a new tab. */
export const button: ShortcodeRenderer = (context) => {
  const relref = param(context.node, -1, 'relref') ?? param(context.node, -1, 'ref')
  let href = param(context.node, -1, 'href')
  if (relref !== undefined) {
    const target = context.resolve(relref)
    if (target) href = target.url
    else
      context.warn(
        `button: cannot find the page "${relref}"`,
        'give the path of a content file, e.g. relref="/docs/guide/_index.md"',
      )
  } else if (href && !isExternalUrl(href) && /\.md(#|$)/.test(href)) {
    const [file, hash] = href.split('#')
    const target = context.resolve(file!)
    if (target) href = target.url + (hash ? `#${hash}` : '')
    else context.warn(`button: cannot find the page "${href}"`, 'check the path of the Markdown file')
  }
  const extraClass = param(context.node, -1, 'class')
  const external = href !== undefined && isExternalUrl(href) && !href.startsWith('mailto:')
  return [
    h(
      'a',
      {
        className: ['book-btn', ...(extraClass ? extraClass.split(/\s+/) : [])],
        href,
        ...(external ? { target: '_blank', rel: ['noopener', 'noreferrer'] } : {}),
      },
      context.inlineInner(),
    ),
  ]
}
