import { urlToSegments } from './paths'

/**
 * The longest URL segment the build can publish, in bytes of UTF-8. File systems allow 255 bytes
 * a name, and `next build` names files after a page's segment with an ending of its own
 * (`<segment>.segments/`, `<segment>.prefetch.rsc`): a segment of 252 bytes (84 Chinese
 * characters) failed inside Next with ENAMETOOLONG. Hugo 0.111, which writes only
 * `<segment>/index.html`, builds such a page.
 */
export const MAX_SEGMENT_BYTES = 240

/**
 * The first segment of a page's URL too long to publish, with its length in bytes as the build
 * names files after it; undefined when every segment fits. An MDX page's route folders spell
 * every character beyond ASCII percent-encoded (lib/build/mdx-routes.ts): 中 takes 9 bytes there.
 */
export function overlongSegment(url: string, mdx: boolean): { segment: string; bytes: number } | undefined {
  for (const segment of urlToSegments(url)) {
    const written = mdx ? segment.replace(/[^\x21-\x7e]+/g, (run) => encodeURIComponent(run)) : segment
    const bytes = Buffer.byteLength(written)
    if (bytes > MAX_SEGMENT_BYTES) return { segment, bytes }
  }
  return undefined
}
