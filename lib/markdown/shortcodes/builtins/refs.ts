import { decodeUriComponentSafe } from '../../../formats/text'
import type { ContentLookup } from '../../source'
import type { ShortcodeNode } from '../parse'

export interface RefOptions {
  lookup: ContentLookup
  sourcePath: string
  warn: (line: number, message: string, hint: string) => void
  /** Targets already reported: the link check leaves them alone. */
  unresolved: Set<string>
}

/** Where a ref leads: the URL (with the `#anchor` written), or why it leads nowhere. */
export type RefTarget = { url: string } | { problem: string; hint: string }

/**
 * A `ref`/`relref` path as Hugo reads it (hugolib/site.go refLink): a URL whose path (decoded, its
 * `?query` dropped) names the page as lib/content/page-finder.ts finds it, and whose `#anchor` is
 * added to the page's URL; `#anchor` alone stays on this page.
 */
export function resolveRef(lookup: ContentLookup, sourcePath: string, target: string): RefTarget {
  const hashAt = target.indexOf('#')
  const hash = hashAt === -1 ? '' : target.slice(hashAt)
  const path = decodeUriComponentSafe(target.slice(0, hashAt === -1 ? undefined : hashAt).replace(/\?.*$/, ''))
  if (path === '') return { url: hash }
  const find = (contentPath: string) =>
    lookup.ref ? lookup.ref(sourcePath, contentPath) : lookup.page(sourcePath, contentPath)
  const found = find(path)
  if (found && 'url' in found) return { url: found.url + hash }
  if (found)
    return {
      problem: `"${target}" could be any of ${found.ambiguous.length} pages: ${found.ambiguous.join(', ')}`,
      hint: 'give the page’s path from the content folder (e.g. "docs/guide/setup"): a bare name must be unique',
    }
  // Hugo finds a section by `docs/guide/` but no page by `docs/guide/setup/` (its path then names no file).
  const withoutSlash = path.replace(/(.)\/+$/, '$1')
  const lookupAgain = withoutSlash === path ? undefined : find(withoutSlash)
  return {
    problem: `"${target}" does not lead to any page`,
    hint:
      lookupAgain && 'url' in lookupAgain
        ? `write it without the slash at the end, "${withoutSlash}": only a section’s path may end with one`
        : 'give the path of a content file, relative to this page or to the content folder, e.g. "docs/guide/_index.md"',
  }
}

/**
 * `{{< ref "path" >}}` and `{{< relref "path#anchor" >}}` stand for the URL of a page
 * (also inside Markdown links). Both give the site-relative URL here: the site is static
 * and served from one address. An unknown page keeps the path as written, with a warning.
 */
export function refText(node: ShortcodeNode, options: RefOptions): string | undefined {
  if (node.name !== 'ref' && node.name !== 'relref') return undefined
  const target = node.params.named['path'] ?? node.params.positional[0] ?? ''
  const resolved = resolveRef(options.lookup, options.sourcePath, target)
  if ('url' in resolved) return resolved.url
  options.warn(node.line, `${node.name} ${resolved.problem}`, resolved.hint)
  options.unresolved.add(target)
  return target
}
