import type { ContentLookup } from '../../source'
import type { ShortcodeNode } from '../parse'

export interface RefOptions {
  lookup: ContentLookup
  sourcePath: string
  warn: (line: number, message: string, hint: string) => void
  /** Targets already reported: the link check leaves them alone. */
  unresolved: Set<string>
}

/**
 * `{{< ref "path" >}}` and `{{< relref "path#anchor" >}}` stand for the URL of a page
 * (also inside Markdown links). Both give the site-relative URL here: the site is static
 * and served from one address. An unknown page keeps the path as written, with a warning.
 */
export function refText(node: ShortcodeNode, options: RefOptions): string | undefined {
  if (node.name !== 'ref' && node.name !== 'relref') return undefined
  const target = node.params.named['path'] ?? node.params.positional[0] ?? ''
  const [file, hash] = target.split('#')
  if (file === '') return hash ? `#${hash}` : ''
  const page = options.lookup.page(options.sourcePath, file!)
  if (!page) {
    options.warn(
      node.line,
      `${node.name} "${target}" does not lead to any page`,
      'give the path of a content file, relative to this page or to the content folder, e.g. "docs/guide/_index.md"',
    )
    options.unresolved.add(target)
    return target
  }
  return page.url + (hash ? `#${hash}` : '')
}
