import type { ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import rehypeRaw from 'rehype-raw'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { ContentError } from '../../diagnostics/content-error'
import { rehypeMarkTrusted, rehypeSanitizeAuthorHtml } from '../sanitize'
import { unwrapParagraph, type ShortcodeContext } from './context'
import type { ShortcodeProps, SiteShortcode, SiteShortcodes } from './site-shortcode-api'

/**
 * A site's own shortcodes (Hugo's `layouts/shortcodes/<name>.html`), written as modules in the
 * site's `shortcodes/` folder and loaded by the site layer (lib/site/shortcode-modules.ts): the
 * chain only receives the loaded renderers (site-shortcode-api.ts) and calls them with what
 * Hugo's template would see.
 */

/** Renders one call of a site shortcode; an error in the module stops the build with the call's file:line. */
export function renderSiteShortcode(
  context: ShortcodeContext,
  shortcode: SiteShortcode,
  shortcodes: SiteShortcodes,
): ElementContent[] {
  const { node, settings } = context
  const call = `{{${node.markdown ? '%' : '<'} ${node.name} ${node.markdown ? '%' : '>'}}}`
  const props: ShortcodeProps = {
    params: {
      ...Object.fromEntries(node.params.positional.map((value, index) => [String(index), value])),
      ...node.params.named,
    },
    inner: node.paired ? innerHtml(context.inner(), settings.unsafeHtml === true) : '',
    page: shortcodes.page(settings.sourcePath) ?? { title: '', url: '', filePath: settings.sourcePath, params: {} },
    site: shortcodes.site,
    markdown: (text) => innerHtml(context.markdown(text), settings.unsafeHtml === true),
    inlineMarkdown: (text) => innerHtml(unwrapParagraph(context.markdown(text)), settings.unsafeHtml === true),
  }
  let html: string
  try {
    html = shortcode.render(props)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new ContentError({
      file: settings.displayPath,
      line: context.line,
      // The line is in the message too: contentlayer2 prints only the message, under the file's name.
      message: `shortcode ${call} on line ${context.line} failed in ${shortcode.file}: ${reason}`,
      hint: `fix ${shortcode.file} (see the manual: docs/content/docs/migrating/own-shortcodes.md), or change the parameters of this call`,
    })
  }
  return parsedOutput(html)
}

/**
 * The inner content as the module gets it. The module's output is trusted like a built-in
 * shortcode's (it is the site's code, as Hugo's layouts are), so raw HTML an author wrote inside
 * the call is sanitised here first, exactly as it would be on the page (sanitize.ts).
 */
function innerHtml(inner: ElementContent[], unsafeHtml: boolean): string {
  const root: Root = { type: 'root', children: inner }
  if (unsafeHtml) return toHtml(root, { allowDangerousHtml: true })
  const file = new VFile()
  rehypeMarkTrusted()(root, file)
  const parsed = rehypeRaw()(root, file) as Root
  return toHtml(rehypeSanitizeAuthorHtml()(parsed, file))
}

/** The module's HTML as elements of our own (no source positions: they would point into the string). */
function parsedOutput(html: string): ElementContent[] {
  const tree = fromHtml(html, { fragment: true })
  visit(tree, (node) => {
    delete node.position
  })
  return tree.children as ElementContent[]
}
