import { describe, expect, it } from 'vitest'
import { wordsFor } from '../i18n'
import { enlargedSize, hasImageLinks, opensEnlarged, srcsetCandidates } from './image-links'
import { createMarkdownProcessor, renderMarkdown } from './pipeline'
import type { ContentLookup } from './source'

// A page at /channel/struct/ with content/channel/chart.png beside it.
const lookup: ContentLookup = {
  page: () => undefined,
  hasUrl: () => false,
  fileUrl: (contentPath) => (contentPath === 'channel/chart.png' ? '/channel/chart.png' : undefined),
}
const words = wordsFor('en').words.markdown
const processor = createMarkdownProcessor({ words, unsafeHtml: true })
const render = async (markdown: string) =>
  (
    await renderMarkdown(processor, markdown, {
      path: 'channel/struct.md',
      displayPath: 'content/channel/struct.md',
      lookup,
    })
  ).html

describe('an image links to its full-size file', () => {
  it('puts a Markdown image in a link to its file, as published', async () => {
    const html = await render('![A chart](chart.png)\n')
    expect(html).toBe(
      '<p><a href="/channel/chart.png" class="image-zoom"><img src="/channel/chart.png" alt="A chart" loading="lazy" decoding="async"></a></p>',
    )
    expect(hasImageLinks(html)).toBe(true)
  })

  it('names the link of an image without alt text, so a screen reader has something to say', async () => {
    expect(await render('![](https://example.org/a.png)\n')).toContain(
      `<a href="https://example.org/a.png" class="image-zoom" aria-label="${words.imageFullSize}">`,
    )
  })

  it('leaves an image that is already a link with its own link, and adds none', async () => {
    const html = await render('[![Badge](https://example.org/b.svg)](https://example.org/)\n')
    expect(html).toBe(
      '<p><a href="https://example.org/"><img src="https://example.org/b.svg" alt="Badge" loading="lazy" decoding="async"></a></p>',
    )
    expect(hasImageLinks(html)).toBe(false)
  })

  it('leaves a figure with a link as Hugo writes it, and links a figure without one', async () => {
    expect(await render('{{< figure src="chart.png" link="https://example.org/" >}}')).not.toContain('image-zoom')
    expect(await render('{{< figure src="chart.png" caption="The chart" >}}')).toContain(
      '<figure><a href="/channel/chart.png" class="image-zoom"><img src="/channel/chart.png" alt="The chart"',
    )
  })

  it('links the largest candidate of a srcset, not the src the column shows', async () => {
    const widths = await render('<img src="/i/s.png" srcset="/i/s.png 640w, /i/l.png 1920w, /i/m.png 1280w" alt="w">\n')
    expect(widths).toContain('<a href="/i/l.png" class="image-zoom">')
    const densities = await render('<img src="/i/one.png" srcset="/i/two.png 2x" alt="x">\n')
    expect(densities).toContain('<a href="/i/two.png" class="image-zoom">')
    const smaller = await render('<img src="/i/one.png" srcset="/i/half.png 0.5x" alt="x">\n')
    expect(smaller).toContain('<a href="/i/one.png" class="image-zoom">')
  })

  it('leaves a missing image’s placeholder, an image in a <picture> or a button, and one without a file unlinked', async () => {
    expect(await render('![Lost](lost.png)\n')).not.toContain('<a')
    expect(
      await render(
        '<picture><source srcset="d.png" media="(prefers-color-scheme: dark)"><img src="/i/l.png" alt="p"></picture>\n',
      ),
    ).not.toContain('<a')
    expect(await render('<button><img src="i.png" alt="i"></button>\n')).not.toContain('<a')
    expect(await render('![Script](javascript:alert(1))\n')).not.toContain('<a')
  })

  it('a page without images has no image link', async () => {
    expect(hasImageLinks(await render('Text, [a link](https://example.org/).\n'))).toBe(false)
  })
})

describe('srcsetCandidates', () => {
  it('reads widths, densities and the default 1x, and drops what browsers drop', () => {
    expect(srcsetCandidates('a.png, b.png 2x,c.png 800w , d.png 100h, e.png,, f.png 1.5x')).toEqual([
      { url: 'a.png', size: 1, unit: 'x' },
      { url: 'b.png', size: 2, unit: 'x' },
      { url: 'c.png', size: 800, unit: 'w' },
      { url: 'e.png', size: 1, unit: 'x' },
      { url: 'f.png', size: 1.5, unit: 'x' },
    ])
    expect(srcsetCandidates('')).toEqual([])
  })

  it('keeps a comma inside a URL, and ends a candidate at a comma after one', () => {
    expect(srcsetCandidates('img.php?a=1,2 2x, last.png,')).toEqual([
      { url: 'img.php?a=1,2', size: 2, unit: 'x' },
      { url: 'last.png', size: 1, unit: 'x' },
    ])
  })
})

describe('opensEnlarged', () => {
  const desktopRoom = { width: 1248, height: 672 }
  const phoneRoom = { width: 358, height: 716 }

  it('opens a chart shown narrower than its file, fit to the window', () => {
    expect(opensEnlarged({ width: 1280, height: 720 }, { width: 689, height: 388 }, desktopRoom)).toBe(true)
    expect(enlargedSize({ width: 1280, height: 720 }, desktopRoom)).toEqual({ width: 1194.6666666666667, height: 672 })
  })

  it('does not open an icon, a badge or an image shown at its file’s size', () => {
    expect(opensEnlarged({ width: 32, height: 32 }, { width: 32, height: 32 }, desktopRoom)).toBe(false)
    expect(opensEnlarged({ width: 600, height: 400 }, { width: 600, height: 400 }, desktopRoom)).toBe(false)
  })

  it('opens a small image drawn from a larger file, at the file’s size', () => {
    expect(opensEnlarged({ width: 64, height: 64 }, { width: 20, height: 20 }, desktopRoom)).toBe(true)
  })

  it('does not open a tall image the window could only show smaller', () => {
    expect(opensEnlarged({ width: 1000, height: 3000 }, { width: 689, height: 2067 }, desktopRoom)).toBe(false)
  })

  it('opens an image whose size is not known yet (still loading)', () => {
    expect(opensEnlarged({ width: 0, height: 0 }, { width: 0, height: 0 }, phoneRoom)).toBe(true)
  })

  it('never enlarges beyond the file’s own size', () => {
    expect(enlargedSize({ width: 300, height: 200 }, desktopRoom)).toEqual({ width: 300, height: 200 })
  })
})
