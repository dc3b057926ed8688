import { ContentError } from '../diagnostics/content-error'

/**
 * Where the build publishes each page's Markdown and the book's llms.txt files (lib/site/llms-txt.ts),
 * as llmstxt.org proposes: the page's URL with `.md` appended, `index.html.md` for a URL that ends
 * with `/` (`/docs/a/` → `/docs/a/index.html.md`), and `/llms.txt`, `/llms-full.txt` at the top of
 * each language.
 */

/** The Markdown of the page at this URL: `/docs/a/` → `/docs/a/index.html.md`. */
export function markdownUrl(pageUrl: string): string {
  return pageUrl.endsWith('/') ? `${pageUrl}index.html.md` : `${pageUrl}.md`
}

export const LLMS_TXT_URL = '/llms.txt'
export const LLMS_FULL_TXT_URL = '/llms-full.txt'

/** Something that takes a place in the export: a page (its folder) or a file beside the pages. */
interface Claimant {
  /** How messages name it: the content file (`content/docs/a.md`), or a folder. */
  file: string
}

/**
 * The places where a content file would take the path of a file the build writes for the
 * Markdown: a page whose URL is that path (`url: /llms.txt` makes a folder `llms.txt/`; `url:
 * /docs/a/index.html.md` one where /docs/a/'s Markdown goes), or a file of the content folder
 * published there (`content/llms.txt`). Each stops the build, naming both.
 */
export function markdownPathClashes(
  pages: readonly (Claimant & { url: string })[],
  assets: ReadonlyMap<string, string>,
): ContentError[] {
  const written = new Map<string, string>([
    [LLMS_TXT_URL, 'the book’s llms.txt'],
    [LLMS_FULL_TXT_URL, 'the book’s llms-full.txt'],
  ])
  for (const page of pages) written.set(markdownUrl(page.url), `the Markdown of ${page.file}`)
  const errors: ContentError[] = []
  const clash = (file: string, url: string, owner: string) =>
    errors.push(
      new ContentError({
        file,
        message: `would be published at ${url}, where the build writes ${owner}`,
        hint: 'rename or move the file, or give the page another url in its front matter',
      }),
    )
  for (const page of pages) {
    const asFile = page.url.replace(/\/$/, '')
    const owner = written.get(asFile)
    if (owner !== undefined) clash(page.file, page.url, owner)
  }
  for (const [file, published] of assets) {
    const url = `/${published}`
    const owner = written.get(url)
    if (owner !== undefined) clash(file, url, owner)
  }
  return errors
}
