import type { ElementContent } from 'hast'
import { toString } from 'hast-util-to-string'
import { h } from 'hastscript'
import type { ShortcodeRenderer } from '../context'

/**
 * Hugo's `{{< figure src="…" >}}`, as its template (0.111) writes it: the image (in a link with
 * `link`, `target`, `rel`), then a figcaption when there is a `title` (an h4), a `caption` or an
 * `attr` (Markdown, `attr` in a link with `attrlink`). The image is resolved later like any
 * Markdown image (lib/markdown/images.ts: a bundle's file, static/, the base path; a missing one
 * warns with this line). Unlike Hugo's, the image always has an alt: the caption as text, else ''.
 */
export const figure: ShortcodeRenderer = (context) => {
  // Hugo's template reads named parameters only, and treats an empty one as absent.
  const get = (name: string): string | undefined => context.node.params.named[name] || undefined
  const src = get('src')
  if (src === undefined)
    context.warn('figure without src: it shows no image', 'write {{< figure src="picture.png" caption="…" >}}')
  const caption = get('caption') === undefined ? undefined : context.inlineMarkdown(get('caption')!)
  const attr = get('attr') === undefined ? undefined : context.inlineMarkdown(get('attr')!)
  const alt = get('alt') ?? (caption ? toString({ type: 'root', children: caption }) : '')
  const image = h('img', { src: src ?? '', alt, width: get('width'), height: get('height') })
  image.position = context.position
  const link = get('link')
  const title = get('title')
  const captionParts: ElementContent[] = []
  if (title !== undefined) captionParts.push(h('h4', title))
  if (caption || attr) {
    const attrlink = get('attrlink')
    // Hugo's template leaves a line break (a space) before the attribution's link, and nothing without one.
    const attribution: ElementContent[] =
      attr === undefined
        ? []
        : attrlink === undefined
          ? attr
          : [{ type: 'text', value: ' ' }, h('a', { href: attrlink }, attr)]
    captionParts.push(h('p', [...(caption ?? []), ...attribution]))
  }
  return [
    h('figure', { className: get('class')?.split(/\s+/) }, [
      link === undefined ? image : h('a', { href: link, target: get('target'), rel: get('rel') }, [image]),
      ...(captionParts.length > 0 ? [h('figcaption', captionParts)] : []),
    ]),
  ]
}
