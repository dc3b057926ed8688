import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import { isDangerousUrl, URL_PROPERTIES } from '../security/urls'

/**
 * Rehype plugin, run whatever the site's raw-HTML setting: no `javascript:`, `vbscript:` or
 * `data:` URL reaches an href, src or any other URL attribute — whether it came from raw HTML,
 * a Markdown link or autolink, an image or a shortcode. The attribute is dropped: the link's
 * text stays, as text.
 */
export function rehypeDropDangerousUrls() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const name of URL_PROPERTIES) {
        const value = node.properties[name]
        if (value === undefined || value === null) continue
        // srcset and ping hold lists; any dangerous member drops the attribute.
        const urls = Array.isArray(value)
          ? value.map(String)
          : name === 'srcSet'
            ? String(value).split(',')
            : [String(value)]
        if (urls.some((url) => isDangerousUrl(url))) delete node.properties[name]
      }
    })
  }
}
