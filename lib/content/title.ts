/**
 * Which title a page shows. The menu, breadcrumbs and previous/next follow hugo-book's
 * docs/title partial: linkTitle, else title, else the file or folder name humanised
 * (`3rd-level` → `3rd Level`). The page's own title (its H1 when the body opens without
 * one, `<title>`, search) adds one rule of ours: the body's first `#` heading before the name.
 */

export interface TitleSources {
  linkTitle?: string
  title?: string
  /** Text of the body's first `#` heading. */
  firstHeading?: string
  /** File name without extension; the folder name for sections and bundles. */
  baseName: string
}

/** The page's own title: headings, `<title>`, search results. */
export function pageTitle(sources: TitleSources): string {
  return sources.title ?? sources.firstHeading ?? humanizeTitle(sources.baseName)
}

/** The title in the menu, breadcrumbs and previous/next links: never the body's heading, as in hugo-book. */
export function linkTitle(sources: TitleSources): string {
  return sources.linkTitle ?? sources.title ?? humanizeTitle(sources.baseName)
}

// AP style keeps these lower case unless they open or close the title (Hugo's default titleCaseStyle).
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'en', 'for', 'if', 'in', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'v', 'vs', 'via'])

/** Hugo's `humanize | title`: separators become spaces, words are title-cased. */
export function humanizeTitle(name: string): string {
  const words = name.split(/[-_\s]+/).filter((word) => word !== '')
  return words
    .map((word, index) => {
      const isEdge = index === 0 || index === words.length - 1
      if (!isEdge && SMALL_WORDS.has(word.toLowerCase())) return word.toLowerCase()
      return word.charAt(0).toUpperCase() + word.slice(1)
    })
    .join(' ')
}
