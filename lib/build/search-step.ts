import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { SearchIndexFiles } from '../search/index-file'
import { SEARCH_INDEX_POINTER_NAME, type SearchIndexPointer } from '../search/index-pointer'
import { writeWhole } from './output-files'

/**
 * Writes the search index's files into the export's `search-index/`, beside the pointer the
 * route wrote (app/search-index/[file]/route.ts). Written here rather than by the route: a
 * book of 1,000 pages has thousands of index files, and Next renders each route output through
 * its whole pipeline (about 4 ms each on two cores, more than the pages themselves).
 * `index` is made before next build from the site the export was planned with
 * (searchIndexFiles): it holds the searchable records, not the documents. The pointer must name
 * its manifest: the same records and build id give the same name.
 */
export async function writeSearchIndex(
  out: string,
  index: SearchIndexFiles,
): Promise<{ files: number; bytes: number }> {
  const dir = path.join(out, 'search-index')
  const pointer = JSON.parse(readFileSync(path.join(dir, SEARCH_INDEX_POINTER_NAME), 'utf8')) as SearchIndexPointer
  if (!pointer.index.endsWith(`/${index.name}`))
    throw new Error(
      `search-index/${SEARCH_INDEX_POINTER_NAME} names ${pointer.index}, but this build's index is ${index.name}: the route and the build disagree on the searchable pages`,
    )
  mkdirSync(dir, { recursive: true })
  let bytes = 0
  const files = await index.files()
  for (const [name, text] of files) {
    writeWhole(path.join(dir, name), text)
    bytes += Buffer.byteLength(text)
  }
  return { files: files.size, bytes }
}
