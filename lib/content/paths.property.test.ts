import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeSegment, locateContentFile, pageUrl, sanitizeSegment, segmentsToUrl, urlToSegments } from './paths'

const segment = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), fc.constantFrom('_index', 'index', 'A B', 'İstanbul', 'ǅ', '中文 标题', '?#%', '..', 'ＡＢＣ')).filter((s) => !s.includes('/'))
const contentPath = fc.array(segment, { maxLength: 5 }).chain((dirs) => segment.map((file) => [...dirs, `${file}.md`].join('/')))
const override = fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }), { nil: undefined })

describe('page URLs, for arbitrary file names, slugs and urls (fast-check)', () => {
  it('start and end with "/", hold no whitespace, no upper case, no "?" or "#", no empty segment', () => {
    fc.assert(
      fc.property(contentPath, override, override, (filePath, slug, url) => {
        const result = pageUrl(locateContentFile(filePath), { slug, url })
        expect(result.startsWith('/') && result.endsWith('/')).toBe(true)
        expect(result).not.toMatch(/\s|[?#]|\/\//u)
        expect(result.toLowerCase()).toBe(result)
      }),
      { numRuns: 1000 },
    )
  })

  it('round-trip between segments and URL', () => {
    fc.assert(
      fc.property(fc.array(segment.map(sanitizeSegment).filter((s) => s !== ''), { maxLength: 6 }), (segments) => {
        expect(urlToSegments(segmentsToUrl(segments))).toEqual(segments)
      }),
    )
  })

  it('a URL of the URL is itself: sanitising twice changes nothing', () => {
    fc.assert(
      fc.property(contentPath, override, (filePath, slug) => {
        const once = pageUrl(locateContentFile(filePath), { slug })
        expect(pageUrl(locateContentFile('x.md'), { url: once })).toBe(once)
      }),
      { numRuns: 1000 },
    )
  })

  it('decodes what the router encodes, and leaves malformed escapes as they are', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        expect(decodeSegment(encodeURIComponent(text))).toBe(text)
      }),
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        expect(decodeSegment(text + '%E4%')).toContain('%E4%')
      }),
    )
  })
})
