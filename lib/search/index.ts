/**
 * The search core, for the build (records → index → JSON) and the browser (JSON → index →
 * results). Nothing here touches Node or the DOM; test-book.ts and bench-data.ts are not part
 * of it.
 *
 *   build:   const json = await exportSearchIndex(buildSearchIndex(pagesToRecords(pages)))
 *   browser: const index = importSearchIndex(await (await fetch(url)).text())
 *            searchBook(index, query)  → pages › sections › snippet segments (render as text)
 *            markTerms(text, result.terms) to mark the destination page's text nodes
 */
export { tokenize } from './encoder'
export { markTerms } from './mark-terms'
export { highlightTerms, searchBook, type PageResult, type SearchBookOptions, type SectionResult, type Segment } from './query'
export { BREADCRUMB_SEPARATOR, pagesToRecords, type SearchablePage, type SearchRecord } from './records'
export { buildSearchIndex, createSearchIndex, exportSearchIndex, importSearchIndex, SEARCH_INDEX_VERSION, type SearchIndex } from './search-index'
