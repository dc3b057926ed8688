import type { Element, ElementContent, Root } from 'hast'
import type { MarkdownWords } from '../i18n/words'

/*
 * Images as links to their full-size files: read by the Markdown chain (lib/markdown/images.ts),
 * the page's document (it loads the zoom only when its body has one) and the zoom itself.
 */

/** The class of the link an image is put in: the zoom (components/markdown/image-zoom.ts) opens it. */
export const IMAGE_LINK_CLASS = 'image-zoom'

/** Whether a page's rendered body has an image put in a link to its file (the page loads the zoom then). */
export function hasImageLinks(html: string): boolean {
  return html.includes(`class="${IMAGE_LINK_CLASS}"`)
}

/** Elements a click on an image inside already means something to. */
const INTERACTIVE = new Set(['a', 'button', 'summary', 'label'])

/**
 * Every image of the body that is not already inside a link becomes a link to its full-size file,
 * so that without JavaScript a reader can still open it at full size; with JavaScript the same link
 * opens the zoom. Left alone: an image in a link (it keeps its link) or in another control (a
 * button, a <summary>, a label: a click there means something else), one in a <picture> (its file
 * depends on the <source> chosen), one without a file. An image without alt text gives the link a
 * name of its own: a link must say something to a screen reader.
 */
export function linkImages(tree: Root, words: MarkdownWords): void {
  const walk = (parent: Root | Element, inControl: boolean): void => {
    parent.children.forEach((node, index) => {
      if (node.type !== 'element' || node.tagName === 'picture') return
      if (node.tagName !== 'img') {
        walk(node, inControl || INTERACTIVE.has(node.tagName))
        return
      }
      const href = inControl ? undefined : fullSizeUrl(node)
      if (href === undefined) return
      const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'].trim() : ''
      const link: ElementContent = {
        type: 'element',
        tagName: 'a',
        properties: { href, className: [IMAGE_LINK_CLASS], ...(alt === '' ? { ariaLabel: words.imageFullSize } : {}) },
        children: [node],
      }
      parent.children[index] = link
    })
  }
  walk(tree, false)
}

interface SrcsetCandidate {
  url: string
  size: number
  unit: 'w' | 'x'
}

/**
 * The URL of an image's largest file: the widest (`800w`) or densest (`2x`) candidate of its
 * srcset, else its src; undefined when it has neither.
 */
function fullSizeUrl(image: Element): string | undefined {
  const srcset = image.properties['srcSet']
  const candidates = srcsetCandidates(Array.isArray(srcset) ? srcset.join(', ') : String(srcset ?? ''))
  const src = image.properties['src']
  const file = typeof src === 'string' && src !== '' ? src : undefined
  // Given in densities, the srcset has the src as its 1x candidate (HTML's rule).
  if (file !== undefined && candidates.every((candidate) => candidate.unit === 'x'))
    candidates.push({ url: file, size: 1, unit: 'x' })
  const unit = candidates.some((candidate) => candidate.unit === 'w') ? 'w' : 'x'
  let largest: SrcsetCandidate | undefined
  for (const candidate of candidates)
    if (candidate.unit === unit && (largest === undefined || candidate.size > largest.size)) largest = candidate
  return largest?.url ?? file
}

/**
 * The candidates of a srcset attribute, as HTML parses one: a URL (no spaces; commas at its end
 * are not part of it, and end the candidate), then an optional descriptor up to the next comma:
 * `640w`, `2x`, or none (1x). A candidate with another descriptor (`100h`, `big`) is dropped, as
 * browsers drop it.
 */
export function srcsetCandidates(srcset: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = []
  let rest = srcset
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '')
    if (rest === '') return candidates
    const written = /^\S+/.exec(rest)![0]
    rest = rest.slice(written.length)
    const url = written.replace(/,+$/, '')
    let descriptor = ''
    if (url === written) {
      const end = rest.indexOf(',')
      descriptor = (end === -1 ? rest : rest.slice(0, end)).trim()
      rest = end === -1 ? '' : rest.slice(end + 1)
    }
    const size = /^(\d+(?:\.\d+)?)([wx])$/.exec(descriptor)
    if (descriptor === '') candidates.push({ url, size: 1, unit: 'x' })
    else if (size) candidates.push({ url, size: Number(size[1]), unit: size[2] as 'w' | 'x' })
  }
}

interface Size {
  width: number
  height: number
}

/** The size an image is enlarged to: its file's own size fit into the room the window gives it, keeping its ratio; never beyond the file's size. */
export function enlargedSize(natural: Size, room: Size): Size {
  const scale = Math.min(1, room.width / natural.width, room.height / natural.height)
  return { width: natural.width * scale, height: natural.height * scale }
}

/**
 * Whether an image opens enlarged: only when enlarging shows it larger than the page does —
 * not an icon, a badge or an image shown at its file's own size, nor a tall one the window could
 * only show smaller. (A size not yet known, the file still loading, opens it: the zoom loads it.)
 * A pixel is left to the rounding of scaled sizes.
 */
export function opensEnlarged(natural: Size, shown: Size, room: Size): boolean {
  if (natural.width === 0 || natural.height === 0) return true
  return enlargedSize(natural, room).width > shown.width + 1
}
