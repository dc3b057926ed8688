/**
 * Where Hugo publishes the content folder's other files (images, attachments), checked with
 * Hugo 0.111: a leaf bundle's files (`a/b/index.md` with `a/b/pics/c.png`) and a branch
 * bundle's files beside its `_index.md` are resources of that page, published under the page's
 * URL with their own names (`/a/b/pics/c.png`, even when the page's URL is lower-cased or moved by
 * a permalink); any other file is published at its content path, as written.
 */
import path from 'node:path'

interface BundlePage {
  filePath: string
  url: string
}

const LEAF = /(?:^|\/)index\.(?:md|markdown)$/i
const BRANCH = /(?:^|\/)_index\.(?:md|markdown)$/i

/** Each file's path in the export (`/`-separated, no leading slash), by its content path. */
export function publishedFiles(pages: readonly BundlePage[], files: readonly string[]): Map<string, string> {
  const leaves = new Map<string, string>()
  const branches = new Map<string, string>()
  for (const page of pages) {
    const dir = path.posix.dirname(page.filePath)
    const folder = dir === '.' ? '' : dir
    if (LEAF.test(page.filePath)) leaves.set(folder, page.url)
    else if (BRANCH.test(page.filePath)) branches.set(folder, page.url)
  }
  const published = new Map<string, string>()
  for (const file of files) published.set(file, publishedPath(file, leaves, branches))
  return published
}

function publishedPath(file: string, leaves: ReadonlyMap<string, string>, branches: ReadonlyMap<string, string>): string {
  const folder = path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file)
  // The nearest leaf bundle above the file owns it, subfolders included.
  for (let dir = folder; ; dir = parentOf(dir)) {
    const url = leaves.get(dir)
    if (url !== undefined) return join(url, dir === '' ? file : file.slice(dir.length + 1))
    if (dir === '') break
  }
  // A branch bundle owns only the files beside its _index.md.
  const branch = branches.get(folder)
  return branch === undefined ? file : join(branch, path.posix.basename(file))
}

function parentOf(dir: string): string {
  const parent = path.posix.dirname(dir)
  return parent === '.' ? '' : parent
}

function join(url: string, relative: string): string {
  return `${url.replace(/^\/+|\/+$/g, '')}/${relative}`.replace(/^\//, '')
}
