import fc from 'fast-check'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { renderMarkdownFile as renderMarkdown } from '../../test/support/markdown'
import { HeadingIdFactory } from './heading-ids'

const headingText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    '推理之年',
    'Claude Code',
    'claude-code',
    'Claude Code-1',
    '',
    '  ',
    '<img src=x onerror=alert(1)>',
    'A {#same}',
    'B {#same}',
    '{#claude-code}',
    '#',
    '`code`',
    '**粗体**',
    '[链接](https://x.org)',
    'user-content-x',
  ),
)

describe('heading ids (fast-check)', () => {
  it("goldmark's ids: never empty, no spaces, no upper case, unique within one page, never throws", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 20 }), (titles) => {
        const factory = new HeadingIdFactory()
        const slugs = titles.map((title) => factory.generate(title))
        expect(new Set(slugs).size).toBe(slugs.length)
        for (const slug of slugs) {
          expect(slug).not.toBe('')
          expect(slug).not.toMatch(/\s/u)
          expect(slug.toLowerCase()).toBe(slug)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('the rendered page: every heading has an id, no two headings share one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), headingText), { minLength: 1, maxLength: 8 }),
        async (headings) => {
          const markdown = headings
            .map(([level, text]) => `${'#'.repeat(level)} ${text.replace(/\n/g, ' ')}\n\n正文\n`)
            .join('\n')
          const { html, page } = await renderMarkdown(markdown, 'docs/page.md', { contentDir: '/nonexistent-content' })
          const ids: string[] = []
          visit(fromHtml(html, { fragment: true }), 'element', (node) => {
            if (/^h[1-6]$/.test(node.tagName) && typeof node.properties['id'] === 'string')
              ids.push(node.properties['id'])
          })
          expect(new Set(ids).size).toBe(ids.length)
          expect(page.headings.map((heading) => heading.id).filter((id) => id !== '')).toEqual(
            ids.filter((id) => id !== ''),
          )
        },
      ),
      { numRuns: 150 },
    )
  })
})
