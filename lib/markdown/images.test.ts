import { describe, expect, it } from 'vitest'
import { formatWarning } from '../diagnostics/build-warnings'
import { wordsFor } from '../i18n'
import { createMarkdownProcessor, renderMarkdown } from './pipeline'
import type { ContentLookup } from './source'

/** The warnings of the page rendered last. */
let warnings: string[] = []

// As lib/content/lookup.ts answers for a page at /channel/struct/ with static/channel/assets/1.png and content/channel/beside.png.
const lookup: ContentLookup = {
  page: () => undefined,
  hasUrl: () => false,
  fileUrl: (contentPath) => (contentPath === 'channel/beside.png' ? '/channel/beside.png' : undefined),
  resolveFromPage: (_fromFile, url) => (url === '../assets/1.png' ? 'file' : undefined),
}
const processor = createMarkdownProcessor({ words: wordsFor('en').words.markdown })
const render = async (markdown: string) => {
  const rendered = await renderMarkdown(processor, markdown, {
    path: 'channel/struct.md',
    displayPath: 'content/channel/struct.md',
    lookup,
  })
  warnings = rendered.warnings.map(formatWarning)
  return rendered.html
}

describe('images: relative URLs as the browser resolves them from the page URL', () => {
  it('leaves a URL that leads to a static file from the page URL as written, without a warning', async () => {
    const html = await render('![diagram](../assets/1.png)\n')
    expect(html).toContain('src="../assets/1.png"')
    expect(warnings).toEqual([])
  })

  it('still links an image beside a non-bundle page by its site URL', async () => {
    expect(await render('![a](beside.png)\n')).toContain('src="/channel/beside.png"')
    expect(warnings).toEqual([])
  })

  it('warns with file and line, and shows the description, when neither way finds the file', async () => {
    const html = await render('text\n\n![lost](../nowhere/2.png)\n')
    expect(html).toContain('image-missing')
    expect(warnings.join('\n')).toContain('content/channel/struct.md:3')
  })
})
