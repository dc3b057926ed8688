import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isContentError } from '../diagnostics/content-error'
import { normalizeSource, parseSource } from '../formats/front-matter'
import { readPageMeta } from './page-meta'

/** Any text: graphemes, and (separately) raw code units with lone surrogates and controls. */
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 100 }))
/** Text likely to look like front matter: fences, keys, separators and brackets among the noise. */
const frontMatterish = fc
  .array(fc.oneof(anyText, fc.constantFrom('---', '+++', '{', '}', '[', ']', ':', '=', '"', "'", '\n', 'title', 'weight', 'date', '- ', '\r\n', '\uFEFF', '#', '&a', '*a', '!!binary')), { maxLength: 30 })
  .map((parts) => parts.join(''))

/** Runs `read`; anything thrown that is not our ContentError fails the property. */
function onlyContentErrors(read: () => unknown): void {
  try {
    read()
  } catch (error) {
    if (!isContentError(error)) throw error
    // An author-facing error names a line in the file.
    expect(error.line === undefined || error.line >= 1).toBe(true)
  }
}

describe('front matter, on arbitrary text (fast-check)', () => {
  it('parses or stops with a ContentError, never another exception', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '---\n', '+++\n', '{'), frontMatterish, fc.constantFrom('', '\n---\n', '\n+++\n', '}\n'), (start, middle, end) => {
        onlyContentErrors(() => readPageMeta(parseSource(start + middle + end + '正文', 'docs/x.md'), 'docs/x.md'))
      }),
      { numRuns: 1000 },
    )
  })

  it('gives back any title written as JSON, and the body after the front matter unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), anyText, (title, body) => {
        const parsed = parseSource(`${JSON.stringify({ title })}\n${body}`, 'docs/x.md')
        expect(parsed.data['title']).toBe(title)
        expect(parsed.body).toBe(normalizeSource(body))
        expect(readPageMeta(parsed, 'docs/x.md').title).toBe(title.trim() === '' ? undefined : title)
      }),
    )
  })
})
