import type { VFile } from 'vfile'
import type { BuildWarning } from '../diagnostics/build-warnings'
import type { HugoParams } from '../formats/hugo-params'

/**
 * What the Markdown chain needs to know about the rest of the book, handed in by the
 * caller (lib/content/lookup.ts makes one from the content sources): the chain itself
 * reads no files and keeps no state between pages.
 */
export interface ContentLookup {
  /**
   * The page a link to a content file leads to (Hugo's `.GetPage` from the page, as hugo-book's
   * portable links use it): relative to `fromFile`'s folder, then to the content root, in any case.
   */
  page(fromFile: string, target: string): { url: string } | undefined
  /**
   * The page a `ref`/`relref` path leads to: as `page`, then a bare name (`setup`, `/setup.md`) by
   * the base name of the page's file or folder; `ambiguous` names the pages when several have it.
   * (A lookup without it finds refs as `page` does.)
   */
  ref?(fromFile: string, target: string): { url: string } | { ambiguous: string[] } | undefined
  /** Some page has this URL (`/docs/a/`). */
  hasUrl(url: string): boolean
  /**
   * The URL of the file other than a page at this content path (`docs/a/picture.png`), where the
   * export publishes it (a bundle's files under its page's URL, under the site's base path), or
   * undefined when there is none.
   */
  fileUrl(contentPath: string): string | undefined
  /**
   * What a relative URL written on `fromFile`'s page leads to when the browser resolves it from
   * the page's URL, as on a Hugo site (`../assets/1.png` on `/channel/struct/` is
   * `/channel/assets/1.png`): a file the site publishes (static folders, content files) or a page.
   */
  resolveFromPage?(fromFile: string, relativeUrl: string): 'file' | 'page' | undefined
}

/** The file being rendered, on `vfile.data.source`. */
export interface MarkdownSource {
  /** Path in the content folder: `docs/a.md`. */
  path: string
  /** How warnings name it: `content/docs/a.md`. */
  displayPath: string
  lookup: ContentLookup
  /** Where the chain puts the warnings about this page (a broken link, a missing image): the caller reads them after. */
  warnings: BuildWarning[]
  /** The page's Hugo params (its front matter; lib/formats/hugo-params.ts), for the param shortcode. */
  params?: HugoParams
}

declare module 'vfile' {
  interface DataMap {
    source: MarkdownSource
  }
}

/** A lookup that knows no other page (a fragment rendered alone, a test). */
const EMPTY_LOOKUP: ContentLookup = { page: () => undefined, hasUrl: () => false, fileUrl: () => undefined }

export function sourceOf(file: VFile): MarkdownSource {
  return (
    file.data.source ?? {
      path: file.path ?? 'input.md',
      displayPath: file.path ?? 'input.md',
      lookup: EMPTY_LOOKUP,
      warnings: [],
    }
  )
}
