/**
 * Which title a page shows. The menu, breadcrumbs and previous/next follow hugo-book's
 * docs/title partial: linkTitle, else title, else the file or folder name humanised
 * (`3rd-level` → `3rd Level`). The page's own title (its H1 when the body opens without
 * one, `<title>`, search) adds one rule of ours: the body's first `#` heading before the name.
 */
import { apTitle, humanize, implicitSectionTitle } from './title-case'

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

/** Hugo's `humanize | title`, as hugo-book's docs/title partial titles a file or folder name: `0001.Two-Sum` → `0001. Two Sum`. */
export function humanizeTitle(name: string): string {
  return apTitle(humanize(name))
}

/**
 * The title of a folder without `_index.md`. Hugo makes a section of a top-level one only and
 * titles it by its name made plural (`guide` → "Guides"); a deeper one has no title of its own
 * (undefined: the menu names it by its folder, `humanizeTitle`).
 */
export function folderTitle(dir: string): string | undefined {
  return dir === '' || dir.includes('/') ? undefined : implicitSectionTitle(dir)
}
