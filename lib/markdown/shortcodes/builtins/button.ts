import { isExternalUrl } from '../../../formats/text'
import { h } from 'hastscript'
import { param, type ShortcodeRenderer } from '../context'
import { resolveRef } from './refs'

/** A button to another site opens in a new tab (a mailto: link does not). */
export function opensInNewTab(href: string | undefined): boolean {
  return href !== undefined && isExternalUrl(href) && !href.startsWith('mailto:')
}

/** `{{< button href="…" >}}Label{{< /button >}}` or `relref="/docs/a"`; external links open in a new tab. */
export const button: ShortcodeRenderer = (context) => {
  const relref = param(context.node, -1, 'relref') ?? param(context.node, -1, 'ref')
  let href = param(context.node, -1, 'href')
  if (relref !== undefined) {
    // hugo-book's button calls relref: found as a ref is.
    const target = resolveRef(context.settings.lookup, context.settings.sourcePath, relref)
    if ('url' in target) href = target.url
    else context.warn(`button: relref ${target.problem}`, target.hint)
  } else if (href && !isExternalUrl(href) && /\.md(#|$)/.test(href)) {
    const [file, hash] = href.split('#')
    const target = context.resolve(file!)
    if (target) href = target.url + (hash ? `#${hash}` : '')
    else context.warn(`button: cannot find the page "${href}"`, 'check the path of the Markdown file')
  }
  const extraClass = param(context.node, -1, 'class')
  const external = opensInNewTab(href)
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
