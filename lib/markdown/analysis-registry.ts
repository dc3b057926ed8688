import type { VFile } from 'vfile'
import type { PageAnalysis } from './page-data'
import { sourcePathOf } from './source-path'

/**
 * contentlayer keeps only the HTML of the body it renders. This registry keeps what the
 * same render learned (headings, sections, text) for the computed fields that run right
 * after it, so that each page is parsed once.
 */
const analyses = new Map<string, PageAnalysis>()

/** Rehype plugin (last in the chain): remembers the page analysis under the source path. */
export function rehypeRememberAnalysis() {
  return (_tree: unknown, file: VFile) => {
    if (file.data.page) analyses.set(sourcePathOf(file), file.data.page)
  }
}

export function rememberedAnalysis(sourcePath: string): PageAnalysis | undefined {
  return analyses.get(sourcePath)
}
