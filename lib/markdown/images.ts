import { decodeUriComponentSafe, isExternalUrl } from '../formats/text'
import path from 'node:path'
import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { MarkdownWords } from '../i18n/words'
import { linkImages } from './image-links'
import { sourceOf } from './source'

export interface ImageOptions {
  words: MarkdownWords
}

/**
 * Rehype plugin for `![alt](./picture.jpg)`:
 * - a relative URL that leads to a file when the browser resolves it from the page's URL, as
 *   on a Hugo site (`../assets/1.png` on `/channel/struct/`: a static file, a bundle's or a
 *   section's file), is left as written, so it also works under a sub-path;
 * - else an image beside the Markdown file is linked by its site URL, which works from any page URL;
 * - a missing one becomes a visible placeholder with its alt text (no broken image, no failed
 *   request) and a build warning naming the file and line;
 * - images load lazily and decode off the main thread;
 * - an image that is not already in a link is put in one to its full-size file (image-links.ts).
 */
export function rehypeImages(options: ImageOptions) {
  return (tree: Root, file: VFile) => {
    const { path: sourcePath, displayPath, lookup, warnings } = sourceOf(file)
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img') return
      node.properties['loading'] ??= 'lazy'
      node.properties['decoding'] ??= 'async'
      const src = typeof node.properties['src'] === 'string' ? node.properties['src'] : ''
      if (src === '' || isExternalUrl(src) || src.startsWith('/') || src.startsWith('#')) return
      if (lookup.resolveFromPage?.(sourcePath, src) === 'file') return
      const relative = decodeUriComponentSafe(src.split(/[?#]/)[0]!)
      const contentPath = path.posix.normalize(path.posix.join(path.posix.dirname(sourcePath), relative))
      const published = contentPath.startsWith('..') ? undefined : lookup.fileUrl(contentPath)
      if (published !== undefined) {
        node.properties['src'] = published
        return
      }
      warnings.push({
        file: displayPath,
        line: node.position?.start.line,
        message: `image "${src}" not found`,
        hint: `put the file at ${contentPath} or correct the path; until then the page shows its description`,
      })
      if (!parent || index === undefined) return
      const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'] : ''
      // Read as text ("图片缺失" and the description), so the description is not said twice.
      parent.children[index] = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['image-missing'] },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['image-missing-label'] },
            children: [{ type: 'text', value: options.words.imageMissing }],
          },
          { type: 'text', value: alt },
        ],
      }
    })
    linkImages(tree, options.words)
  }
}
