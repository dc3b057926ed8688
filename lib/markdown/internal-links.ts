import { PAGE_FILE } from '../formats/page-files'
import { decodeUriComponentSafe, isExternalUrl } from '../formats/text'
import type { Definition, Link, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/** Pages the site makes that are not content files. */
const GENERATED = /^\/(?:categories|tags|search-index)\/|^\/[^/]+\/page\/\d+\/$/

/**
 * Remark plugin: links to Markdown files (`../other.md`, `./sub/_index.md#part`) and paths without
 * an extension that name a content file (`/go` for `go/_index.md`, `guide` for `./guide/_index.md`)
 * become the pages' URLs, as hugo-book's portable links do; a link to a Markdown file or site path
 * that no page answers is a build warning with its line (the link is kept as written).
 */
export function remarkInternalLinks() {
  return (tree: Root, file: VFile) => {
    const data = file.data.shortcodes
    if (!data) return
    const { lookup, sourcePath, displayPath, warnings } = data.settings
    const check = (node: Link | Definition) => {
      const url = node.url
      if (url === '' || url.startsWith('#') || isExternalUrl(url)) return
      const hashAt = url.indexOf('#')
      const hash = hashAt === -1 ? '' : url.slice(hashAt)
      // The path as Hugo's urls.Parse gives it to .GetPage: without the query (dropped from the page's URL too).
      const path = url.slice(0, hashAt === -1 ? undefined : hashAt).replace(/\?.*$/, '')
      const line = (node.position?.start.line ?? 0) + data.lineOffset
      if (data.unresolvedRefs.has(url)) return // a ref already reported
      if (PAGE_FILE.test(path)) {
        const page = lookup.page(sourcePath, decodeUriComponentSafe(path))
        if (page) node.url = page.url + hash
        else
          warnings.push({
            file: displayPath,
            line,
            message: `link to "${url}": no such page`,
            hint: 'correct the path of the Markdown file (relative to this page or to the content folder)',
          })
        return
      }
      if (path !== '' && !/\.[a-z\d]+$/i.test(path)) {
        // hugo-book's portable links look any path up as a content path: `/go` → the go section's
        // `/go/`, `/Docs/` → `/docs/`, `guide` → this folder's guide section. Not found, it stays for the browser.
        const page = lookup.page(sourcePath, decodeUriComponentSafe(path))
        if (page) {
          node.url = page.url + hash
          return
        }
      }
      if (path.startsWith('/') && (path.endsWith('/') || !/\.[a-z\d]+$/i.test(path))) {
        const target = decodeUriComponentSafe(path.endsWith('/') ? path : `${path}/`)
        if (!lookup.hasUrl(target) && !GENERATED.test(target)) {
          warnings.push({
            file: displayPath,
            line,
            message: `link to "${url}": no page has this address`,
            hint: 'link to an existing page, e.g. by its Markdown file: [text](../other.md)',
          })
        }
      }
    }
    visit(tree, 'link', check)
    visit(tree, 'definition', check)
  }
}
