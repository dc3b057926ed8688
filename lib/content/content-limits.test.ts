import { describe, expect, it } from 'vitest'
import { DEFAULT_CONTENT_LIMITS } from '../config/site-config'
import { splitFrontMatter } from '../formats/front-matter'
import { frontMatterSizeError, nestingError, pageSizeError } from './content-limits'

const limits = { ...DEFAULT_CONTENT_LIMITS, nesting: 3, pageKB: 1, frontMatterKB: 1 }

describe('content limits', () => {
  it('passes pages within every limit', () => {
    expect(pageSizeError(Buffer.from('a\n'.repeat(512)), 'a.md', limits)).toBeUndefined()
    expect(frontMatterSizeError(splitFrontMatter('---\ntitle: T\n---\n', 'a.md'), 'a.md', limits)).toBeUndefined()
    expect(nestingError('- a\n  - b\n    - c\n', 'a.md', limits)).toBeUndefined()
  })

  it('stops a page larger than pageKB at the line that passes it, with the size to raise it to', () => {
    const error = pageSizeError(Buffer.from(`${'正文\n'.repeat(100)}${'x'.repeat(2000)}\n`), 'docs/big.md', limits)
    expect(error?.format()).toBe(
      'docs/big.md:101: the page is 3 KB, more than the 1 KB a page may be (it passes that on this line)\n' +
        "  fix: split the page into smaller pages, or raise limits.pageKB to 3 (site.config.ts, or pageKB under [params.BookLimits] in a Hugo site's configuration)",
    )
  })

  it('stops front matter larger than frontMatterKB at its first line', () => {
    const text = `\n---\n${'key: value\n'.repeat(100)}---\nbody\n`
    const error = frontMatterSizeError(splitFrontMatter(text, 'docs/fm.md'), 'docs/fm.md', limits)
    expect(error?.line).toBe(3)
    expect(error?.message).toBe('the front matter is 2 KB, more than the 1 KB front matter may be')
    expect(error?.hint).toContain('move the data into a data file')
  })

  it('stops nesting deeper than the limit at the line where it passes it, naming the kind and the deepest level', () => {
    const error = nestingError('text\n\n> > > > > deep\n', 'docs/deep.md', limits)
    expect(error?.format()).toBe(
      'docs/deep.md:3: blockquotes (">") nest 5 levels deep, more than the 3 a page may nest (it passes 3 on this line)\n' +
        "  fix: nest less deeply (split the list or the page), or raise limits.nesting to 5 (site.config.ts, or nesting under [params.BookLimits] in a Hugo site's configuration)",
    )
    expect(nestingError('{{< a >}}{{< b >}}{{< c >}}{{< d >}}x{{< /d >}}{{< /c >}}{{< /b >}}{{< /a >}}', 'x.md', limits)?.message).toMatch(/^shortcodes nest 4 levels deep/)
  })
})
